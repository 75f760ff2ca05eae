"""Which blocks stand beside a vertical headline (``side_owners.level_beside``):
its article's columns open level with its top, on its left. A brief's closing
line well under that top, further left past those columns and going on down a
column of briefs, is not beside it (issue 9, point 7: a column of briefs gave
its last items to the vertical headline); the first column of the headline's
article, opening lower under a column logo, still is. Blocks built by hand."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.config import DEFAULT
from banmian.layout.segment import HeadingGroup
from banmian.layout.side_owners import level_beside
from banmian.model import TextLine

BODY = 9.5


def _column(x0: float, x1: float, top: float, lines: int, text: str = "这是一行正文的文字内容") -> ColumnBlock:
    return ColumnBlock([TextLine(text, (x0, top + i * 14.0, x1, top + i * 14.0 + BODY), BODY) for i in range(lines)])


def _beside(b: ColumnBlock, flow: list[ColumnBlock], head: HeadingGroup):
    return level_beside(b, flow, [head], [0], [], {id(o): None for o in flow}, [None], None, BODY, DEFAULT)


def _page():
    head = HeadingGroup([TextLine("书香浸润百姓生活", (470.0, 400.0, 492.0, 600.0), 22.0, vertical=True)])
    own = [_column(270.0, 455.0, 402.0, 20)]  # the headline's column, from its top down
    return head, own


def test_a_briefs_closing_line_under_the_headline_top_is_not_beside_it():
    head, own = _page()
    item = ColumnBlock([TextLine("元旦前后，十多名市民报名加入冬泳队。", (48.0, 560.0, 220.0, 569.5), BODY)])
    credit = ColumnBlock([TextLine("（夏雪 冯源）", (196.0, 574.0, 257.0, 583.5), BODY)])
    flow = own + [item, credit]
    assert _beside(credit, flow, head) is None


def test_a_column_opening_lower_with_nothing_over_it_is_still_beside():
    head, own = _page()
    first = _column(32.0, 257.0, 450.0, 12)  # under a column logo: nothing of its own column over it
    flow = own + [first]
    assert _beside(first, flow, head) == ("heading", 0)
