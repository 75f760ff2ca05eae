"""A byline that marks each author's part (文·图/韦小川, 文/张三 图/李四) on
its own line under a short title is the article's byline, its parts kept as
roles, never the title's wrapped tail (text mode; invented text)."""

from __future__ import annotations

import banmian

PAGE = """2024年4月23日 星期二
第5版
县域
桃花坞里赏花忙
文·图/柯远山
三月下旬，桃花坞的千亩
桃林进入盛花期，粉红的花海
吸引了四面八方的游客。村里
借势办起桃花节，农家小院挤
满了前来尝鲜的客人。
村委会主任柯长青说，今年
村里修了观景步道和停车场，
一个花期下来，村集体能增收
三十多万元。
老街夜市开张了
本报记者 宁舟
入夜，城西老街灯火通明，
小吃摊、文创摊沿街排开，游
客摩肩接踵。
"""


def test_a_marked_byline_under_a_short_title_is_its_byline():
    page = banmian.parse_text(PAGE, enrich=False).pages[0]
    first = page.articles[0]
    assert first.headline.title == "桃花坞里赏花忙"
    assert [(b.role, b.name) for b in first.bylines] == [("文·图", "柯远山")]
    assert first.paragraphs[0].startswith("三月下旬")
