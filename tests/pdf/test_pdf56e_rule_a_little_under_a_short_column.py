"""A rule across a region closes the row over it when a column of the row
ends just over it (3 body sizes). An article's last column often falls a
line or two short of the others, leaving more white space over the rule:
up to 5 body sizes still closes the row when nothing (no block, no
heading) stands between that column's foot and the rule; a headline
standing there is the one the rule runs under
(layout/rule_rows.closes_the_row_over). A unit test of the step (no PDF);
invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.rule_rows import closes_the_row_over
from banmian.layout.segment import HeadingGroup
from banmian.model import TextLine

SIZE, LEAD = 8.0, 12.0
RULE_Y = 400.0


def _column(x: float, top: float, bottom: float) -> ColumnBlock:
    n = int((bottom - top) // LEAD)
    return ColumnBlock([TextLine("春风吹过田野，农民们忙着备耕", (x, top + i * LEAD, x + 120, top + i * LEAD + SIZE), SIZE)
                        for i in range(n)])


def _case(foot: float, heads_between: bool) -> bool:
    headline = HeadingGroup([TextLine("山村小学迎来新教室", (40, 60, 200, 76), 16.0)])
    columns = [_column(40, 90, foot), _column(175, 90, foot)]
    part = _column(40, RULE_Y + 8, RULE_Y + 120)
    heads = [headline.bbox]
    if heads_between:
        heads.append((40, foot + 4, 295, RULE_Y - 4))
    seps = [(40, RULE_Y, 300, RULE_Y + 0.5)]
    return closes_the_row_over(part, (40, 300), RULE_Y, headline, columns + [part], seps, SIZE, heads)


def test_a_column_ending_four_body_sizes_over_the_rule_closes_the_row():
    assert _case(RULE_Y - 4 * SIZE, heads_between=False)


def test_guard_a_heading_between_the_foot_and_the_rule():
    assert not _case(RULE_Y - 4 * SIZE, heads_between=True)


def test_guard_a_column_ending_far_over_the_rule():
    assert not _case(RULE_Y - 7 * SIZE, heads_between=False)
