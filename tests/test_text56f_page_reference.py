"""A note naming another page, alone on its line ((相关报道见第九版)) or broken
off by the extractor (…人次。（相关报道见 / 第九版）), is no page header: taken as
the header it gave the page the other page's number and hid the real header
printed further down (text mode; invented pages)."""

from __future__ import annotations

import banmian

BODY = """春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，群众参与热情高涨。
"""
HEADER = """（李明）
7 城市新闻
江城日报
JIANGCHENG DAILY
2025年5月6日 星期二
"""


def _page(note: str) -> banmian.model.Page:
    return banmian.parse_text(BODY + note + HEADER, enrich=False).pages[0]


def test_a_note_alone_naming_a_page_is_no_header():
    page = _page("（相关报道见第九版）\n")
    assert (page.number, page.section) == (7, "城市新闻")


def test_a_notes_broken_tail_naming_a_page_is_no_header():
    page = _page("下一步将加强新造林地的管护。（相关报道见\n第九版）\n")
    assert (page.number, page.section) == (7, "城市新闻")


def test_the_header_page_number_alone_is_still_read():
    page = banmian.parse_text(BODY + "第9版\n江城日报\n2025年5月6日 星期二\n", enrich=False).pages[0]
    assert page.number == 9
