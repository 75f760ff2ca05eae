"""A short title at about the body's size (four glyphs, the first a common
surname: 山水清音 reads as a name) standing under a banner printed light,
reversed out of a coloured panel across the page, is no byline of that
banner: a names line is never printed light, and a heading printed light has
its names, if any, in its panel, light too (layout/segment.attach_bylines).
Left to no heading, the line is read as the heading it is. The guard: the
same banner printed dark takes the line under it as its byline. A unit test
of the step (no PDF): lines placed as a typesetter would; invented text."""

from __future__ import annotations

from banmian.layout.segment import HeadingGroup, attach_bylines
from banmian.model import TextLine

BODY = 8.0
WHITE, BLACK = 0xFFFFFF, 0x000000


def _attach(banner_color: int) -> tuple[list[TextLine], HeadingGroup, TextLine]:
    banner = HeadingGroup([TextLine("老街的灯笼又一次点亮了整条巷子", (40, 550, 540, 572), 18.0, font="Hei",
                                    color=banner_color)])
    short = TextLine("山水清音", (500, 584, 533, 594), 8.3, font="Hei")
    return attach_bylines([banner], [short], BODY), banner, short


def test_a_short_title_under_a_light_banner_is_no_byline_of_it():
    left, banner, short = _attach(WHITE)
    assert left == [short] and banner.bylines == []


def test_guard_a_dark_heading_takes_the_names_line_under_it():
    left, banner, short = _attach(BLACK)
    assert left == [] and banner.bylines == [short]
