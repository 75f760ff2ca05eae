"""The left edge of the column a block of an article's text stands in.

A paragraph's first line is indented from its column's left edge, so a
block's own left edge is the column's only when some line of it starts
there. A short block may have none: a subheading centred over a paragraph's
first line at a column's foot, or a label and a one-line paragraph, every
line indented. Its column's edge is then where the article's other blocks
start, in its column: blocks whose right edge is its right edge (a column's
lines are justified to it; an indent moves only the left). A block's own
edge counts only when another block shares it."""

from __future__ import annotations

from collections import Counter

from .columns import ColumnBlock
from .roles import BODY

#: a column edge lies at most this many glyphs left of a block's own (an indent, with room)
_REACH = 3.5
#: the right edges of one column's blocks differ by this many glyphs at most (set ragged)
_RAGGED = 2.5


def block_lefts(blocks: list[ColumnBlock]) -> Counter[tuple[int, int]]:
    """The edges (left and right, rounded) of the article's blocks of body text
    of two lines or more, with how many blocks share each pair."""
    return Counter((round(b.left), round(b.right)) for b in blocks if b.role == BODY and len(b.lines) > 1)


def column_left(block: ColumnBlock, lefts: Counter[tuple[int, int]]) -> float:
    """The left edge of ``block``'s column: the nearest left edge in ``lefts``
    at or left of its own within :data:`_REACH` glyphs. A block of two lines
    or more keeps its own edge when another block shares it; when none does,
    only the edge of a block ending about where it ends (its column) will do."""
    size = block.size
    if block.role == BODY and len(block.lines) > 1:
        own = round(block.left)
        if sum(n for (x, _), n in lefts.items() if x == own) > 1:
            return block.left
        edges = [x for (x, right), _ in lefts.items() if abs(right - block.right) <= _RAGGED * size
                 and x < own and block.left - x <= _REACH * size]
    else:
        edges = [x for (x, _), _ in lefts.items() if x <= block.left + 1 and block.left - x <= _REACH * size]
    return float(max(edges)) if edges else block.left


__all__ = ["block_lefts", "column_left"]
