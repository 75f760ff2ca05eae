"""A part set under a rule that closes the text over it, a column rule
between it and the column on its left, is an article of its own (it has no
headline on the page), not the left column's text running on, even where a
mark hung at a line's end of the left column reaches over that column rule
(layout/column_flow.column_past_rule: the rule was looked for right of the
hung mark's edge, and missed). The guard: the same page with no column rule,
the L-shaped article whose column runs on past the rule's end, still runs on.
A unit test of the step (no PDF): lines placed as a typesetter would, 10 pt
type; invented text."""

from __future__ import annotations

from banmian.layout.column_flow import column_past_rule
from banmian.layout.columns import ColumnBlock
from banmian.model import BBox, TextLine

SIZE, LEAD = 10.0, 15.0


def _column(x0: float, x1: float, top: float, rows: int, last: str = "") -> ColumnBlock:
    lines = []
    for i in range(rows):
        text = last if last and i == rows - 1 else "田野里的麦苗绿油油的一片"
        right = x1 + SIZE if text.endswith("。") else x1  # the full stop hangs past the column's edge
        lines.append(TextLine(text, (x0, top + i * LEAD, right, top + i * LEAD + SIZE), SIZE, font="SongStd"))
    return ColumnBlock(lines)


def _page(column_rule: bool) -> tuple[ColumnBlock, list[ColumnBlock], list[BBox]]:
    left = [_column(40, 180, 100, 20, last="农民们都说今年一定是个好年成。")]
    upper = _column(193, 400, 100, 9, last="合作社的新机器也运到了村口。")  # the text the rule closes
    part = _column(193, 400, 250, 10)  # under the rule, level with the left column's lower half
    flow = left + [upper, part]
    seps: list[BBox] = [(193, 240, 400, 240)]
    if column_rule:
        seps.append((186.5, 95, 186.5, 400))  # between the columns: left of the hung marks' edge
    return part, flow, seps


def test_a_part_under_a_closing_rule_across_a_column_rule_runs_on_from_no_column():
    part, flow, seps = _page(column_rule=True)
    assert column_past_rule(part, 240, flow, seps, {id(b): None for b in flow}, None, SIZE) is None


def test_guard_with_no_column_rule_the_left_column_runs_on_under_the_rule():
    part, flow, seps = _page(column_rule=False)
    found = column_past_rule(part, 240, flow, seps, {id(b): None for b in flow}, None, SIZE)
    assert found is flow[0]
