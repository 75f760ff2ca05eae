"""A header names its section once. A column's label the content stream drew
with the header (快讯 / 江城日报 / 城市 / 2025.5.6 星期二 / 第5版) is not the
section when a line of the header already is; nor is the short line under the
page number then (text mode; invented pages)."""

from __future__ import annotations

import banmian

BODY = """江边步道今日全线贯通
记者从市城建局获悉，沿江步道工程今日全线贯通，全长十八公里，
沿线新建驿站六处，方便市民休闲健身。
"""


def _page(text: str) -> banmian.model.Page:
    return banmian.parse_text(text, enrich=False).pages[0]


def test_a_label_over_a_header_that_names_its_section_is_not_the_section():
    page = _page("快讯\n江城日报\n城市\n2025.5.6 星期二\n第5版\n" + BODY)
    assert (page.number, page.section) == (5, "城市")


def test_a_label_over_an_editors_line_and_header_is_not_the_section():
    page = _page("短讯\n责任编辑：王芳\n江城日报\n城市\n2025.5.6 星期二\n第5版\n" + BODY)
    assert (page.number, page.section) == (5, "城市")


def test_the_line_under_the_number_is_no_second_section():
    page = banmian.parse_text("江城日报\n城市\n2025.5.6 星期二\n第5版\n看点\n" + BODY, enrich=False).to_dict()["pages"][0]
    assert page["section"] == "城市"
    header = [block["text"] for block in page["unassigned"] if block["role"] == "header"]
    assert header and all("看点" not in text for text in header)


def test_a_section_over_a_header_that_names_none_is_still_read():
    page = _page("文化\n2025年5月6日 星期二 13\n" + BODY)
    assert (page.number, page.section) == (13, "文化")


def test_the_section_under_a_lone_page_number_is_still_read():
    page = _page("江城日报\n2025.5.6 星期二\n第5版\n城市\n" + BODY)
    assert (page.number, page.section) == (5, "城市")


def test_a_label_over_a_paper_line_naming_the_section_is_not_the_section():
    page = _page("简讯\n江城日报 城市\n2025年5月6日 星期二\n14版\n" + BODY)
    assert (page.number, page.section) == (14, "城市")
