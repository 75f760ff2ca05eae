"""A byline drawn before its headline (a content stream that draws the
authors first) stands over the kicker and title in an extractor's text:
``本报记者林森王芳`` (role and names run together, as PyMuPDF joins a line's
pieces) or the names a line each. It is the article's byline, no title
(text mode; invented page, one line a printed line)."""

from __future__ import annotations

import banmian

PAGE = """江城日报
2025年5月6日 星期二 第2版
本报记者林森王芳
春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
■ 记者 赵明远 孙晓
公交集团优化线路服务市民——
夜间公交线路再添三条
为方便市民夜间出行，市公交集团本月起新开三条夜间公交线路，
覆盖主要商圈和医院，发车间隔二十分钟，末班车延至凌晨一点。
市民可通过手机查询车辆到站时间，出行更加便捷。
"""


def test_authors_drawn_before_their_headline_sign_it():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["春季植树造林任务全面完成", "夜间公交线路再添三条"]
    assert [b.name for b in articles[0].bylines] == ["林森", "王芳"]
    assert [b.name for b in articles[1].bylines] == ["赵明远", "孙晓"]
    assert articles[1].headline.kicker == "公交集团优化线路服务市民——"


BLOCKS = """江城日报

2025年5月6日 星期二 第2版 要闻

春季植树造林任务全面完成

记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。

各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。

赵明远
孙晓
山间晨雾

清晨的山林里雾气弥漫，鸟鸣声此起彼伏，护林员沿着小路巡山，
查看每一片林地的防火设施，记录林木生长情况。

护林员说，这片林子是几代人种下的，守好它是自己的本分，
每天走上二十多里山路，早已成了习惯。
"""


def test_names_a_line_each_over_the_title_in_one_block_sign_it():
    # PyMuPDF's blocks: the names and the short title drawn before them share a block
    articles = banmian.parse_text(BLOCKS, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["春季植树造林任务全面完成", "山间晨雾"]
    assert [b.name for b in articles[1].bylines] == ["赵明远", "孙晓"]


ONE_NAME = """江城日报
2025年5月6日 星期二 第2版 要闻
王立军
绿色是最动人的底色
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
夜间公交线路再添三条
为方便市民夜间出行，市公交集团本月起新开三条夜间公交线路，
覆盖主要商圈和医院，发车间隔二十分钟，末班车延至凌晨一点。
市民可通过手机查询车辆到站时间，出行更加便捷。
"""


def test_one_full_name_over_a_headline_signs_it():
    # first on the page: further down a name alone may sign the headline over it, drawn after its text
    article, _ = banmian.parse_text(ONE_NAME, enrich=False).pages[0].articles
    assert article.headline.title == "绿色是最动人的底色"
    assert [b.name for b in article.bylines] == ["王立军"]


def test_names_opening_a_headline_block_after_a_brief_title_sign_it():
    # the brief before drew its title after its text: the names' block follows that title
    page = BLOCKS.replace("赵明远\n孙晓\n山间晨雾", "市场开门迎客\n\n赵明远\n孙晓\n山间晨雾里的护林人").replace(
        "群众参与热情高涨。下一步将加强新造林地的管护工作。\n", "群众参与热情高涨。下一步将加强新造林地的管护工作。\n\n（林森）\n", 1)
    titles = [a.headline.title for a in banmian.parse_text(page, enrich=False).pages[0].articles]
    assert "山间晨雾里的护林人" in titles and not any(t and "赵明远" in t for t in titles)
