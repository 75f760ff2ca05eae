"""Rows parted by white space only: a column that stops mid-sentence goes on
at the top of the column beside it, level with its own top, not down across
the band into the column of the next row set right under it (here an
article under a vertical headline, whose first column also stops
mid-sentence). PDF mode; an invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, set_columns  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0)


def _columns(page, text: str, lefts: tuple[float, ...], top: float, rows: int) -> None:
    """Flow ``text`` into columns of ``rows`` lines (the first line indented two)."""
    set_columns(page, text, lefts, top + SIZE, PER, SIZE, LEAD, rows)


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=520, height=520)
    page.insert_text((40, 50), "河西日报  2025年3月6日 星期四  第5版  城市", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (480, 58))
    _columns(page, OLD_STREET, LEFTS, 70, 5)  # a part with no headline here: foot 70 + 10 + 60
    top = 70 + SIZE + 4 * LEAD + 22  # white space only: two body sizes and more
    _columns(page, PROJECTS, LEFTS[:2], top, 7)  # the next row: two columns, its headline set 竖排 on their right
    for k, ch in enumerate("项目提速"):
        page.insert_text((LEFTS[2] + 20, top + 20 + 24 * k), ch, fontname="china-s", fontsize=20)
    doc.save(path)
    return path


def test_a_column_going_on_beside_goes_not_on_down_across_a_band(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    by_title = {a.headline.title: "".join(a.paragraphs) for a in articles}
    assert set(by_title) == {"项目提速", None}, by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")
    assert by_title["项目提速"].startswith("新区今年") and by_title["项目提速"].endswith("早日落地见效。")
