"""A page header set down the page's edge, which an extractor gives a character a line (第 / 7 / 版 / 城 /
建 / 二 / 〇 / …), is the page's header in text mode: it gives the page number and the date and heads no
article. A vertical headline given so stays a headline."""

from __future__ import annotations

import banmian

_REPORT = """青川河畔绿意浓
本报记者 周岚
青川县今年启动河道综合整治工程，
沿河新建生态护岸十二公里，两岸栽
种花草树木，昔日杂草丛生的河滩变
成了市民休闲的好去处。
"""


def test_header_a_character_a_line():
    header = "\n".join("第7版城建二〇二六年三月十四日星期六") + "\n"
    edition = banmian.parse_text(header + _REPORT, enrich=False)
    assert [a.headline.title for a in edition.articles] == ["青川河畔绿意浓"]
    assert edition.pages[0].number == 7 and edition.date == "2026-03-14"


def test_vertical_headline_a_character_a_line_stays_a_headline():
    page = "2026年3月14日 星期六 第7版 城建\n" + "\n".join("青川河畔绿意浓") + "\n" + _REPORT.split("\n", 1)[1]
    edition = banmian.parse_text(page, enrich=False)
    assert [a.headline.title for a in edition.articles] == ["青川河畔绿意浓"]
