"""A column under its own logo (短评, 观察: a label set right over it) beside
a headline that opens lower down and heads text of its own under it.

The headline cannot head a column whose first line stands over the headline's
own top: the column is the label's text (an untitled commentary, a boxed
column), not the second column of the headline's article, which would open
level with, or under, the headline's foot."""

from __future__ import annotations

from .columns import ColumnBlock
from .headline_reach import heads_columns_under
from .segment import HeadingGroup


def below_the_top(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """``h`` (a horizontal headline beside ``b``) opens a line or more under
    ``b``'s top and heads columns of its own right under it."""
    return not h.vertical and h.bbox[1] >= b.top + body and heads_columns_under(h, flow, body)


__all__ = ["below_the_top"]
