"""A short line set at the paragraph indent is a paragraph, not a name.

Two or three glyphs alone on a line over an article's text may be its
author's name (理论 pages set the name alone, whatever the surname); they
may as well be a paragraph of one word (a part's label such as 新技术 over
its subheading). Where the line stands tells them apart: a name alone is set
centred in its column, flush with its left edge or set right, while a
paragraph's first line starts at the indent, two glyphs in from the left
edge of the column it stands in, and a line that short, so set, is not centred."""

from __future__ import annotations

from ..model import TextLine
from .columns import ColumnBlock
from .roles import BODY

#: a paragraph's indent, in glyphs of the line's size (two glyphs, give or take)
_INDENT = (1.5, 2.5)
#: a centred line leaves about as much room on its right as on its left: this much more is not centred
_OFF_CENTRE = 1.0


def at_paragraph_indent(ln: TextLine, blocks: list[ColumnBlock]) -> bool:
    """``ln`` starts at the paragraph indent of the column under it (the
    nearest block of body text below that it stands over), off its centre."""
    under = _column_under(ln, blocks)
    if under is None:
        return False
    size = max(ln.size, 1.0)
    indent = (ln.x0 - under.left) / size
    room_right = (under.right - ln.x1) / size
    return _INDENT[0] <= indent <= _INDENT[1] and room_right - indent > _OFF_CENTRE


def _column_under(ln: TextLine, blocks: list[ColumnBlock]) -> ColumnBlock | None:
    """The nearest block of body text of two lines or more under ``ln``, in its column."""
    best: ColumnBlock | None = None
    for b in blocks:
        if b.role != BODY or len(b.lines) < 2 or b.top < ln.y1 - 1 or not b.left - ln.size < ln.x0 < b.right:
            continue
        if best is None or b.top < best.top:
            best = b
    return best


__all__ = ["at_paragraph_indent"]
