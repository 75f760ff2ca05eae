"""A side headline with its text in the columns on its right; far under it,
across white space (no rule), a part carried on from another page opens
with its note （上接第N版） in the headline's column. The headline's text opens
on its right, so the note opens a part of its own, however far the nearest
heading over it stands (layout/ownership: the heading-above fallback asks
jump_parts.opens_apart as the other branches do). PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0, 502.0)


def _page(path: Path) -> Path:
    doc, page = blank_page(680, 560)
    band_header(page, 5)
    page.insert_text((40, 95), "老街豆腐坊", fontname="china-s", fontsize=16)
    set_columns(page, OLD_STREET, LEFTS[1:4], 80 + SIZE, PER, SIZE, LEAD, 8)
    top = 80 + 8 * LEAD + 4 * SIZE
    page.insert_text((LEFTS[0], top + SIZE), "（上接第3版）", fontname="china-ss", fontsize=SIZE)
    set_columns(page, PROJECTS, LEFTS, top + LEAD + SIZE, PER, SIZE, LEAD, 5)
    return save(doc, path)


def test_a_note_far_under_a_side_headline_opens_a_part_of_its_own(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"老街豆腐坊", None}, by_title
    assert by_title["老街豆腐坊"].startswith("街坊们") and by_title["老街豆腐坊"].endswith("常常排起长队。")
    assert by_title[None].startswith("新区今年") and by_title[None].endswith("落地见效。")
