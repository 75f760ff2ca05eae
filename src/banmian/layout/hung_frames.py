"""The frame a column block stands in, its hung marks let past the frame's edge.

On pages set with hanging punctuation a line's closing comma or stop stands
past the column's right edge, and its full-width box reaches a few points past
a tinted panel or frame drawn round the column (a news-brief column in a
shaded panel). The block is still the frame's: a frame is drawn round the
text, not round the marks hung in its margin.
"""

from __future__ import annotations

from ..model import BBox
from .columns import ColumnBlock
from .frame_labels import smallest_frame

#: the marks a setter hangs past a column's edge
_HUNG = "，。、．,.；：！？”’」』）)"


def block_frame(b: ColumnBlock, frames: list[BBox]) -> BBox | None:
    """The smallest frame that holds the block, or, when none does, the one
    that holds it but for lines reaching past its right edge by less than a
    character with a hung mark."""
    found = smallest_frame(b.bbox, frames)
    if found is not None or not frames:
        return found
    x0, y0, x1, y1 = b.bbox
    f = smallest_frame((x0, y0, x1 - b.size, y1), frames)
    if f is None or x1 - f[2] > b.size:
        return None
    edge = f[2] + 2
    if all(ln.x1 <= edge or ln.text.rstrip()[-1:] in _HUNG for ln in b.lines):
        return f
    return None


__all__ = ["block_frame"]
