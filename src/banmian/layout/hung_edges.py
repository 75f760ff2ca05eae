"""A column's box without the marks hung past its edge.

With hanging punctuation (悬挂标点) a line's closing comma or stop is set past
the column's right edge, and the column's box, the union of its lines, pokes
out by most of a glyph: out of the frame or tinted panel the column stands in,
so that ownership reads it as standing outside (a column of a boxed article
left with no headline). The column's own edge is where its lines end without
such a mark.
"""

from __future__ import annotations

from ..model import BBox
from .columns import ColumnBlock

#: marks a line may hang past the column's edge
_HUNG = frozenset("，。、：；！？,.:;!?”’）》」』")


def set_box(b: ColumnBlock) -> BBox:
    """``b``'s box, its right edge where its lines end without a hung mark
    (the box itself when no line ends in one, or every line does)."""
    x0, y0, x1, y1 = b.bbox
    if not any(ln.text[-1:] in _HUNG and ln.x1 >= x1 - 0.5 for ln in b.lines):
        return b.bbox  # (most blocks: no line reaching the box's edge ends in a mark)
    ends = [ln.x1 for ln in b.lines if ln.text[-1:] not in _HUNG]
    return (x0, y0, max(ends), y1) if ends else b.bbox


__all__ = ["set_box"]
