"""A photo whose top is level with a row's top opens that row.

Text ending over a photo (a column's foot a few lines above it) may be the
foot of the row above, with white space and no rule between; a headline or
an article's text whose top is level with the photo's top, a gutter or so
beside it with no rule between, opens the row the photo stands in: the
photo is that article's."""

from __future__ import annotations

from ..model import BBox
from .roles import TITLE
from .columns import ColumnBlock
from .segment import HeadingGroup, wall_between

#: tops within this many body sizes are level
_LEVEL = 1.5
#: the widest gap beside the photo, in body sizes (a gutter, a caption's margin)
_BESIDE = 4.0


def level_beside(im: BBox, bottom: float, blocks: list[ColumnBlock], titles: list[HeadingGroup], body: float,
                 separators: list[BBox]) -> list[tuple[float, int]]:
    """(gap, owner) of the headlines and owned text beside the photo ``im``
    (its caption down to ``bottom``) whose tops are level with its top."""
    boxes = [(t.bbox, i) for i, t in enumerate(titles) if t.role == TITLE and not t.vertical]
    boxes += [(b.bbox, b.owner) for b in blocks if b.owner is not None]
    out = []
    for (x0, y0, x1, y1), owner in boxes:
        if abs(y0 - im[1]) > _LEVEL * body or y1 <= im[1]:
            continue
        gap = im[0] - x1 if x1 <= im[0] else x0 - im[2] if x0 >= im[2] else -1.0
        if not 0 <= gap <= _BESIDE * body:
            continue
        lo, hi = (x1, im[0]) if x1 <= im[0] else (im[2], x0)
        if not wall_between(lo, hi, (max(y0, im[1]) + min(y1, bottom)) / 2, separators):
            out.append((gap, owner))
    return out


__all__ = ["level_beside"]
