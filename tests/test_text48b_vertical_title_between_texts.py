"""A title set vertically, one character a line, between the text of the
report before it and its own text (text mode; invented text, one printed line
a line as PyMuPDF's ``get_text`` gives it). Put back on one line it stands
between two bodies like an in-body subheading, but a subheading is set across
its column, in the text's own direction: a heading set vertically beside
text set across is a headline, the next report's title."""

from __future__ import annotations

import banmian

PAGE = """2024年2月20日 星期二
第8版
社会
志愿服务暖人心
本报记者 方远
今年春节期间，城南街
道组织志愿者走进社区，为
独居老人送去年货和春联，
陪老人们包饺子、拉家常。
街道负责人介绍，志愿
服务队目前已有三百多名队
员，常年结对帮扶辖区内的
困难群众。
古
城
过
大
年
年
味
正
浓
锣鼓喧天的舞龙表演、
热闹非凡的庙会集市、香气
四溢的各地小吃……春节期
间，古城里处处洋溢着节日
的气氛。
据统计，春节假期古城
共接待游客六十多万人次，
同比增长两成以上。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_vertical_title_between_two_texts_is_no_subheading():
    assert [a.headline.title for a in _articles()] == ["志愿服务暖人心", "古城过大年年味正浓"]


def test_each_report_keeps_its_own_text():
    first, second = _articles()
    assert first.paragraphs[-1].endswith("困难群众。")
    assert second.paragraphs[0].startswith("锣鼓喧天的舞龙表演")
