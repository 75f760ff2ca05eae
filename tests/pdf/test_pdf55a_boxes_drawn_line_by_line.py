"""A boxed subheading whose box is drawn line by line (one frame a line,
stacked edge to edge, one width) is one subheading: the boxes are one box
(layout/page_graphics.line_boxes_joined). Read apart, the short last line of
the subheading stood alone as a heading and took the column's text under it
as an article of its own. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import HEAD_FONT, band_header, blank_page, page_articles, save, set_column, set_columns  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
LEFTS = (40.0, 170.0, 300.0, 430.0)
OPENING = ("本报讯 今年以来，县里把改善农村人居环境作为一件实事来办，先后完成了多个村的道路硬化和污水管网铺设。"
           "不少村民说，门前的路宽了，院子里也干净了。")
SUB = ("让村里老人住上安全", "暖和房子过好每一个", "冬天")
REST = ("县住建部门对全县农村危房进行了逐户排查，建立了台账，对需要改造的房屋制定了一户一策的方案。"
        "施工期间，技术人员常驻工地，从选料到砌墙都严格把关，确保房子住得安全。"
        "改造完成后，不少老人搬进了新房，屋里装上了取暖设备，再也不用担心漏风漏雨。"
        "一位八十多岁的老人拉着工作人员的手说，这辈子没想到还能住上这么好的房子。"
        "县里还组织志愿者定期上门，帮老人打扫卫生、检查线路，把好事办得更细更实。"
        "接下来，县里将把改造范围扩大到更多的困难家庭，让更多群众受益。")


def _page(path: Path, label: str | None = None) -> Path:
    doc, page = blank_page(580, 420)
    band_header(page, 5)
    page.insert_text((40, 92), "农村人居环境持续改善", fontname=HEAD_FONT, fontsize=20)
    left = set_column(page, OPENING, LEFTS[0], 120, PER, SIZE, LEAD)
    assert not left
    rows = (len(OPENING) + 2 + PER - 1) // PER
    y = 120 + (rows - 1) * LEAD + 8
    if label is not None:  # a short line framed alone, a little over the subheading
        page.draw_rect(pymupdf.Rect(LEFTS[0], y, LEFTS[0] + PER * SIZE, y + 13), width=0.5)
        page.insert_text((LEFTS[0] + 35, y + 10.5), label, fontname=HEAD_FONT, fontsize=11.5)
        y += 13 + 6
    for k, text in enumerate(SUB):  # one frame a line, stacked edge to edge
        top = y + k * 15
        page.draw_rect(pymupdf.Rect(LEFTS[0], top, LEFTS[0] + PER * SIZE, top + 15), width=0.5)
        page.insert_text((LEFTS[0] + 1, top + 12), text, fontname=HEAD_FONT, fontsize=11.5)
    start = y + len(SUB) * 15 + 8 + SIZE
    rest = set_column(page, REST, LEFTS[0], start, PER, SIZE, LEAD, 8)
    assert not set_columns(page, rest, LEFTS[1:], 120, PER, SIZE, LEAD, 14, indent=False)
    return save(doc, path)


def test_a_subheading_boxed_line_by_line_is_one_subheading_in_its_article(tmp_path):
    articles = page_articles(_page(tmp_path / "p.pdf"))
    assert [a.headline.title for a in articles] == ["农村人居环境持续改善"], [
        (a.headline.title, "".join(a.paragraphs)[:20]) for a in articles]
    text = "".join(articles[0].paragraphs)
    assert "".join(SUB) in text and text.endswith("让更多群众受益。"), text
    assert text.index("县住建部门") > text.index("".join(SUB))


def test_a_short_framed_line_stacked_over_it_stands_with_it(tmp_path):
    """A short line framed alone right over that subheading stands in the
    stack with it (layout/subheading_roles): no heading of its own taking the
    column's text under the stack."""
    articles = page_articles(_page(tmp_path / "p.pdf", "亮点二"))
    assert [a.headline.title for a in articles] == ["农村人居环境持续改善"], [
        (a.headline.title, "".join(a.paragraphs)[:20]) for a in articles]
    text = "".join(articles[0].paragraphs)
    assert text.endswith("让更多群众受益。") and "县住建部门" in text, text
