"""A page header set down the page's outer edge (section, date, page number and editors turned sideways in
a narrow strip) is the page's header, never an article, and gives its facts; a date printed in Chinese
numerals (二〇二六年三月十四日) is read. A vertical headline beside its own article is no header."""

from __future__ import annotations

import banmian
import pymupdf

from banmian.layout.furniture import furniture_meta

_BODY = ("青川县今年启动河道综合整治工程，沿河新建生态护岸十二公里，两岸栽种花草树木，"
         "昔日杂草丛生的河滩变成了市民休闲的好去处。") * 4


def _page(path, strip: list[str], left: bool):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    x0 = 90 if left else 40
    page.insert_text((x0 + 60, 80), "青川河畔绿意浓", fontname="china-s", fontsize=24)
    y = 120
    for i in range(0, len(_BODY), 30):
        page.insert_text((x0, y), _BODY[i:i + 30], fontname="china-ss", fontsize=10.5)
        y += 16
    x = 50 if left else 800
    y = 300
    for text in strip:  # turned to run up the page, one piece under another
        page.insert_text((x, y + 10 * len(text)), text, fontname="china-ss", fontsize=10, rotate=90)
        y += 10 * len(text) + 40
    doc.save(path)
    return path


def test_header_down_the_left_edge(tmp_path):
    strip = ["第5版", "民生", "2026年3月14日 星期六", "责任编辑：何平"]
    edition = banmian.parse(_page(tmp_path / "p.pdf", strip, left=True), enrich=False)
    page = edition.pages[0]
    assert (page.number, page.section, edition.date) == (5, "民生", "2026-03-14")
    (article,) = edition.articles
    assert article.headline.title == "青川河畔绿意浓"


def test_header_down_the_right_edge_in_chinese_numerals(tmp_path):
    strip = ["第7版", "城建", "二〇二六年三月十四日"]
    edition = banmian.parse(_page(tmp_path / "p.pdf", strip, left=False), enrich=False)
    page = edition.pages[0]
    assert (page.number, page.section, edition.date) == (7, "城建", "2026-03-14")
    assert [a.headline.title for a in edition.articles] == ["青川河畔绿意浓"]


def test_chinese_numeral_dates():
    assert furniture_meta("二〇二三年九月二十一日")["date"] == "2023-09-21"
    assert furniture_meta("二〇二三年十二月三十一日 星期日")["date"] == "2023-12-31"
    assert furniture_meta("二〇二三年二月三十日") is None  # no such day
    assert furniture_meta("二〇二三年十十月十日") is None  # no such numeral
