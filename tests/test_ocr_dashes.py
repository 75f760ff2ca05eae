"""A single dash (中国—东盟, 40%—45%) and the character 一, its twin that the
recogniser reads for it (issue 12, exact article bodies): each test draws its
own line or gives its own text, as the recogniser reads it, and the text the
page printed."""

from __future__ import annotations

import pytest

from banmian.sources import ocr
from banmian.sources.ocr_text import mend_paragraph

np = pytest.importorskip("numpy")

#: a drawn line: characters 28 px tall (rows 6-34) on a 30 px pitch, strokes inside a square's 26 px
PITCH, TOP, GLYPH = 30, 6, 28


def _line_with(bars: dict[int, tuple[int, int, int]], cells: int = 7) -> "np.ndarray":
    """A line of ``cells`` boxy characters, the cells in ``bars`` holding a
    single level stroke instead: (row of its middle, first x, last x) in the cell."""
    crop = np.full((40, 20 + PITCH * cells, 3), 255, np.uint8)
    for k in range(cells):
        x0 = 10 + PITCH * k
        if k in bars:
            middle, a, b = bars[k]
            crop[middle - 1:middle + 1, x0 + a:x0 + b] = 0
            continue
        crop[TOP:TOP + GLYPH, x0 + 2:x0 + 5] = 0
        crop[TOP:TOP + 3, x0 + 2:x0 + 26] = 0
        crop[TOP + GLYPH - 3:TOP + GLYPH, x0 + 2:x0 + 26] = 0
    return crop


def test_a_single_dash_is_told_from_yi_by_its_height_and_length_in_the_line() -> None:
    """A dash runs across its whole square and, in the typeset pages' font,
    sits under the line's middle; 一 is shorter (its square's side bearings)
    and level with the middle or over it. Only the dash read as 一 is
    mended; 一 stays 一, and 一一 (two strokes) is no single dash."""
    pytest.importorskip("cv2")
    dash = {2: (TOP + 17, 0, 30)}  # row 23 of a 28-row band: 0.6 down; 30 px, the whole pitch
    yi = {2: (TOP + 13, 3, 27)}  # 0.46 down; 24 px
    ink = (12.0, 10.0 + PITCH * 7 - 4)
    found = ocr.single_bars(_line_with(dash))
    assert [d for _, _, d in found] == [True]
    bars = [(a, b, d) for a, b, d in found]
    assert ocr.mend_single_dashes("中国一东盟峰会", ink, bars) == "中国—东盟峰会"
    assert ocr.mend_single_dashes("中国—东盟峰会", ink, bars) == "中国—东盟峰会"
    assert [d for _, _, d in ocr.single_bars(_line_with(yi))] == [False]
    assert ocr.mend_single_dashes("唯一的机会在", ink, ocr.single_bars(_line_with(yi))) == "唯一的机会在"
    low_but_short = {2: (TOP + 17, 3, 27)}  # low, but no longer than 一: not told apart
    assert [d for _, _, d in ocr.single_bars(_line_with(low_but_short))] == [False]
    yi_yi = {2: (TOP + 17, 0, 30), 3: (TOP + 17, 0, 30)}  # one stroke across two squares: a dash pair's
    assert ocr.single_bars(_line_with(yi_yi)) == []


def test_a_stroke_with_another_over_it_is_part_of_a_character() -> None:
    pytest.importorskip("cv2")
    crop = _line_with({2: (TOP + 17, 0, 30)})
    crop[TOP + 4:TOP + 6, 10 + 2 * PITCH + 4:10 + 2 * PITCH + 26] = 0  # 二: a stroke over the low one
    assert ocr.single_bars(crop) == []


def test_yi_between_figures_is_a_dash() -> None:
    """Chinese text sets no 一 between two figures (a month of the paper's
    text: 152 dashes between figures or Latin letters, no 一), nor between a
    figure's unit and the next figure (5万—7万: 13, no 一)."""
    assert mend_paragraph("增速在40%一45%之间，有委员30一40人") == "增速在40%—45%之间，有委员30—40人"
    assert mend_paragraph("CCTV一4K频道，5万一7万吨级，2月4日一2月10日") == "CCTV—4K频道，5万—7万吨级，2月4日—2月10日"
    assert mend_paragraph("统一5G标准，大年初一3.7万人次，CBA一家赞助商") == "统一5G标准，大年初一3.7万人次，CBA一家赞助商"


def test_no_space_beside_a_plus_between_figures() -> None:
    """A plus between figures (9+2, 1+N) is set solid in Chinese text (50 of
    50 in a month of the paper's text): the spaces are the recogniser's."""
    assert mend_paragraph("推行“9 + 2”模式和1 +N机制") == "推行“9+2”模式和1+N机制"
    assert mend_paragraph("共有1+ 8 + 10个项目") == "共有1+8+10个项目"


def test_a_dash_the_recogniser_dropped_at_a_lines_end_or_start_is_put_back() -> None:
    """A dash pair split by a line break (三件大事— / —给儿子): the dash ending
    the line's ink was not read at all. A dash-shaped stroke in the ink's
    last (first) square, with no dash or 一 read there, is put back; a line
    ending in 一 read as such, or a stroke shaped like 一, is left alone."""
    pytest.importorskip("cv2")
    last = {6: (TOP + 17, 0, 30)}
    crop = _line_with(last)
    ink = (12.0, 10.0 + PITCH * 7)
    bars = ocr.single_bars(crop)
    assert [d for _, _, d in bars] == [True]
    assert ocr.mend_single_dashes("农民完成大事", ink, bars) == "农民完成大事—"
    assert ocr.mend_single_dashes("农民完成大事—", ink, bars) == "农民完成大事—"
    yi = ocr.single_bars(_line_with({6: (TOP + 13, 3, 27)}))
    assert ocr.mend_single_dashes("农民完成大事", (12.0, 10.0 + PITCH * 7 - 3), yi) == "农民完成大事"
    first = ocr.single_bars(_line_with({0: (TOP + 17, 0, 30)}))
    assert ocr.mend_single_dashes("给儿子盖新房", (10.0, 10.0 + PITCH * 7 - 4), first) == "—给儿子盖新房"
    assert mend_paragraph("农民办好三件大事—" + "—给儿子盖房") == "农民办好三件大事——给儿子盖房"
