"""A subheading's last glyphs wrapped onto a line of their own.

A heading set in a column wraps like text: its last two or three glyphs
(…用好年 / 轻人, …推进思政日 / 常化) stand alone on the next line, or, when
the heading ends its column, atop the next column. Such a tail reads like a
name alone (轻人 opens with no surname, 常化 with one), but it is set in the
heading's face and size and the heading before it stops mid-phrase: it is the
heading's, never a byline."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import TextLine
from .columns import ColumnBlock

#: a heading ends its phrase on these (a question, an exclamation, a quote or bracket closed)
_CLOSED = tuple("。！？!?…”’）)》")


def heading_tail(ln: TextLine, heads: Iterable[TextLine], blocks: list[ColumnBlock], body: float) -> bool:
    """``ln`` goes on a heading line of ``heads`` (set bold or over the body
    size) in its face and size that stops mid-phrase: right over it, flush with it, or ending the column on
    its left (no text under it there) while ``ln`` tops the next column."""
    for last in heads:
        if last is ln or last.vertical or last.font != ln.font or abs(last.size - ln.size) > 0.3 \
                or not (last.bold or last.size > 1.04 * body) or last.text.rstrip().endswith(_CLOSED):
            continue
        if abs(last.x0 - ln.x0) <= 0.5 * ln.size and 0 <= ln.y0 - last.y1 <= 0.8 * ln.size:
            return True  # right under it, flush with it
        if last.x1 <= ln.x0 and ln.y1 <= last.y0 and ln.x0 - last.x1 <= 4 * body \
                and not _text_under(last, blocks, body):
            return True  # atop the next column, the heading ending its own
    return False


def _text_under(last: TextLine, blocks: list[ColumnBlock], body: float) -> bool:
    """A block opening under ``last`` in its column within two body sizes."""
    return any(min(c.right, last.x1) - max(c.left, last.x0) > 0 and 0 <= c.top - last.y1 <= 2 * body
               for c in blocks)
