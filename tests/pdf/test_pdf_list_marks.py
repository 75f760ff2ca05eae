"""A list mark (■ ● ◆) set a space before its line is that line's lead
(sources/pdf_spans.py, session 37).

Subtitles of points and bylines are often set as items, each opened by a
mark with a space after it; a writer may draw the mark as a run of its own.
The mark is no text of its own: joined to the line it stands in front of
(not left alone to be read as a line, nor stacked with the next item's mark
into a vertical line ■■), however long that line and in the body's own face."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.sources.pdf import read_pdf  # noqa: E402
from pdf_samples import FONT, save  # noqa: E402

_SIZE = 10.0
_BODY = "江城今年新建改建农村公路一百二十公里，群众出行更加方便。"
_ITEMS = ["线上、预约等新型服务亮点纷呈亮眼", "全省景区接待游客超两千万人次"]


def _lines(tmp_path: Path, stacked: bool) -> list:
    doc = pymupdf.open()
    page = doc.new_page(width=500, height=500)
    for k in range(12):  # body text in the same face: the page's body font
        page.insert_text((40, 200 + k * 16), _BODY, fontname=FONT, fontsize=_SIZE)
    if stacked:  # two items, one under the other, each mark a run of its own
        for k, item in enumerate(_ITEMS):
            page.insert_text((40, 100 + k * 13), "■", fontname=FONT, fontsize=_SIZE)
            page.insert_text((40 + 2 * _SIZE, 100 + k * 13), item, fontname=FONT, fontsize=_SIZE)
    else:  # two items on one line, the second mark closing the first run
        page.insert_text((40, 100), "■", fontname=FONT, fontsize=_SIZE)
        page.insert_text((40 + 2 * _SIZE, 100), _ITEMS[0] + "■", fontname=FONT, fontsize=_SIZE)
        page.insert_text((40 + (len(_ITEMS[0]) + 4) * _SIZE, 100), _ITEMS[1], fontname=FONT, fontsize=_SIZE)
    return next(read_pdf(save(doc, tmp_path / "marks.pdf"))).lines


def test_a_mark_drawn_apart_leads_the_long_line_after_it(tmp_path: Path) -> None:
    lines = [ln for ln in _lines(tmp_path, stacked=False) if "■" in ln.text]
    assert len(lines) == 1 and lines[0].text.startswith("■ 线上"), [ln.text for ln in lines]


def test_marks_of_items_one_under_the_other_are_no_vertical_line(tmp_path: Path) -> None:
    lines = [ln for ln in _lines(tmp_path, stacked=True) if "■" in ln.text]
    assert not any(ln.vertical for ln in lines), [ln.text for ln in lines]
    assert sorted(ln.text for ln in lines) == sorted(f"■ {item}" for item in _ITEMS), [ln.text for ln in lines]
