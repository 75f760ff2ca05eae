"""A subheading that ends its column and runs on atop the next one
(layout/column_end_subheadings.py, session 57, pdf57b).

Set at the body's size in 黑体, a subheading standing last in its column fills
the column's measure and its last glyphs open the next column; an indented
paragraph follows them. The two pieces are one subheading, one paragraph of
the article, not a subheading and a paragraph of two glyphs."""

from __future__ import annotations

import os

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import HEAD_FONT, band_header, blank_page, page_articles, save  # noqa: E402

_HEI_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"  # 黑体, the subheading's face

SIZE = 10.0
LEAD = 15.0
PER = 12
LEFT = 40.0
RIGHT = LEFT + (PER + 1) * SIZE  # a gutter one character wide
TOP = 160.0

#: the first paragraph, ten lines of the left column (the first indented)
_FIRST = ("河湾村今年开春就忙了", "手把手教大家育秧插秧还", "办起了夜校晚上有三十多", "位村民来听课大家学得很",
          "认真笔记记了满满一本有", "的还把课上讲的要点抄在", "墙上随时看一看农技员说", "只要肯学肯干今年的收成", "一定会比去年好上一大截",
          "村民们听了心里都热乎乎")
_HEAD = ("合作社帮着村民找到了销", "路")  # the subheading: a full line at the column's foot, its last glyph atop the next
_NEXT = ("去年秋天合作社和城里", "的两家超市签了合同村里", "的蔬菜每天一早装车进城", "价钱比往年高出两成。")


def _write(page: pymupdf.Page, head: tuple[str, str], size: float) -> None:
    body, hei = pymupdf.Font("cjk"), pymupdf.Font(fontfile=_HEI_FILE)
    writer = pymupdf.TextWriter(page.rect)
    for row, line in enumerate(_FIRST):  # (each paragraph's first line indented two characters)
        writer.append((LEFT + (2 * SIZE if row == 0 else 0), TOP + row * LEAD), line, font=body, fontsize=SIZE)
    writer.append((LEFT, TOP + (len(_FIRST) + 0.5) * LEAD), head[0], font=hei, fontsize=size)
    writer.append((RIGHT, TOP), head[1], font=hei, fontsize=size)
    for row, line in enumerate(_NEXT):
        writer.append((RIGHT + (2 * SIZE if row == 0 else 0), TOP + (row + 1.5) * LEAD), line, font=body,
                      fontsize=SIZE)
    writer.write_text(page)


def _paragraphs(tmp_path, head: tuple[str, str] = _HEAD, size: float = SIZE) -> list[list[str]]:
    if not os.path.exists(_HEI_FILE):
        pytest.skip("no 黑体 face installed (WenQuanYi Zen Hei)")
    doc, page = blank_page(420, 600)
    band_header(page, 6, section="三农")
    page.insert_text((LEFT, 130), "河湾春来早", fontname=HEAD_FONT, fontsize=22)
    _write(page, head, size)
    articles = page_articles(save(doc, tmp_path / "column_end.pdf"))
    return [a.paragraphs for a in articles if a.headline.title == "河湾春来早"]


def test_a_subheading_ending_its_column_runs_on_atop_the_next_one(tmp_path):
    assert _paragraphs(tmp_path) == [["".join(_FIRST), "".join(_HEAD), "".join(_NEXT)]]


def test_a_larger_subheading_ending_its_column_runs_on_atop_the_next_one(tmp_path):
    """Set larger than the text (12 points over 10), the subheading has no text
    under it in its column and its tail opens the next one over text: read
    alone, a headline heading nothing and one opening an article. It is one
    subheading of the article (layout/column_foot_headings.py)."""
    head = (_HEAD[0][:10], _HEAD[0][10:] + _HEAD[1])  # ten glyphs of 12 points fill the measure
    assert _paragraphs(tmp_path, head, 12.0) == [["".join(_FIRST), "".join(head), "".join(_NEXT)]]


def test_a_short_subheading_at_a_columns_foot_takes_no_heading_atop_the_next(tmp_path):
    """The subheading at the column's foot stops well short of the column's
    edge (its phrase is whole), the next column opens with a subheading of its
    own: two subheadings, two paragraphs."""
    head = ("合作社帮着村民找销路", "超市签约")  # ten glyphs of a measure of twelve
    assert _paragraphs(tmp_path, head) == [["".join(_FIRST), head[0], head[1], "".join(_NEXT)]]
