"""A column beside a narrow headline, at the row's top, goes on from the foot
of the article's column on its left, however far below its own foot that
column ends (layout/column_flow.py, session 37).

The headline stands over the article's first columns only; the next column
opens at the row's top, beside the headline, with no indent: the text runs on
into it from the foot of the column on its left, where a framed subheading
stands over the indented first line of a paragraph. That column is short (the
article ends in it, with its note that it goes on on another page), so the
foot on its left lies lower than its own: it is still the foot the text runs
on from, and the column is no headless article. (Built on the column blocks:
drawn pages joined the first line and the column it runs on into as one
block from the start.)"""

from __future__ import annotations

from banmian.layout.column_flow import foot_on_left
from banmian.layout.columns import ColumnBlock
from banmian.layout.roles import SUBHEADING
from banmian.model import TextLine

_SIZE = 10.5


def _block(x0: float, y0: float, texts: list[str], width: float = 99.0, role=None,
           indent: float = 0.0) -> ColumnBlock:
    lines = [TextLine(t, (x0 + (indent if k == 0 else 0.0), y0 + 14 * k, x0 + width, y0 + 14 * k + 10), _SIZE)
             for k, t in enumerate(texts)]
    return ColumnBlock(lines) if role is None else ColumnBlock(lines, role=role)


def test_a_short_column_beside_a_narrow_headline_runs_on_from_the_lower_foot_on_its_left():
    text = _block(395.0, 785.0, ["双方继续本着相互尊重、合作", "共赢的态度，再接再厉。"] * 6 + ["总统先生和家人致以良好祝愿。"])
    heading = _block(400.0, 978.0, ["夯实基层基础"], width=54.0, role=SUBHEADING)
    first_line = _block(395.0, 992.0, ["刘鹤表示，我此次作"], indent=2 * _SIZE)
    column = _block(517.0, 683.0, ["为习近平主席的特使再次访问", "华盛顿，是为了进一步落实两", "国元首达成的重要共识。"] * 4)
    flow = [text, heading, first_line, column]
    foot = foot_on_left(column, flow, [], {id(b): None for b in flow}, None, _SIZE)
    assert foot is first_line, foot and foot.lines[-1].text
