"""Parts set in another measure: a column level with a headline on its left that is no column of that article.

An article's columns share one width. A headline whose own text opens right
under it heads no column level with it on its right set a few characters
wider or narrower and opening a paragraph (its text ran on from none of the
headline's columns): that column opens another article's text, here one with
no headline of its own on the page (the rest of an article from another page,
a part printed with none), parted from its neighbour by white space only.
"""

from __future__ import annotations

from .brief_columns import ends_in_authors
from .column_flow import opens_paragraph
from .columns import ColumnBlock
from .headline_reach import foot_with_byline
from .roles import BODY
from .reflow import ends_sentence
from .segment import HeadingGroup

_APART = 2.0  # body sizes: columns of one article differ by a hung mark, not by two characters


def another_measure(b: ColumnBlock, h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """``h`` stands left of ``b`` (a horizontal headline with columns of its own under it), those
    columns' width differs from ``b``'s by two body sizes or more, and they end level with ``b``
    (within two lines): a full column of a grid of its own beside ``b``, the two sharing the row's foot."""
    if h.vertical or b.role != BODY or h.bbox[2] > b.left + body / 2 or len(b.lines) < 2:
        return False
    mine = _width_under(h, flow, body)
    if mine is None or abs(_measure(b) - mine) < _APART * body:
        return False
    foot = max((o.bottom for o in flow if o.role == BODY and min(o.right, h.bbox[2]) - max(o.left, h.bbox[0]) > 0
                and h.bbox[3] - 1 <= o.top < b.bottom and o.right <= b.left + body / 2), default=None)
    return foot is not None and abs(foot - b.bottom) <= 2 * body  # (a side headline's first lines under it end elsewhere)


def _width_under(h: HeadingGroup, flow: list[ColumnBlock], body: float) -> float | None:
    """The width of the columns of three lines or more opening right under the
    headline and its byline (a byline's names stacked in two lines are no column)."""
    x0, _, x1, _ = h.bbox
    foot = foot_with_byline(h, flow, body, float("inf"))
    widths = sorted(o.width for o in flow if o.role == BODY and len(o.lines) >= 3
                    and foot - 1 <= o.top <= foot + 4 * body and min(o.right, x1) - max(o.left, x0) > 0)
    return widths[len(widths) // 2] if widths else None


def _measure(b: ColumnBlock) -> float:
    """The block's measure read from its full lines (a short last line or a
    hung mark does not set it): the commonest right edge less the left."""
    rights = sorted(ln.x1 for ln in b.lines)
    return rights[len(rights) // 2] - b.left


def apart_beside(b: ColumnBlock, beside: ColumnBlock, body: float) -> bool:
    """``beside``, the text level with ``b`` on its left, ends a sentence (or a
    brief's closing credit), ``b`` opens a paragraph, and their measures differ by
    two body sizes or more: ``b`` goes on from no text of that column's article.
    Both hold three lines or more (a paragraph's short last line sets no measure)."""
    if b.role != BODY or beside.role != BODY or min(len(b.lines), len(beside.lines)) < 3 or not opens_paragraph(b):
        return False
    if not ends_sentence(beside.lines[-1].text.strip()) and not ends_in_authors(beside):
        return False
    return abs(_measure(b) - _measure(beside)) >= _APART * body
