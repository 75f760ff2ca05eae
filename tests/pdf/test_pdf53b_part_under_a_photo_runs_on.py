"""Beside an article, a photo level with its headline; under the photo a part
carried on from another page (its note （上接第N版） atop the first column),
its first column stopping mid-sentence and going on atop the next column,
level with it under the same photo. The second column goes on from the first,
not to the photo's article (layout/ownership: the photo branch asks the foot
on the left first). PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, set_columns  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 12
LEFTS = (40.0, 174.0, 308.0, 442.0, 576.0)


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=720, height=460)
    page.insert_text((40, 50), "河西日报  2025年3月6日 星期四  第5版  城市", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (700, 58))
    page.insert_text((LEFTS[0], 92), "新区重点项目建设提速", fontname="china-s", fontsize=22)
    set_columns(page, PROJECTS, LEFTS[:3], 108 + SIZE, PER, SIZE, LEAD, 10)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
    pix.clear_with(180)
    page.insert_image(pymupdf.Rect(LEFTS[3], 108, LEFTS[4] + PER * SIZE, 180), pixmap=pix, keep_proportion=False)
    page.insert_text((LEFTS[3], 196 + SIZE), "（上接第3版）", fontname="china-ss", fontsize=SIZE)
    split = 10 * PER - 2 - 1  # (the first column: ten lines under the note, stopping mid-sentence)
    set_columns(page, OLD_STREET[:split], LEFTS[3:4], 196 + LEAD + SIZE, PER, SIZE, LEAD, 10)
    set_columns(page, OLD_STREET[split:], LEFTS[4:], 196 + SIZE, PER, SIZE, LEAD, 12, indent=False)
    doc.save(path)
    return path


def test_a_column_under_a_photo_going_on_from_the_one_on_its_left_is_that_parts(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    by_title = {a.headline.title: "".join(a.paragraphs) for a in articles}
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title["新区重点项目建设提速"].endswith("落地见效。"), by_title
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。"), by_title
