"""Beside an article, a photo level with its headline; under the photo a part
carried on from another page (its note （上接第N版） atop the first column),
its first column stopping mid-sentence and going on atop the next column,
level with it under the same photo. The second column goes on from the first,
not to the photo's article (layout/ownership: the photo branch asks the foot
on the left first). PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 12
LEFTS = (40.0, 174.0, 308.0, 442.0, 576.0)


def _page(path: Path) -> Path:
    doc, page = blank_page(720, 460)
    band_header(page, 5, rule_end=20)
    page.insert_text((LEFTS[0], 92), "新区重点项目建设提速", fontname="china-s", fontsize=22)
    set_columns(page, PROJECTS, LEFTS[:3], 108 + SIZE, PER, SIZE, LEAD, 10)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
    pix.clear_with(180)
    page.insert_image(pymupdf.Rect(LEFTS[3], 108, LEFTS[4] + PER * SIZE, 180), pixmap=pix, keep_proportion=False)
    page.insert_text((LEFTS[3], 196 + SIZE), "（上接第3版）", fontname="china-ss", fontsize=SIZE)
    split = 10 * PER - 2 - 1  # (the first column: ten lines under the note, stopping mid-sentence)
    set_columns(page, OLD_STREET[:split], LEFTS[3:4], 196 + LEAD + SIZE, PER, SIZE, LEAD, 10)
    set_columns(page, OLD_STREET[split:], LEFTS[4:], 196 + SIZE, PER, SIZE, LEAD, 12, indent=False)
    return save(doc, path)


def test_a_column_under_a_photo_going_on_from_the_one_on_its_left_is_that_parts(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title["新区重点项目建设提速"].endswith("落地见效。"), by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。"), by_title
