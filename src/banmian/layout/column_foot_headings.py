"""A heading at a column's foot whose last glyphs top the next column.

A subheading set larger than the text, standing last in its column, has no
text under it there: read alone it is a headline heading nothing, and its
wrapped tail, atop the next column with text under it, a headline opening a
new article (…农技服务送到田间 / 地头). When the tail is the heading's
(:func:`.heading_tails.heading_tail`: its face and size, the heading stopping
mid-phrase, nothing under it in its column) and the column's text runs on
over the heading and under the tail, both are one subheading of that text.
"""

from __future__ import annotations

from ..model import BBox
from .columns import ColumnBlock
from .heading_tails import heading_tail
from .roles import SUBHEADING, TITLE
from .segment import HeadingGroup, rule_between

#: a subheading's size, under this many body sizes (a headline is larger)
_SUBHEADING_SIZE = 1.3


def column_foot_subheadings(groups: list[HeadingGroup], blocks: list[ColumnBlock], separators: list[BBox],
                            body: float, reach: float) -> None:
    """Mark, in place, a heading at a column's foot and its tail atop the next
    column as subheadings (see the module's note)."""
    tails = [t for t in groups if t.role == TITLE and not t.vertical and len(t.lines) == 1
             and t.size < _SUBHEADING_SIZE * body]
    if not tails:
        return
    for g in groups:
        if g.role != TITLE or g.vertical or len(g.lines) > 4 or g.size >= _SUBHEADING_SIZE * body:
            continue
        tail = next((t for t in tails if t is not g and t.role == TITLE
                     and heading_tail(t.lines[0], g.lines[-1:], blocks, body)), None)
        if tail is not None and _text_over(g.bbox, blocks, separators, reach) \
                and _text_under(tail.bbox, blocks, separators, reach):
            g.role = tail.role = SUBHEADING


def _text_over(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], reach: float) -> bool:
    x0, y0, x1, _ = box
    return any(len(b.lines) >= 2 and min(b.right, x1) - max(b.left, x0) > 0.5 * (x1 - x0)
               and 0 <= y0 - b.bottom <= reach and not rule_between(b.bottom, y0, x0, x1, separators) for b in blocks)


def _text_under(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], reach: float) -> bool:
    x0, _, x1, y1 = box
    return any(len(b.lines) >= 2 and min(b.right, x1) - max(b.left, x0) > 0.5 * (x1 - x0)
               and 0 <= b.top - y1 <= reach and not rule_between(y1, b.top, x0, x1, separators) for b in blocks)
