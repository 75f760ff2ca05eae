"""A column that closes its article with the authors' bracket (……。（韩鑫
刘毅）, a brief's close) has no text going on from it: a part with no headline
on this page set level with it on its right (the rest of a story from another
page, its columns opening a gutter away) is not that brief's. PDF mode; an
invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import BODY, FONT, band_header, set_column  # noqa: E402

LEAD = 15.0
BRIEF = "本报北京2月21日电 市政府今天召开新闻发布会，介绍全市春季植树工作安排和义务植树活动的组织情况。"
PART = ("一个周六上午，因为参加一个采访活动，我路过城东的公园，看见一组又一组的跑步者从林荫道上经过，"
        "他们都是两人同行，身着颜色鲜艳的背心，一人背心上写着伴跑者，另一人背心上写着视障跑者，"
        "这一切都让我感到好奇，我背着相机循着他们跑步的方向走了几百米，在一片树荫下发现了一个休息站，"
        "负责人告诉我，俱乐部成立十多年来，每周六都有人来这里结伴跑步，风雨无阻，从未间断过")


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=520, height=420)
    band_header(page, 6)
    page.insert_text((40, 90), "植树工作安排发布", fontname="china-ss", fontsize=12)
    set_column(page, BRIEF, 40, 112, 14, rows=4)
    page.insert_text((40 + 14 * BODY - 7 * BODY, 112 + 4 * LEAD), "（韩鑫 刘毅）", fontname=FONT, fontsize=BODY)
    rest = set_column(page, PART, 200, 122, 14, rows=10)
    set_column(page, rest, 200 + 14 * BODY + 14, 122, 14, rows=10, indent=False)
    doc.save(path)
    return path


def test_a_part_level_with_a_closed_brief_on_its_right_is_not_the_briefs(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    by_title = {a.headline.title: "".join(a.paragraphs) for a in articles}
    assert by_title.get("植树工作安排发布", "").endswith("组织情况。"), by_title
    assert by_title.get(None, "").startswith("一个周六上午"), by_title
