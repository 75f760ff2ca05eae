"""Double quotes, 一一 and a second detector box, told from a line's ink
where the recogniser's reading is wrong (issue 12, exact article bodies on
pages the earlier work was not done on). Each test draws its own crop."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("cv2")

from banmian.sources import ocr  # noqa: E402


def _line(cells: list[int], quotes: list[int] = (), dots: list[int] = (), width: int = 0) -> "np.ndarray":
    """A line crop 40 px tall: a boxy character (28 px tall) at each x of
    ``cells``, a double quote's two short strokes at the top at each x of
    ``quotes``, an ellipsis' three dots low in the row at each x of ``dots``."""
    crop = np.full((40, width or 40 + 30 * (len(cells) + len(quotes) + len(dots)), 3), 255, np.uint8)
    for x0 in cells:
        crop[6:34, x0:x0 + 3] = 0
        crop[6:9, x0:x0 + 24] = 0
        crop[31:34, x0:x0 + 24] = 0
    for x in quotes:
        crop[7:14, x:x + 3] = 0
        crop[7:14, x + 5:x + 8] = 0
    for x in dots:
        for k in range(3):
            crop[26:29, x + 8 * k:x + 8 * k + 3] = 0
    return crop


def test_a_double_quote_the_recogniser_dropped_is_put_back_where_its_strokes_stand() -> None:
    """A double quote is two short strokes side by side at the top of the
    line. Where one stands with no quote read near its place, the text gets
    one (its face is decided later); one already read, a single stroke, and
    a quote inside an ellipsis' reading (.……) give no new slot there."""
    cells = [10, 40, 70, 130, 160]
    crop = _line(cells, quotes=[103])
    pairs = ocr.double_quote_pairs(crop)
    assert pairs == [(103, 111)]
    ink = (10.0, 184.0)
    assert ocr.quote_pair_slots("过大年都说", ink, pairs) == [3]
    assert ocr.quote_pair_slots("过大年”都说", ink, pairs) == []
    one = _line(cells)
    one[7:14, 103:106] = 0
    assert ocr.double_quote_pairs(one) == []
    assert ocr.quote_pair_slots("发.……都说", (10.0, 184.0), [(80.0, 88.0)]) == [4]  # after the dots
    # ……” : the dots are low in the row, the top of the row beside the quote is paper
    assert ocr.double_quote_pairs(_line([10, 40], quotes=[93], dots=[70], width=150)) == [(93, 101)]


def test_a_slanted_double_quote_whose_strokes_share_columns_is_one_pair() -> None:
    crop = _line([10, 40, 100], width=140)
    for k in range(7):  # two slanted strokes, each column of the pair holding ink of both rows
        crop[7 + k, 74 - k // 2:76 - k // 2] = 0
        crop[7 + k, 78 - k // 2:80 - k // 2] = 0
    assert ocr.double_quote_pairs(crop) == [(71, 80)]
    wide = _line([10, 40, 100], width=140)
    wide[7:10, 72:80] = 0  # a blurred character's broken top stroke: wider than tall
    wide[7:10, 82:90] = 0
    assert ocr.double_quote_pairs(wide) == []


def test_a_quote_boxed_alone_or_left_out_before_a_line_is_told_by_its_strokes() -> None:
    """A box holding only a quote's two strokes at the top of the row reads
    as 1, 11 or Ⅱ: its shape says ”. An opening quote set before a line,
    outside the detector's box, is found in the paper before the box; a
    comma there (low in the row) or another column's character is none."""
    box = np.full((30, 28, 3), 255, np.uint8)
    box[6:13, 7:10] = 0
    box[6:13, 12:15] = 0
    assert ocr.is_lone_double_quote(ocr.ink_mask(box), 30)
    comma = np.full((30, 28, 3), 255, np.uint8)
    comma[18:26, 9:12] = 0
    assert not ocr.is_lone_double_quote(ocr.ink_mask(comma), 30)

    page = np.full((60, 400, 3), 255, np.uint8)
    line_box = (120.0, 10.0, 380.0, 40.0)
    page[10:40, 126:380] = _line([0, 30, 60, 90, 120, 150, 180, 210], width=254)[5:35]
    page[16:23, 100:103] = 0
    page[16:23, 105:108] = 0
    assert ocr.leading_double_quote(page, line_box, 126.0, [line_box]) == (100.0, 108.0)
    bare = page.copy()
    bare[16:23, 100:108] = 255
    bare[28:36, 104:107] = 0  # a comma
    assert ocr.leading_double_quote(bare, line_box, 126.0, [line_box]) is None
    other = (60.0, 10.0, 104.0, 40.0)  # another column's line, its box over the strokes
    assert ocr.leading_double_quote(page, line_box, 126.0, [line_box, other]) is None
    edge = bare.copy()
    edge[28:36, 104:107] = 255
    edge[18:20, 125] = 0  # the first glyph's faint left edge, found one column before the line's ink:
    edge[24:27, 125] = 0  # two bits of one stroke, no quote (a blurred scan)
    assert ocr.leading_double_quote(edge, line_box, 126.0, [line_box]) is None


def test_yi_yi_drawn_as_two_strokes_is_not_a_dash_pair() -> None:
    """一一 (唯一一个) is two strokes a few pixels apart; the recogniser reads
    it now and then as —一, which would pass for a dash pair. A dash pair is
    one stroke across two cells and stays."""
    crop = _line([10, 40], width=200)
    crop[19:22, 72:96] = 0
    crop[19:22, 100:124] = 0
    pairs = ocr.dash_bars(crop, split=True)
    assert pairs == [(72, 124)]
    assert ocr.mend_yi_pairs("唯—一个", (10.0, 124.0), pairs) == "唯一一个"
    assert ocr.mend_yi_pairs("唯—一个", (10.0, 124.0), []) == "唯—一个"
    joined = _line([10, 40], width=200)
    joined[19:22, 72:124] = 0
    assert ocr.dash_bars(joined, split=True) == []


def test_a_second_box_over_a_lines_first_character_is_dropped() -> None:
    """The detector now and then boxes part of a line's first character
    again (read as 1): its ink runs into the line's. A quote boxed alone
    before a line has paper between its ink and the line's, and stays."""
    line = ocr.OcrLine("刚从车站上车", (760, 100, 1080, 126), 0.99, ink=(768.8, 1066.0), ink_height=24)
    second = ocr.OcrLine("1", (745, 98, 769, 128), 0.3, ink=(768.2, 769.2), ink_height=10)
    assert [ln.text for ln in ocr.join_row_pieces([second, line])] == ["刚从车站上车"]
    quote = ocr.OcrLine("”", (730, 100, 758, 126), 0.4, ink=(736.0, 745.0), ink_height=8)
    line2 = ocr.OcrLine("，刚从车站上车", (758, 100, 1080, 126), 0.99, ink=(770.0, 1066.0), ink_height=24)
    assert sorted(ln.text for ln in ocr.join_row_pieces([quote, line2])) == ["”", "，刚从车站上车"]


def test_an_ellipsis_pushed_alone_onto_a_row_is_found_in_the_ink() -> None:
    """…… pushed alone onto the row under a line (the detector boxes no
    dots) is six small level dots in two groups of three; three dots are
    half of one (…). Two dots, or dots far from any column, are none."""
    page = np.full((120, 400, 3), 255, np.uint8)
    line = (40.0, 10.0, 340.0, 40.0)
    page[15:35, 46:336] = 0  # the line's ink (covered by its box)

    def dots(xs: list[int], y: int = 62) -> np.ndarray:
        out = page.copy()
        for x in xs:
            out[y:y + 4, x:x + 4] = 0
        return out
    six = [100, 108, 116, 129, 137, 145]
    found = ocr.stray_marks(dots(six), [line])
    assert [(text, ink) for _, ink, text, _ in found] == [("……", (100.0, 149.0))]
    assert [text for _, _, text, _ in ocr.stray_marks(dots(six[:3]), [line])] == ["…"]
    assert all(t not in ("……", "…") for _, _, t, _ in ocr.stray_marks(dots(six[:2]), [line]))
    assert all(t != "……" for _, _, t, _ in ocr.stray_marks(dots(six, y=110), [line]))


def test_spaces_between_letters_and_digits_read_one_by_one_are_dropped() -> None:
    """The recogniser reads a flight number or a percentage with a space in
    each narrow glyph's side bearing (C A 1 3 5 4, 25.4 %); a real space
    beside a word (用 A B 两组 stays, a letter pair is no spaced run) is kept."""
    from banmian.sources.ocr_text import clean_text, mend_paragraph

    assert mend_paragraph(clean_text("飞往北京的C A 1 3 5 4航班")) == "飞往北京的CA1354航班"
    assert mend_paragraph(clean_text("25.4 %")) == "25.4%"
    assert clean_text("分成A B两组") == "分成A B两组"


def test_a_dropped_closing_single_quote_is_put_back_after_an_open_one() -> None:
    """The recogniser reads ‘ as ’ and drops the closing ’ now and then (有
    ’人人能歌之说): a lone top stroke after a single quote left open within a
    phrase is its partner. After a pair that is already closed, or far from
    any quote (a faded character's stroke), it is none."""
    def row(text: str, slots: list[int]) -> ocr.OcrLine:
        line = ocr.OcrLine(text, (100, 0, 400, 30), 0.99, ink=(102, 398), ink_height=24)
        line.quote_slots = slots
        return line
    assert ocr.put_back_single_quotes([row("古时就有’人人能歌之说", [9])])[0].text == "古时就有’人人能歌’之说"
    assert ocr.put_back_single_quotes([row("就有‘人人’能歌之说", [8])])[0].text == "就有‘人人’能歌之说"
    far = "古时就有’村里的人都会在节日里一起唱歌的说法"
    assert ocr.put_back_single_quotes([row(far, [22])])[0].text == far


def test_an_ellipsis_alone_on_a_row_goes_back_to_the_line_above() -> None:
    """A line break can push …… (with or after a closing quote) alone onto
    the next row, indented or not: it ends the line above, as a pushed
    comma does; an ellipsis opening a line of words stays where it is."""
    from banmian.model import TextLine
    from banmian.sources.image import pull_up_punctuation

    size = 10.0
    above = TextLine("来年旱，麻雀满地飞", (36, 100, 146, 110), size)
    quote = TextLine("”", (36, 114, 42, 124), size)
    dots = TextLine("……", (46, 114, 62, 124), size)
    texts = sorted(ln.text for ln in pull_up_punctuation([above, quote, dots]))
    assert texts == ["来年旱，麻雀满地飞”……"]
    # the line above took the pushed quote of this row into its box (attach_quote_marks)
    taken = TextLine("来年旱，麻雀满地飞”", (36, 100, 146, 118), size)
    assert [ln.text for ln in pull_up_punctuation([taken, dots])] == ["来年旱，麻雀满地飞”……"]
    words = TextLine("……小朋友们不仅", (36, 114, 120, 124), size)
    assert sorted(ln.text for ln in pull_up_punctuation([above, words])) == sorted([above.text, words.text])

