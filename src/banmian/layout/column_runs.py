"""A column's text runs on to one place only.

Text that stops mid-sentence at a column's foot goes on at the top of the
next column of its row: the column just right of it, its top level with the
column's top, opening flush (no indent). When there is such a column, the
text does not also go on into a block under the column across white space:
that block (in the next row, the last column of an article whose columns
start level with it) goes on from the column on its own left.
"""

from __future__ import annotations

from .columns import ColumnBlock
from .roles import BODY
from .column_flow import opens_paragraph
from .reflow import ends_sentence


def goes_on_right(column: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """``column`` stops mid-sentence and a column just right of it, its top
    level with ``column``'s, opens flush: its text goes on there."""
    if column.role != BODY:
        return False
    if ends_sentence(column.lines[-1].text.strip()):
        return False
    return any(o is not column and o.role == BODY and abs(o.top - column.top) <= body / 2
               and 0 < o.left - column.right <= 3 * body and not opens_paragraph(o) for o in flow)


__all__ = ["goes_on_right"]
