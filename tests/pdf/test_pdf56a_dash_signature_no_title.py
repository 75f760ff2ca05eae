"""A heavy line at the body's size that opens on a dash (——编者 under an
editor's note, or a subtitle) is no headline's first line, though it stands
as a side headline does: white space under it and a column of the text
opening level with it on its right. The same line with a title's words is
read as a side headline (the guard: the placing alone says headline).
layout/side_small_titles.side_titles_at_body_size; a unit test on lines
placed as a typesetter would, 10 pt type; invented text."""

from __future__ import annotations

import pytest

from banmian.layout.side_small_titles import side_titles_at_body_size
from banmian.model import TextLine

SIZE, LEAD = 10.0, 15.0
TEXT, HEI = "SongStd", "WenQuanYi Zen Hei"


def _line(text: str, x0: float, y0: float, font: str = TEXT) -> TextLine:
    return TextLine(text, (x0, y0, x0 + len(text) * SIZE, y0 + SIZE), SIZE, font=font)


def _lines(heavy: str) -> tuple[list[TextLine], TextLine]:
    # a column on the left ending over the heavy line, the heavy line flush left under it after white
    # space, white space under it; on its right a column of the text opening level with it
    left = [_line("编辑部的话写在前面这一段", 40, 100 + i * LEAD) for i in range(4)]
    run = _line(heavy, 40, 100 + 6 * LEAD, HEI)
    right = [_line("春耕时节田间地头一片忙碌", 200, run.y0 + i * LEAD) for i in range(8)]
    right[0] = _line("春耕时节田间地头一片忙碌", 220, run.y0)  # (its first line indented)
    return left + [run] + right, run


@pytest.mark.parametrize("heavy, found", [("——编者", False), ("春耕备耕正当时", True)],
                         ids=["dash-signature", "title-guard"])
def test_a_heavy_line_opening_on_a_dash_is_no_side_headline(heavy, found):
    lines, run = _lines(heavy)
    assert (run in side_titles_at_body_size(lines, SIZE)) is found
