"""A column set in a tinted box starts a gutter or less past the hung mark
(，) of the column outside the box, on the same baseline: the box's edge is
the gutter. The two runs are two columns' lines, never one line (issue 9,
point 1: a brief's title inside the box was glued to the neighbour's line
and lost into its article). Built from spans, as the PDF source reads them."""

from __future__ import annotations

from banmian.sources.pdf_spans import Span, box_sides, build_lines

_LEFT = "春风吹绿了河岸，"  # a column's line ending on a hung comma
_TITLE = "青禾县举行春季植树活动"  # a brief's title in the tinted box, a little larger, in 黑体


def _spans() -> list[Span]:
    size, title = 9.3, 10.6
    return [Span(_LEFT, (620.0, 1080.2, 737.0, 1090.0), size, False, 1088.4, 0, font="Ming"),
            Span(_TITLE, (739.7, 1078.6, 856.4, 1092.0), title, False, 1087.9, 1, font="Hei")]


def test_a_tall_tinted_box_parts_the_hung_mark_from_the_title_inside_it():
    walls = box_sides([(733.6, 120.0, 866.5, 1248.0)])
    lines = build_lines(_spans(), walls)
    assert sorted(ln.text for ln in lines) == sorted([_LEFT, _TITLE])
    left = next(ln for ln in lines if ln.text == _LEFT)
    assert left.bbox[2] <= 733.6 + 0.01  # the hung mark's box stops at the box's edge


def test_a_small_shaded_box_parts_nothing():
    """A shaded word or mark inside a line (a box a line high) is no wall."""
    assert box_sides([(733.6, 1076.0, 760.0, 1094.0)]) == []
    assert len(build_lines(_spans(), [])) == 1  # (with no wall the two runs touch: one line, as before)
