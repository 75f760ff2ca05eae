"""Text mode (issue 9, point 8): a dateline cut by a narrow column's line end
(text35b). Every text here is invented."""

from __future__ import annotations

from banmian.layout.article_build import take_dateline, whole_opening
from banmian.model import Article


def test_a_dateline_cut_between_its_day_and_its_ri_is_put_back_together():
    # a narrow column ends its first line inside the date (新华社江城3月15 / 日电…), and the short
    # line read as a paragraph of its own: the two are one opening, the dateline taken off it
    paras = ["新华社江城3月15", "日电 江城轮渡公司今天开通两条新航线，连通城东码头和江心岛。", "轮渡公司负责人说，两岸居民出行更方便。"]
    article = Article(id="")
    rest = take_dateline(article, whole_opening(paras))
    assert article.dateline == "新华社江城3月15日电"
    assert rest[0].startswith("江城轮渡公司今天开通")
    assert len(rest) == 2
