"""A front page's masthead: beside the paper's name in large type it prints the issue's number (第N期), the
lunar date, the serial number and the day's weather, and no page number or section. In PDF mode the page
is the first (tests/independent/test_indep_page_extras2.py draws such pages); in text mode none of those
lines heads an article."""

from __future__ import annotations

import banmian
import pymupdf

_MASTHEAD = """青川日报
2026年3月14日　星期六
农历丙午年正月廿六
第9876期　今日8版
国内统一连续出版物号 CN 51-0123
今日天气
晴转多云　5℃～14℃　北风2级
"""

_REPORT = """三月春光正好 植树添绿当时
青川新栽苗木二百万株
本报记者 周岚
连日来，青川各地干部群众
纷纷走上山头、来到河岸，挥
锹培土、扶苗浇水，全县已新
栽各类苗木二百万株。
县林业局负责人介绍，今年
将在河道两侧新建防护林带，
让荒坡披上绿装。
"""


def test_text_mode_masthead_lines_head_no_article():
    edition = banmian.parse_text(_MASTHEAD + _REPORT, enrich=False)
    heads = ["".join(filter(None, (a.headline.kicker, a.headline.title, a.headline.subtitle)))
             for a in edition.articles]
    assert len(edition.articles) == 1, heads
    assert not any(word in heads[0] for word in ("期", "农历", "天气", "℃")), heads
    assert edition.articles[0].paragraphs[0].startswith("连日来")


def _front_page(path, masthead_lines):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((40, 80), "青川日报", fontname="china-s", fontsize=54)
    for i, line in enumerate(masthead_lines):
        page.insert_text((300, 48 + 14 * i), line, fontname="china-ss", fontsize=9)
    page.draw_line((40, 110), (802, 110))
    page.insert_text((200, 160), "青川新栽苗木二百万株", fontname="china-s", fontsize=26)
    body = ("连日来，青川各地干部群众纷纷走上山头、来到河岸，挥锹培土、扶苗浇水，全县已新栽各类苗木二百万株。"
            "县林业局负责人介绍，今年将在河道两侧新建防护林带，让荒坡披上绿装。") * 3
    for i in range(0, len(body), 20):
        page.insert_text((60, 200 + 16 * (i // 20)), body[i:i + 20], fontname="china-ss", fontsize=10.5)
    doc.save(path)
    return path


def test_pdf_mode_front_masthead_is_page_one(tmp_path):
    lines = ["2026年3月14日　星期六", "农历丙午年正月廿六", "第9876期　今日8版", "国内统一连续出版物号 CN 51-0123"]
    page = banmian.parse(_front_page(tmp_path / "front.pdf", lines), enrich=False).pages[0]
    assert page.number == 1
    assert page.section is None


def test_pdf_mode_masthead_without_issue_number_gives_no_page(tmp_path):
    """The paper's name in large type alone does not make a page the front page (a supplement's cover
    may print it): only the issue's number or the serial number does."""
    lines = ["2026年3月14日　星期六"]
    page = banmian.parse(_front_page(tmp_path / "cover.pdf", lines), enrich=False).pages[0]
    assert page.number is None
