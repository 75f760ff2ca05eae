"""A subheading that ends its column and runs on atop the next one.

A subheading wraps like the text around it: when it stands last in its
column, its first line fills the column's measure and its last glyphs open
the next column, in the same face and size (…帮村民找到了销 / 路). Set at the
body's size in a heavier face, the two pieces are two subheading units by the
time the body is built (a bold or larger heading's tail is joined where the
units are made, :mod:`.heading_tails`): the first stops mid-phrase at the
column's right edge, so the piece atop the next column is its tail, one
subheading, not two paragraphs.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from ..model import Role, TextLine
from .roles import BODY, SUBHEADING


class Unit(Protocol):
    """What this module reads of :class:`.body_units.Unit` (body_units calls this
    module, so it is described here, not imported: no import cycle)."""

    role: Role
    lines: list[TextLine]

#: a heading ends its phrase on these (a question, an exclamation, a quote or bracket closed)
CLOSED = tuple("。！？!?…”’）)》")
#: a tail is at most this many lines (a heading is one to four lines)
_TAIL_LINES = 2
#: the tail's column starts within this many sizes of the heading's end (a gutter or two)
_GUTTER_SIZES = 4.0


def join_column_end_subheadings(units: list[Unit]) -> None:
    """Join, in place, each subheading unit to the next one when it fills its
    column's measure at the column's foot and the next one, in its face and
    size, tops the next column (see the module's note)."""
    k = 1
    while k < len(units):
        head, tail = units[k - 1], units[k]
        if head.role == SUBHEADING and tail.role == SUBHEADING and len(tail.lines) <= _TAIL_LINES \
                and _runs_on_atop_next_column(head.lines[-1], tail.lines, units):
            head.lines.extend(tail.lines)
            del units[k]
            continue
        k += 1


def _runs_on_atop_next_column(last: TextLine, tail: list[TextLine], units: list[Unit]) -> bool:
    first = tail[0]
    size = last.size
    if last.vertical or first.vertical or first.font != last.font or abs(first.size - size) > 0.3 \
            or last.text.rstrip().endswith(CLOSED) or sum(len(ln.text) for ln in tail) > len(last.text):
        return False
    if not (last.x1 <= first.x0 + 0.5 * size and first.y1 <= last.y0 and first.x0 - last.x1 <= _GUTTER_SIZES * size):
        return False
    edge = _column_right(last, units)
    return edge is not None and edge - last.x1 < size  # stopped for want of room: no glyph more fits


def _column_right(last: TextLine, units: list[Unit]) -> float | None:
    """The right edge the body lines of ``last``'s column share (justified
    lines end there), to the point; None without three such lines."""
    edges = Counter(round(ln.x1) for u in units if u.role == BODY for ln in u.lines
                    if abs(ln.x0 - last.x0) < 3 * last.size and min(ln.x1, last.x1) - max(ln.x0, last.x0) > 0)
    if not edges:
        return None
    edge, count = edges.most_common(1)[0]
    return float(edge) if count >= 3 else None
