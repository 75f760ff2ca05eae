"""Rows parted by white space only: a column that stops mid-sentence goes on
at the top of the column beside it, level with its own top, not down across
the band into the column of the next row set right under it (here an
article under a vertical headline, whose first column also stops
mid-sentence). PDF mode; an invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0)


def _columns(page, text: str, lefts: tuple[float, ...], top: float, rows: int) -> None:
    """Flow ``text`` into columns of ``rows`` lines (the first line indented two)."""
    set_columns(page, text, lefts, top + SIZE, PER, SIZE, LEAD, rows)


def _page(path: Path) -> Path:
    doc, page = blank_page(520, 520)
    band_header(page, 5)
    _columns(page, OLD_STREET, LEFTS, 70, 5)  # a part with no headline here: foot 70 + 10 + 60
    top = 70 + SIZE + 4 * LEAD + 22  # white space only: two body sizes and more
    _columns(page, PROJECTS, LEFTS[:2], top, 7)  # the next row: two columns, its headline set 竖排 on their right
    for k, ch in enumerate("项目提速"):
        page.insert_text((LEFTS[2] + 20, top + 20 + 24 * k), ch, fontname="china-s", fontsize=20)
    return save(doc, path)


def test_a_column_going_on_beside_goes_not_on_down_across_a_band(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"项目提速", None}, by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")
    assert by_title["项目提速"].startswith("新区今年") and by_title["项目提速"].endswith("早日落地见效。")
