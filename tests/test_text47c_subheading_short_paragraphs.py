"""An in-body subheading over a part told in short paragraphs (text mode;
invented text, one printed line a line as PyMuPDF's ``get_text`` gives it).
The part under the heading holds lines of dialogue, each paragraph's first
line indented two cells: those indented lines outnumber the column's full
lines, so the part's commonest width is the indent's, two cells short of
the column over the heading. The full lines, two cells wider, are common
too: the column is one, and the heading is a subheading of the story, not
a new article's title."""

from __future__ import annotations

import banmian

PAGE = """2024年4月9日 星期二
第7版
经济
山乡茶园迎来采摘季
本报记者 林青
清明前后，青石镇的茶园里一片
繁忙，采茶工背着竹篓穿行在茶垄之
间，手指翻飞，嫩芽一把一把落进篓
中。
合作社理事长方立说，今年的头
茬春茶比去年早了一周上市，价格也
稳中有升，订单已经排到了五月。
合作社成立八年来，先后引进了
三个新品种，建起了标准化加工车间，
茶农的收入一年比一年高。
让更多村民端上饭碗
“今年能多挣两万块。”老周笑
着说。
他家的八亩地，去年交给合作社
统一管护，自己在车间里做包装，按
月领工资。
“活儿轻了，钱多了。”他说。
村里的年轻人也陆续回来了。
二十六岁的小吴在城里送过三年
快递，前年回村跟着师傅学炒制，如
今已能独当一面。
“手艺在身上，心里就踏实。”
小吴说。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_heading_over_short_paragraphs_is_no_title():
    assert [a.headline.title for a in _articles()] == ["山乡茶园迎来采摘季"]


def test_the_story_runs_on_under_its_subheading():
    (story,) = _articles()
    body = "".join(story.paragraphs)
    assert body.startswith("清明前后") and body.endswith("小吴说。")
