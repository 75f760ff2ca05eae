"""A heading and its subtitle on a page image (issue 12, exact article
bodies): each test draws its own lines (boxy strokes, no font) or gives the
recogniser's line records, with invented text."""

from __future__ import annotations

import pytest

from banmian.model import TextLine
from banmian.sources import ocr
from banmian.sources.ocr_dashes import leading_dash_pair, mend_leading_dash_pair, trailing_dash_pair
from banmian.sources.ocr_lines import lift_dash_subtitles
from banmian.sources.ocr_text import clean_text, mend_paragraph

np = pytest.importorskip("numpy")


def _glyph_row(height: int, top: int, band: int, cells: int = 6) -> "np.ndarray":
    """A crop ``height`` px tall holding ``cells`` boxy characters ``band`` px
    tall from row ``top``."""
    crop = np.full((height, 20 + 60 * cells, 3), 255, np.uint8)
    for k in range(cells):
        x0 = 10 + 60 * k
        crop[top:top + band, x0 + 4:x0 + 9] = 0
        crop[top:top + 5, x0 + 4:x0 + 50] = 0
        crop[top + band - 5:top + band, x0 + 4:x0 + 50] = 0
    return crop


def test_a_headings_glyph_band_leaves_out_the_subtitles_tops_its_box_reaches() -> None:
    """A subtitle set tight under its title: the title's box (padded by the
    detector) reaches the tops of the subtitle's glyphs, a few rows cut by
    the crop's bottom edge, less than a sixth of the box under the title's
    glyphs. Taken for the title's glyphs, they made it a third larger than
    the other piece of its row (二者同行 / “一路向前”), two tiers, two articles."""
    crop = _glyph_row(87, 15, 57)
    assert ocr.ink_height(crop) == 57
    crop[82:87, 30:200] = 0  # the subtitle's tops, 10 rows under the title's glyphs
    assert ocr.ink_height(crop) == 57
    dot = _glyph_row(87, 15, 57)
    dot[8:12, 30:36] = 0  # a dot over a character, inside the box: still the glyphs'
    assert ocr.ink_height(dot) == 64


def test_a_dash_pair_left_out_of_the_detectors_box_opens_or_ends_its_line() -> None:
    """The detector's box of a subtitle (——记一位乡村教师) starts at the end
    of its dash pair: the recogniser reads the tail it took as - or nothing.
    The paper before the box holds one thin level stroke running into it:
    the line opens with ——, and starts where the stroke does. A column rule
    before the line is no part of it; a character right before the stroke
    (the line goes on to the left) or a stroke ending a gutter away is no
    dash of this line. A dash pair ending a line (的“与众不同”——) is found
    alike after its ink: the line short of its column's end by it measured
    a wide pitch and was taken for a heading."""
    pytest.importorskip("cv2")
    page = np.full((120, 700, 3), 255, np.uint8)
    page[40:80, 20:22] = 0  # a column rule
    box = (140.0, 40.0, 500.0, 80.0)  # the line's box: 40 px tall, its ink from x 140
    for k in range(10):
        x0 = 148 + 34 * k
        page[48:72, x0:x0 + 3] = 0
        page[48:51, x0:x0 + 26] = 0
    page[59:62, 70:143] = 0  # the dash pair: 73 px, level with the line's middle, its tail in the box
    assert leading_dash_pair(page, box, 140.0) == 70.0
    assert mend_leading_dash_pair("-记一位乡村教师") == "——记一位乡村教师"
    assert mend_leading_dash_pair("记一位乡村教师") == "——记一位乡村教师"
    gap = page.copy()
    gap[59:62, 125:143] = 255  # the stroke ends a gutter before the line: another column's
    assert leading_dash_pair(gap, box, 140.0) is None
    before = page.copy()
    before[48:72, 50:62] = 0  # a character just before the stroke: 中国——, the line's own
    assert leading_dash_pair(before, box, 140.0) is None
    ending = np.fliplr(page).copy()  # the same line mirrored: a dash pair ending it, its head in the box
    end_box = (200.0, 40.0, 560.0, 80.0)
    assert trailing_dash_pair(ending, end_box, 560.0) == 630.0
    assert ocr.dashes_outside_the_box(ending, "的“与众不同”", end_box, (200.0, 560.0))[0] == "的“与众不同”——"
    assert ocr.dashes_outside_the_box(ending, "的“与众不同”一", end_box, (200.0, 560.0))[0] == "的“与众不同”——"
    high = page.copy()
    high[59:62, 70:143] = 255
    high[41:44, 70:143] = 0  # a stroke at the top of the row: no dash
    assert leading_dash_pair(high, box, 140.0) is None


def _line(text: str, x0: float, y0: float, size: float, width: float) -> TextLine:
    return TextLine(text, (x0, y0, x0 + width, y0 + 1.2 * size), size)


def test_a_dash_led_line_under_a_title_is_its_subtitle() -> None:
    """A 12-point subtitle over a 10-point body measured on its glyphs came
    out 11.7 against 10.6, under layout's heading ratio: it opened the body.
    A line opening with ——, over the body's size, right under a heading and
    flush left with it, takes at least the heading ratio's size; a dash-led
    line at the body's size, or one not under a heading, keeps its size."""
    body = [_line("村里的小学有了新校舍孩子", 100, 200 + 15 * k, 10.6, 130) for k in range(12)]
    title = _line("春风化雨 桃李芬芳", 100, 120, 22.3, 300)
    subtitle = _line("——记一位乡村教师的三十年", 100, 146, 11.7, 160)
    quoted = _line("——摘自一位读者的来信", 300, 400, 11.7, 130)  # under no heading
    at_body = _line("——这是她的心里话，也是", 100, 380, 10.6, 130)
    lift_dash_subtitles(body + [title, subtitle, quoted, at_body])
    assert subtitle.size >= 1.12 * 10.6
    assert quoted.size == 11.7 and at_body.size == 10.6 and title.size == 22.3


def test_an_ellipsis_read_as_two_dots_after_chinese_text() -> None:
    """The recogniser now and then reads …… as two dots (和“..); Chinese text
    sets no dot pair after a character or mark, and the quote before it
    closes the quoted word (paired by the paragraph). A number's points
    stay."""
    assert clean_text("大家说“欢迎回家“..他们笑") == "大家说“欢迎回家”……他们笑"
    assert mend_paragraph("“欢迎回家”“新年好“..孩子们喊着") == "“欢迎回家”“新年好”……孩子们喊着"
    assert mend_paragraph("版本1.2.3，共3..5人") == "版本1.2.3，共3..5人"


def test_a_dash_led_subtitle_just_at_the_ratio_of_the_unrounded_body_is_lifted_past_layouts() -> None:
    """Layout measures the body in quarter points (a body read 10.17 counts as
    10.25): a subtitle read 11.40, at the ratio of 10.17 but under layout's
    11.48, opened the body (and, running over two columns, put the second
    column's lines out of order). It takes the size layout reads as a heading."""
    from banmian.layout.geometric import body_size
    from banmian.layout.segment import is_heading_line

    body = [_line("村里的小学有了新校舍孩子", 100, 200 + 15 * k, 10.17, 130) for k in range(12)]
    title = _line("春风化雨 桃李芬芳（人民观点）", 100, 120, 24.26, 370)
    subtitle = _line("——记一位乡村教师的三十年④", 102, 146, 11.40, 190)
    lines = lift_dash_subtitles(body + [title, subtitle])
    assert is_heading_line(subtitle, body_size(lines))
