"""Recogniser noise that only the page's pixels settle (issue 12, exact
article bodies): marks the detector left outside its boxes or the
recogniser misread, told by their strokes on small drawn pages.
Split from tests/test_ocr_text.py, which keeps the cases read from the
characters alone."""

from __future__ import annotations

import pytest

from banmian.sources import ocr

def _line_with_bar(bar: tuple[int, int] | None, strokes: list[tuple[int, int]]) -> "object":
    np = pytest.importorskip("numpy")
    crop = np.full((40, 330, 3), 255, np.uint8)
    for x0, x1 in strokes:  # a character's box of strokes: 28 px tall
        crop[6:34, x0:x0 + 3] = 0
        crop[6:9, x0:x1] = 0
        crop[31:34, x0:x1] = 0
    if bar:
        crop[19:22, bar[0]:bar[1]] = 0
    return crop


def test_a_dash_pair_the_recogniser_dropped_or_read_as_yi_is_put_back() -> None:
    """A dash pair (——) is one long thin stroke across two character cells:
    where the recogniser read 一 or — there, or nothing, the text gets ——.
    A character's own long strokes (口, 三) and a one-cell 一 are no pair."""
    pytest.importorskip("cv2")
    chars = [(10 + 30 * k, 36 + 30 * k) for k in range(4)]
    after = [(130 + 60 + 30 * k, 216 + 30 * k) for k in range(4)]
    crop = _line_with_bar((130, 188), chars + after)
    bars = ocr.dash_bars(crop)
    assert bars == [(130, 188)]
    ink = (10.0, 306.0)
    assert ocr.mend_dash_pairs("三件大事一给儿子盖", ink, bars) == "三件大事——给儿子盖"
    assert ocr.mend_dash_pairs("三件大事给儿子盖", ink, bars) == "三件大事——给儿子盖"
    assert ocr.mend_dash_pairs("三件大事——给儿子盖", ink, bars) == "三件大事——给儿子盖"
    assert ocr.dash_bars(_line_with_bar((130, 156), chars + after)) == []  # one cell: 一 or —
    assert ocr.dash_bars(_line_with_bar(None, chars + after)) == []


def page_of_stroked_rows(np, rows, margin: int, height: int = 120):  # noqa: ANN001, ANN201
    """A white page (``height`` x 400) with characters' strokes inside each row's
    box ``rows`` ((x0, y0, x1, y1)), the last stroke ``margin`` pixels or more
    short of the box's right edge."""
    page = np.full((height, 400, 3), 255, np.uint8)
    for x0, y0, x1, y1 in rows:
        for x in range(int(x0) + 4, int(x1) - margin, 30):
            page[int(y0) + 3:int(y1) - 3, x:x + 3] = 0
            page[int(y0) + 3:int(y0) + 6, x:x + 20] = 0
    return page


def test_a_closing_quote_after_a_paragraphs_full_stop_is_found_unboxed() -> None:
    """The detector's box stops at a paragraph's last 。; the ” after it is
    two specks at the top of the row, past the box, which the recogniser
    cannot read alone: their shape tells the mark. One speck low in the row
    (a stain) is no quote."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 210.0, 50.0), (10.0, 60.0, 300.0, 90.0)]
    page = page_of_stroked_rows(np, rows, 24)
    page[23:31, 214:218] = 0  # the quote's two strokes, at the top of the first row
    page[23:31, 222:226] = 0
    page[82:87, 304:308] = 0  # a speck low beside the second row
    found = ocr.stray_marks(page, rows)
    assert [text for _, _, text, _ in found] == ["”"], found
    cell, ink, _, _ = found[0]
    assert cell[1] == 20.0 and cell[3] == 50.0 and ink == (214.0, 226.0)


def _page_of_rows(np, rows):  # noqa: ANN001, ANN202
    return page_of_stroked_rows(np, rows, 24, height=160)


def test_a_closing_quote_pushed_to_the_next_rows_start_is_found_alone_or_after_its_full_stop() -> None:
    """A line break pushes ” (or 。” together) to the start of the next row,
    before the detector's box there: two short strokes at the top of the row
    at the column's left edge, or just after the pushed 。 low in the row.
    Two strokes in the right half of the first square (an opening quote) are
    not taken for a closing one."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (50.0, 60.0, 300.0, 90.0)]
    page = _page_of_rows(np, rows)
    page[63:70, 14:18] = 0  # ” at the left edge of the second row, before its box
    page[63:70, 20:24] = 0
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [("”", "")], found

    page = _page_of_rows(np, rows)
    page[76:84, 14:22] = 0  # 。 low in the second row's first square
    page[63:70, 32:36] = 0  # ” in the next square, at the top
    page[63:70, 38:42] = 0
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [(None, "”")], found
    assert found[0][1] == (14.0, 42.0)

    page = _page_of_rows(np, rows)
    page[63:70, 14:18] = 0  # ”。 pushed down together: the quote, then a ring low in the next square
    page[63:70, 20:24] = 0
    page[76:84, 30:38] = 0
    page[78:82, 32:36] = 255
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [("”", "。")], found

    page = _page_of_rows(np, rows)
    page[63:70, 26:30] = 0  # two strokes in the right half of the first square: an opening quote
    page[63:70, 32:36] = 0
    assert ocr.stray_marks(page, rows) == []


def test_a_full_stop_pushed_alone_to_the_next_row_is_told_by_its_ring() -> None:
    """The recogniser reads a 。 alone in its cell with too little confidence
    to trust; its shape tells it: a small ring open in the middle. A solid
    dot or a comma's stroke is left to the recogniser."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (50.0, 100.0, 300.0, 130.0)]
    page = _page_of_rows(np, rows)
    page[76:84, 14:22] = 0  # a ring low in the next row's first square
    page[78:82, 16:20] = 255
    found = ocr.stray_marks(page, rows)
    assert [(text, after) for _, _, text, after in found] == [("。", "")], found
    page[78:82, 16:20] = 0  # solid: a dot, or a stain
    assert [text for _, _, text, _ in ocr.stray_marks(page, rows)] == [None]


def test_a_dash_pair_pushed_alone_onto_the_next_row_is_found() -> None:
    """A line break can push —— alone onto the next row, where the detector
    boxes nothing: a long thin bar at the column's left edge, one line
    below, two characters long. A short bar (一) there is left alone."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (10.0, 100.0, 300.0, 130.0)]
    page = _page_of_rows(np, rows)
    page[72:75, 12:68] = 0
    found = ocr.stray_marks(page, rows)
    assert [(text, ink) for _, ink, text, _ in found] == [("——", (12.0, 68.0))], found
    page = _page_of_rows(np, rows)
    page[72:75, 12:36] = 0
    assert [text for _, _, text, _ in ocr.stray_marks(page, rows)] != ["——"]



def _line_with_marks(np, cells, quotes):  # noqa: ANN001, ANN202
    """A line crop 40 px tall: a character's strokes (full height) in each
    cell, and a quote's short stroke at the top at each x of ``quotes``."""
    crop = np.full((40, 12 + 30 * (len(cells) + len(quotes)), 3), 255, np.uint8)
    for x0 in cells:
        crop[6:34, x0:x0 + 3] = 0
        crop[6:9, x0:x0 + 24] = 0
        crop[31:34, x0:x0 + 24] = 0
    for x in quotes:
        crop[6:14, x:x + 3] = 0
    return crop


def test_a_lone_stroke_at_the_top_of_a_line_is_where_a_single_quote_may_stand() -> None:
    """‘ is one short stroke at the top of its square. A stroke with no quote
    read near its place gives a slot there; a double quote's two strokes,
    a radical's dot with the character's stroke right after it, and a quote
    already read give none."""
    np = pytest.importorskip("numpy")
    cells = [10, 40, 100, 130, 160]
    crop = _line_with_marks(np, cells, [74])
    strokes = ocr.single_quote_strokes(crop)
    assert strokes == [(74, 77)]
    ink = (10.0, 184.0)
    assert ocr.quote_slots("在一带一路", ink, strokes) == [2]
    assert ocr.quote_slots("在一'带一路", ink, strokes) == []  # read as ASCII: already there
    assert ocr.single_quote_strokes(_line_with_marks(np, cells, [70, 78])) == []  # two strokes: a double quote
    dot = _line_with_marks(np, [10, 40, 100], [])
    dot[8:16, 72:75] = 0  # the dot of 忄
    dot[6:34, 77:80] = 0  # its long stroke, two pixels on
    assert ocr.single_quote_strokes(dot) == []


def test_a_full_stop_pushed_to_the_top_of_the_next_column_is_found() -> None:
    """A line break at a column's last line pushes its 。 onto a row of its
    own at the top of the next column, over that column's first line (here
    indented: a new paragraph), where the detector boxes nothing. A ring
    alone there is a full stop; a solid dot is not, nor a ring just past the
    end of a line on its row (that line's own mark)."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    left = [(10.0, 20.0, 190.0, 50.0), (10.0, 60.0, 190.0, 90.0), (10.0, 100.0, 190.0, 130.0)]
    right = [(270.0, 60.0, 390.0, 90.0), (210.0, 100.0, 390.0, 130.0)]
    page = _page_of_rows(np, left + right)
    page[42:50, 212:220] = 0  # 。 low in the first square of the right column's top row
    page[44:48, 214:218] = 255
    found = ocr.column_top_stops(page, left + right)
    assert [(ink, text) for _, ink, text in found] == [((212.0, 220.0), "。")], found
    page[44:48, 214:218] = 0  # solid: a dot, or a stain
    assert ocr.column_top_stops(page, left + right) == []
    wide = [(10.0, 20.0, 200.0, 50.0)] + left[1:]  # the ring just past the end of a line of its row
    page = _page_of_rows(np, wide + right)
    page[42:50, 212:220] = 0
    page[44:48, 214:218] = 255
    assert ocr.column_top_stops(page, wide + right) == []


def test_a_full_stop_read_as_zero_is_told_by_its_ring() -> None:
    """The recogniser reads 。 as 0 now and then. A full stop is a small ring
    low in its square, a figure 0 is tall: a lone 0 with a ring in the
    line's ink and no 。 read for it is a full stop; a 0 that is a figure
    (从0到1, no ring) stays."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    from banmian.sources.ocr_marks import zeros_read_for_stops

    crop = np.full((30, 200, 3), 255, np.uint8)
    for x in (4, 30, 90, 116):  # four characters filling the line's height
        crop[3:27, x:x + 3] = 0
        crop[3:6, x:x + 20] = 0
    crop[19:27, 60:68] = 0  # 。 low in the third square
    crop[21:25, 62:66] = 255
    assert zeros_read_for_stops("情景0这位", crop) == "情景。这位"
    crop[19:27, 60:68] = 255  # no ring: the 0 is a figure
    assert zeros_read_for_stops("从0到1", crop) == "从0到1"
    # a full stop pushed alone onto a row and boxed alone: a small ring, not a figure's tall 0
    ring = np.full((12, 12, 3), 255, np.uint8)
    ring[2:10, 2:10] = 0
    ring[4:8, 4:8] = 255
    assert zeros_read_for_stops("0", ring, row=30.0) == "。"
    figure = np.full((26, 16, 3), 255, np.uint8)
    figure[3:23, 3:13] = 0
    figure[6:20, 6:10] = 255
    assert zeros_read_for_stops("0", figure, row=30.0) == "0"
