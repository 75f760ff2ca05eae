"""Pieces of one row the detector boxed so that a glyph is read twice: a
piece that opens inside its neighbour's ink (:func:`boxed_across_a_glyph`,
:func:`second_box`). Lines are :class:`banmian.sources.ocr.OcrLine`."""

from __future__ import annotations

from typing import Any


def boxed_across_a_glyph(left: Any, right: Any) -> bool:
    """The detector cut a long heading in two boxes that overlap, the
    second opening inside the first one's last glyph: the recogniser read
    that glyph whole in the first and its right part again (力 of 动) as the
    second's first character. Two pieces of a row never share ink otherwise."""
    h, ph = right.box[3] - right.box[1], left.box[3] - left.box[1]
    overlap = min(left.box[3], right.box[3]) - max(left.box[1], right.box[1])
    if left.ink is None or right.ink is None or len(right.text) < 3 or left.vertical or right.vertical:
        return False
    inside = left.ink[1] - right.ink[0]
    return (overlap >= 0.6 * min(h, ph) and abs(h - ph) <= 0.3 * max(h, ph)
            and 0 < inside < 0.8 * min(h, ph) and right.ink[1] > left.ink[1] + min(h, ph))


def boxed_across_a_cut_glyph(left: Any, right: Any) -> bool:
    """The detector cut a heading in two boxes that overlap, the first one's
    ink running to its box's right edge: that box cut through the glyph the
    second one opens with (the first read only the glyphs it holds whole, 思想
    of 思想|武装), so the two are one line, each glyph read once. Two pieces of a
    row never share ink otherwise; a piece whose box holds its last glyph whole
    is :func:`boxed_across_a_glyph`'s."""
    h, ph = right.box[3] - right.box[1], left.box[3] - left.box[1]
    overlap = min(left.box[3], right.box[3]) - max(left.box[1], right.box[1])
    if left.ink is None or right.ink is None or left.vertical or right.vertical:
        return False
    inside = left.ink[1] - right.ink[0]
    return (overlap >= 0.6 * min(h, ph) and abs(h - ph) <= 0.3 * max(h, ph) and left.ink[1] >= left.box[2] - 1
            and 0 < inside < 0.8 * min(h, ph) and right.ink[1] > left.ink[1] + 0.5 * min(h, ph))


def second_box(short: Any, line: Any) -> bool:
    """A box of one or two characters on a line's row whose ink runs into the
    line's ink: the detector boxed part of the line's first character again
    (read as 1 or a stroke). Two pieces of a row always have paper between
    their inks. The two inks are measured on two crops cut at whole pixels:
    a sliver of the glyph may start a pixel after the line's own ink."""
    return (len(short.text) <= 2 < len(line.text) and short.ink is not None and line.ink is not None
            and min(short.box[3], line.box[3]) - max(short.box[1], line.box[1]) >= 0.6 * (line.box[3] - line.box[1])
            and short.ink[0] - 1.5 <= line.ink[0] < short.ink[1])


def ink_inside(short: Any, line: Any) -> bool:
    """A piece of one or two characters whose ink lies within the ink of a
    line on its row: the detector's box reached into the line's first or
    last glyph (a wide blank then cut the sliver off as a piece of its own,
    read as 1, 日 or 前). The glyph is the line's; the piece is no text. Inks
    are measured on crops cut at whole pixels: a pixel and a half of slack."""
    return (len(short.text) <= 2 < len(line.text) and short.ink is not None and line.ink is not None
            and not short.vertical and not line.vertical
            and min(short.box[3], line.box[3]) - max(short.box[1], line.box[1]) >= 0.6 * (line.box[3] - line.box[1])
            and line.ink[0] - 1.5 <= short.ink[0] and short.ink[1] <= line.ink[1] + 1.5)
