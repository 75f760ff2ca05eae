"""Rules that part two articles' columns, on pages typeset by others (session 57, pdf57a).

A column rule (a vertical line between two articles) may stand in the right
half of a mark hung past the left column's edge (，。): the mark's box, a full
character wide, reaches past the rule though its ink does not. The line's box
stops at the rule, and a run of the next column touching the mark is not joined
to it (sources/pdf_spans). And a vertical headline that heads the column beside
it heads that column down to the rule under its region only: the column set on
under the rule is the next article's (layout/orphans._stack).
"""

from __future__ import annotations

import pytest

from banmian.sources.pdf_spans import Span, build_lines

SIZE = 10.0
RULE_X = 136.0  # the rule, 1 point wide, stands in the right half of the hung comma's box (130 to 140)


def _span(text: str, x0: float, row: int, font: str = "Song") -> Span:
    top = 100.0 + row * 15.0
    return Span(text, (x0, top, x0 + SIZE * len(text), top + SIZE), SIZE, False, top + SIZE * 0.88, font=font)


def _wall() -> tuple[float, float, float, float]:
    return (RULE_X - 0.5, 95.0, RULE_X + 0.5, 230.0)


def test_a_line_hanging_a_mark_across_a_column_rule_stops_at_the_rule():
    spans = [_span("春风吹绿了江南岸边" + ("，" if row % 2 == 0 else ""), 40.0, row) for row in range(8)]
    spans += [_span("百花齐放迎来新春季节", 144.0, row) for row in range(8)]
    lines = build_lines(spans, [_wall()])
    hung = [ln for ln in lines if ln.text.endswith("，")]
    assert len(hung) == 4 and all(ln.x1 <= RULE_X for ln in hung), [ln.bbox for ln in hung]
    assert not any("，百花" in ln.text for ln in lines)


def test_a_run_touching_a_hung_mark_across_a_column_rule_is_another_line():
    """The left column is a piece set in another face a little smaller (9.4 points): its hung
    stop's box ends half a point short of the next column's first glyph, in the page's face at
    10 points. Touching runs of two faces on one baseline are read as one line, but for the
    rule standing in the stop's box."""
    small = 9.4
    left = [Span("春风吹绿了江南岸边" + ("。" if row % 2 == 0 else ""), (40.0, 100.0 + 15 * row,
                 40.0 + small * (10 if row % 2 == 0 else 9), 100.0 + 15 * row + small), small, False,
                 100.0 + 15 * row + small * 0.88, font="Kai") for row in range(8)]
    x = 40.0 + small * 10 + 0.5  # the next column, half a point past the stop's box
    right = [_span("百花齐放迎来新春季节", x, row) for row in range(8)]
    wall = (x - 4.5, 95.0, x - 3.5, 230.0)  # the rule in the right half of the stop's box
    lines = build_lines(left + right, [wall])
    assert sum(1 for ln in lines if ln.text == "百花齐放迎来新春季节") == 8, [ln.text for ln in lines]
    assert all(ln.x1 <= x - 3.5 for ln in lines if ln.text.endswith("。"))


def test_without_the_rule_a_hung_mark_keeps_its_box():
    spans = [_span("春风吹绿了江南岸边，", 40.0, row) for row in range(3)]
    lines = build_lines(spans, [])
    assert all(ln.x1 == pytest.approx(140.0) for ln in lines)



def _column(x0: float, top: float, rows: int, chars: int, size: float = SIZE):
    from banmian.layout.columns import ColumnBlock
    from banmian.model import TextLine

    return ColumnBlock([TextLine("稻" * chars, (x0, top + 15 * k, x0 + size * chars, top + 15 * k + size), size)
                        for k in range(rows)])


def test_a_vertical_headline_left_with_no_text_claims_its_column_down_to_the_rule_only():
    """A vertical headline (24 points) on the right of a column it heads, left with no text by the
    first pass: it claims that column, and the blocks stacked under it in its measure, but not
    across the rule drawn under its region (the next article's column there, a little wider)."""
    from banmian.layout.orphans import orphan_claims
    from banmian.layout.segment import HeadingGroup
    from banmian.model import TextLine

    upper = _column(40.0, 100.0, 20, 14)  # 40 to 180, down to 395
    lower = _column(40.0, 412.0, 10, 16)  # under the rule at 404, 40 to 200
    head = HeadingGroup([TextLine("稻谷飘香", (184.0, 100.0, 208.0, 210.0), 24.0, vertical=True)])
    rule = (40.0, 403.5, 210.0, 404.5)
    claims = orphan_claims([upper, lower], [head], [rule], SIZE)
    assert claims.get(id(upper)) == 0
    assert id(lower) not in claims
    without_rule = orphan_claims([_column(40.0, 100.0, 20, 14), below := _column(40.0, 412.0, 10, 16)], [head], [],
                                 SIZE)
    assert without_rule.get(id(below)) == 0  # (the same column going on, with no rule between)

