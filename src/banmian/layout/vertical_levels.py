"""A vertical headline (竖排) heads the columns on its left that start level with its top.

A 竖排 title set at the right end of its article starts where its article's
columns start: their tops are level with the title's top. Ownership reads a
column as the text of the nearest headline above it that overlaps it, so
those columns go to a horizontal headline far above, across a row of that
headline's own text, and the vertical title is left with nothing (or with
text on its right standing in a frame of its own, which the title stands
outside of: a boxed piece with no headline). The columns right of the last
wall left of the title, whose tops are level with the title's top, are the
vertical title's, with the columns under them; what it held inside a frame
apart from it goes back to no headline.
"""

from __future__ import annotations

from ..model import BBox, within
from .columns import ColumnBlock
from .roles import BODY, SUBHEADING, TITLE
from .segment import HeadingGroup, wall_between

#: how far a column's top may stand from the title's top and still be level, in body sizes
_LEVEL = 1.5
#: the widest gutter between two columns of one run (and between the run and the title), in body sizes
_GUTTER = 3.0


def verticals_take_level_columns(blocks: list[ColumnBlock], heads: list[HeadingGroup], separators: list[BBox],
                                 frames: list[BBox], body: float) -> None:
    """Give a vertical title with no text on its left the columns there level
    with its top (see the module's docstring)."""
    if not any(h.vertical and h.role == TITLE for h in heads):
        return
    text = [b for b in blocks if b.role in (BODY, SUBHEADING)]
    for i, h in enumerate(heads):
        if h.role != TITLE or not h.vertical:
            continue
        x0, top, x1, _ = h.bbox
        own = [b for b in text if b.owner == i and b.width > _GUTTER * body]  # (not its vertical byline)
        if any(b.right <= x0 + body / 2 for b in own):
            continue
        right = [b for b in own if b.left >= x1 - body / 2]
        if any(not _framed_apart(b.bbox, h.bbox, frames) for b in right):
            continue
        run = _level_run(h, text, heads, separators, body)
        if not run:
            continue
        for b in run:
            b.owner = i
        for b in right:
            b.owner = None


def _level_run(h: HeadingGroup, text: list[ColumnBlock], heads: list[HeadingGroup], separators: list[BBox],
               body: float) -> list[ColumnBlock]:
    """The columns on the title's left, from it leftwards, whose tops are
    level with its top, taken from a horizontal headline well above them that
    keeps text of its own above the title's top; each with the blocks under
    it in its column (a paragraph's short last line's block, a 下转 note)."""
    x0, top, _, bottom = h.bbox
    level = [b for b in text if b.right <= x0 + body / 2 and abs(b.top - top) <= _LEVEL * body
             and _taken_from_above(b, heads, text, top, body)]
    stacks = [_stack(b, text, x0, body) for b in level]
    stacks = [s for s in stacks if s[-1].bottom > bottom - body]  # a column as long as the title at least
    run: list[ColumnBlock] = []
    edge = x0
    for stack in sorted(stacks, key=lambda s: -max(b.right for b in s)):
        right = max(b.right for b in stack)
        if edge - right > _GUTTER * body or wall_between(right, edge, stack[0].top + body, separators):
            break
        run.extend(b for b in stack if b not in run)
        edge = min(edge, min(b.left for b in stack))
    return run


def _stack(b: ColumnBlock, text: list[ColumnBlock], x0: float, body: float) -> list[ColumnBlock]:
    """The block with the blocks of its owner under it in its column, top down."""
    under = [c for c in text if c is not b and c.owner == b.owner and c.top >= b.bottom - body
             and c.right <= x0 + body / 2
             and (abs(c.left - b.left) <= body / 2 or (c.left >= b.left - body / 2 and c.right <= b.right + body / 2))]
    return [b] + sorted(under, key=lambda c: c.top)


def _taken_from_above(b: ColumnBlock, heads: list[HeadingGroup], text: list[ColumnBlock], top: float,
                      body: float) -> bool:
    """The block's owner is a horizontal headline well above it that keeps
    text of its own ending above the vertical title's top."""
    if b.owner is None:
        return False
    owner = heads[b.owner]
    if owner.role != TITLE or owner.vertical or owner.bbox[3] > top - _GUTTER * body:
        return False
    return any(c.owner == b.owner and c is not b and c.bottom <= top for c in text)


def _framed_apart(box: BBox, head: BBox, frames: list[BBox]) -> bool:
    """A frame holds the block and not the headline."""
    return any(within(box, f, 2) and not within(head, f, 2) for f in frames)
