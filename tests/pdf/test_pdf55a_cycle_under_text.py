"""When the columns of a row wait on each other (the first column's text runs
on into the second, whose first line closes a paragraph, and no headline
stands over either), a block right under text in its column goes on from that
text: it is not given to a banner standing farther over it beyond a rule
(layout/ownership._break_cycle). The page: a banner in a bar narrower than
the page, a rule across under it, then an article whose two-line title is
centred over its third column; its second column opens with a paragraph's
last line, and the next paragraph's block reaches under the banner's edge.
PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import FONT, HEAD_FONT, band_header, blank_page, save, set_column, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
LEFTS = (40.0, 170.0, 300.0, 430.0)
FIRST = ("山区的孩子们上学要走很远的山路，过去一到下雨天，泥泞的小道让家长们提心吊胆。"
         "前年，乡里修通了通往学校的水泥路，又开通了校车，接送孩子的时间比过去少了一大半，"
         "家长们说这条路让孩子们上学的时间缩短了许多，几乎可以与城里的孩")
SECOND_LINE = "子相比。"
REST = ("学校的变化远不止这些。新建的教学楼宽敞明亮，图书室里摆满了新书，操场铺上了塑胶跑道。"
        "支教老师带来了音乐和美术课，孩子们第一次在课堂上学会了弹琴画画。"
        "校长说，硬件上去了，更要把教学质量提上去，学校正和城里的学校结对，老师们定期去听课交流。"
        "一位在这里教了二十年书的老教师感慨地说，如今的孩子眼界宽了，说起将来的打算，个个都有自己的想法。"
        "乡里还计划明年再建一所幼儿园，让更小的孩子也能在家门口上学。")


def _page(path: Path) -> Path:
    doc, page = blank_page(580, 520)
    band_header(page, 6)
    bar = pymupdf.Rect(250, 70, 470, 94)  # a banner in a bar narrower than the page, over the second column's edge
    page.draw_rect(bar, color=None, fill=(0.8, 0.1, 0.1))
    page.insert_text((262, 88), "春风吹绿了山乡", fontname=HEAD_FONT, fontsize=16, color=(1, 1, 1))
    page.draw_line((40, 104), (540, 104), width=0.8)
    page.insert_text((LEFTS[2] + 15, 126), "山路通了", fontname=HEAD_FONT, fontsize=18)
    page.insert_text((LEFTS[2] + 15, 148), "学校美了", fontname=HEAD_FONT, fontsize=18)
    page.insert_text((LEFTS[2] + 30, 168), "林小禾", fontname=FONT, fontsize=SIZE)
    top = 192
    left = set_column(page, FIRST, LEFTS[0], top, PER, SIZE, LEAD, 14)
    assert not left and FIRST[-1] not in "。！？，"
    page.insert_text((LEFTS[1], top), SECOND_LINE, fontname=FONT, fontsize=SIZE)
    rest = set_column(page, REST, LEFTS[1], top + LEAD, PER, SIZE, LEAD, 13)
    for x in LEFTS[2:]:
        rest = set_column(page, rest, x, top, PER, SIZE, LEAD, 14, indent=False)
    assert not rest
    return save(doc, path)


def test_a_block_under_text_in_a_waiting_row_goes_on_from_that_text(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert None not in by_title, by_title
    text = next(t for title, t in by_title.items() if title and "山路通了" in title)
    assert text.startswith("山区的孩子们") and "子相比。学校的变化" in text and text.endswith("在家门口上学。"), by_title
