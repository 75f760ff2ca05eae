"""Marks a line break pushes alone onto the next row, where the detector
boxes nothing (issue 12, exact article bodies): each test draws its own rows
and marks."""

from __future__ import annotations

import pytest

from banmian.sources import ocr
from tests.test_ocr_stray_marks import page_of_stroked_rows


def _page_of_rows(np, rows):  # noqa: ANN001, ANN202
    return page_of_stroked_rows(np, rows, 24, height=160)


def test_a_full_stop_after_a_pushed_quote_stands_in_the_next_square() -> None:
    """”。 pushed down together: the quote in the left half of its square,
    the ring at the lower left of the next square, most of a square past the
    quote's ink (the 。 after 过年好” was lost)."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (50.0, 60.0, 300.0, 90.0)]
    page = _page_of_rows(np, rows)
    page[63:70, 14:18] = 0  # ” at the left edge of the second row
    page[63:70, 20:24] = 0
    page[76:84, 43:51] = 0  # 。 in the next square, 19 px past the quote
    page[78:82, 45:49] = 255
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [("”", "。")], found


def test_a_semicolon_or_colon_pushed_alone_is_told_by_its_dot_over_a_tail_or_dot() -> None:
    """A ； pushed alone to the next row's start is a small dot over a comma's
    tail, in one column; the recogniser reads it as ; or i, unsure, and the
    mark was lost. A dot over a dot is ：, read once."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (50.0, 60.0, 300.0, 90.0)]
    page = _page_of_rows(np, rows)
    page[66:70, 17:20] = 0  # the dot
    page[78:85, 16:20] = 0  # the tail under it
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [("；", "")], found

    page = _page_of_rows(np, rows)
    page[66:70, 16:20] = 0
    page[78:82, 16:20] = 0
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [("：", "")], found


def test_a_full_stop_after_a_quote_the_detector_boxed_alone_is_found_on_the_ink() -> None:
    """”。 pushed onto the next row: the detector boxes the quote alone and
    leaves the ring after it unboxed (the 。 after 不感兴趣” was lost). A ring
    with no boxed mark before it is left to the other searches."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    from banmian.sources.ocr_quote_stops import stops_after_lone_quotes

    rows = [(10.0, 20.0, 300.0, 50.0), (60.0, 100.0, 300.0, 130.0)]
    quote = (12.0, 58.0, 28.0, 72.0)  # the quote's own small box at the column's left edge
    page = _page_of_rows(np, rows)
    page[60:68, 14:17] = 0  # the quote's strokes, inside its box
    page[60:68, 20:23] = 0
    page[76:84, 43:51] = 0  # 。 in the next square
    page[78:82, 45:49] = 255
    found = stops_after_lone_quotes(page, rows + [quote])
    assert [ink for _, ink in found] == [(43.0, 51.0)], found
    assert stops_after_lone_quotes(page, rows) == []


def test_a_closing_quote_after_a_short_lines_full_stop_is_found_on_the_ink() -> None:
    """A paragraph's last line of a character and its 。 (好。”) boxed narrow,
    the quote after it unboxed: the stray-mark search looks beside rows only
    (boxes over twice as wide as high) and the quote was lost. Its two strokes
    in the top half of the row, nothing under them or after them, are ”,
    joined to the line; a speck standing before the next piece of the row is
    not looked at."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0)]
    page = _page_of_rows(np, rows)
    page[63:87, 14:17] = 0  # 好: a character's strokes down the row
    page[63:66, 14:34] = 0
    page[78:84, 38:44] = 0  # 。 at the lower left of the next square
    page[80:82, 40:42] = 255
    page[64:71, 58:61] = 0  # ” in the square after, two strokes in the top half
    page[64:71, 63:66] = 0
    line = ocr.OcrLine("好。", (10.0, 60.0, 55.0, 90.0), 0.99, ink=(14.0, 44.0), ink_height=24)
    body = ocr.OcrLine("一二三四五六七八九", (10.0, 20.0, 300.0, 50.0), 0.99, ink=(14.0, 280.0), ink_height=24)
    found = ocr.quotes_after_short_lines(page, [body, line])
    assert len(found) == 1 and 56 <= found[0][1][0] <= 60, found
    quote = ocr.OcrLine("”", found[0][0], 1.0, False, found[0][1])
    assert "好。”" in [ln.text for ln in ocr.join_row_pieces([body, line, quote])]
    nextpiece = ocr.OcrLine("他说", (70.0, 60.0, 140.0, 90.0), 0.99, ink=(72.0, 138.0), ink_height=24)
    assert ocr.quotes_after_short_lines(page, [body, line, nextpiece]) == []
