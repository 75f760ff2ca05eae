"""A column set over its owner's headline runs on from the column on its left.

A horizontal headline heads the text under it: no column of its article
starts above it. A column whose top stands over the top of the horizontal
heading that was given it (a column at a row's top, beside a headline
narrower than its article, given to the headline or column logo of the
article under it in its column) is no text of that heading's. When the
column on its left, level with it at the foot (within two lines), breaks off
mid-sentence and the column does not open a paragraph, one text runs from
that foot into the column's top: it is the article of the column on its left.
"""

from __future__ import annotations

from ..model import BBox
from .column_flow import opens_paragraph
from .columns import ColumnBlock
from .reflow import ends_sentence
from .roles import BODY
from .segment import HeadingGroup, wall_between

#: the widest gutter between the two columns, in body sizes
_GUTTER = 3.0
#: how far apart the two columns' feet may stand, in body sizes
_FEET = 3.0


def columns_over_their_owner(blocks: list[ColumnBlock], heads: list[HeadingGroup], separators: list[BBox],
                             body: float) -> None:
    """Give a column standing over its owner's horizontal heading, run on
    into from the column on its left, to that column's article (see the
    module's docstring)."""
    for b in blocks:
        if b.role != BODY or b.owner is None or b.owner >= len(heads):
            continue
        head = heads[b.owner]
        if head.vertical or head.bbox[1] < b.top + body or opens_paragraph(b):
            continue
        before = _column_on_left(b, blocks, separators, body)
        if before is not None and before.owner is not None and before.owner != b.owner \
                and not ends_sentence(before.lines[-1].text.rstrip()):
            b.owner = before.owner


def _column_on_left(b: ColumnBlock, blocks: list[ColumnBlock], separators: list[BBox],
                    body: float) -> ColumnBlock | None:
    """The body column just left of the block, its foot level with the
    block's foot, standing beside it, no rule between."""
    best = None
    for o in blocks:
        if o is b or o.role != BODY or o.right > b.left + body / 2 or b.left - o.right > _GUTTER * body:
            continue
        if abs(o.bottom - b.bottom) > _FEET * body or o.top > b.bottom - 2 * body:
            continue
        if wall_between(o.right, b.left, (b.top + b.bottom) / 2, separators):
            continue
        if best is None or o.right > best.right:
            best = o
    return best
