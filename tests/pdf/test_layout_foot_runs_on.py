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
    text = _block(395.0, 785.0, ["两地将继续发挥各自优势，携", "手把合作推向新的高度。"] * 6 + ["祝老人们新春快乐、身体健康。"])
    heading = _block(400.0, 978.0, ["夯实基层基础"], width=54.0, role=SUBHEADING)
    first_line = _block(395.0, 992.0, ["宋川表示，我此次作"], indent=2 * _SIZE)
    column = _block(517.0, 683.0, ["为市政府代表团的一员再次来", "到青禾县，就是想把两地政府", "商定的事情一件件办好。"] * 4)
    flow = [text, heading, first_line, column]
    foot = foot_on_left(column, flow, [], {id(b): None for b in flow}, None, _SIZE)
    assert foot is first_line, foot and foot.lines[-1].text


def test_the_walk_down_stops_at_the_white_space_over_the_next_rows_column():
    """(seed 187) The column on the left breaks off mid-sentence at its
    foot, level with the short column on its right; four body sizes of white
    space under it, the next row's article opens its column at the same left
    edge. That column is no foot of this text: the foot is the one level with
    the short column."""
    left = _block(716.0, 686.0, ["江城海洋渔业集团有限公司党委", "书记、董事长宋远表示，北湾"] * 6 + ["渔港是北湾沿岸地区有史以"])
    column = _block(852.0, 686.0, ["来建成的最大深水渔港，它的建", "成投用打开了新局面。"] * 5)
    below = _block(716.0, left.bottom + 4.2 * _SIZE, ["本报讯（记者 韩立新）宋远帆撰", "著的新书日前出版发行。"] * 4,
                   indent=2 * _SIZE)
    flow = [left, column, below]
    foot = foot_on_left(column, flow, [], {id(b): None for b in flow}, None, _SIZE)
    assert foot is left, foot and foot.lines[-1].text
