"""A column's logo between an article's byline and its editor's lead label
(text mode; invented text, the stream as PyMuPDF's ``get_text()`` gives a
page: one printed line a line, no blank lines). 民生视点 over 核心阅读 names
the column: no headline of a new article, which would take the body from the
headline and byline over it and leave them as tiers of the article before."""

from __future__ import annotations

import banmian

PAGE = """江城日报
2024年5月6日 星期一
第4版 民生
城南老街换新颜
本报记者 王明
城南老街改造工程日前完工，青石
板路重新铺好，沿街的老房子修旧如
旧，不少老字号重新开门迎客。
街道负责人说，改造中保留了老街
的格局和风貌，居民的日常生活没有
受到太大影响。
社区食堂开到家门口
本报记者 李华
民生视点
核心阅读
社区食堂越开越多，老人们在家门
口就能吃上热乎饭。价格实惠、菜品
多样，食堂成了社区里最热闹的地方。
走进河西社区的长者食堂，十几张
餐桌坐满了前来就餐的老人。一位老
人说，现在不用自己买菜做饭了，儿
女们也放心了。
"""


def test_logo_over_a_lead_label_heads_no_article():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        (None, "城南老街换新颜"), (None, "社区食堂开到家门口")]
    assert [[b.name for b in a.bylines] for a in articles] == [["王明"], ["李华"]]
    assert articles[1].paragraphs[1].startswith("社区食堂越开越多")


def test_a_title_its_body_tells_of_stays_a_title():
    # a short title over a lead label whose text tells of it: a story's headline, not a logo
    told = PAGE.replace("民生视点", "社区食堂")
    articles = banmian.parse_text(told, enrich=False).pages[0].articles
    assert "社区食堂" in [a.headline.title for a in articles]
