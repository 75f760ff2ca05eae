"""A masthead line whose spaces the extractor dropped (江城日报城市, 江城日报
14版城市) still gives the paper, the section and the page number: the paper's
name ends in 报, a page number with 版 and the section's name run on after it
(text mode; invented pages)."""

from __future__ import annotations

import banmian

BODY = """江边步道今日全线贯通
记者从市城建局获悉，沿江步道工程今日全线贯通，全长十八公里，
沿线新建驿站六处，方便市民休闲健身。
"""


def _page(text: str) -> banmian.model.Page:
    return banmian.parse_text(text, enrich=False).pages[0]


def test_paper_and_section_run_together_under_the_editors_line():
    page = _page(BODY + "本版编辑：王芳\n江城日报城市\n2025.5.6 星期二\n13版\n")
    assert (page.number, page.section) == (13, "城市")


def test_paper_page_number_and_section_run_together():
    page = _page("本版编辑：王芳\n江城日报 14版城市\n看点\n" + BODY)
    assert (page.number, page.section) == (14, "城市")


def test_a_line_opening_with_a_papers_name_under_a_header_with_its_section_is_body():
    page = _page("4 城市\n2025年5月6日 星期二\n江城日报记者走访\n" + BODY)
    assert page.section == "城市"
    assert any("江城日报记者走访" in text for a in page.articles
               for text in [a.headline.title or "", a.headline.kicker or "", *a.paragraphs])
