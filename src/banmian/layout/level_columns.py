"""A column between two articles goes to the one whose columns it starts level with.

An article's columns in one row start at one height: under its headline (or
beside a side or vertical headline) every column's first line is level. A
column standing outside its owner's headline, between its owner's text and
another article's, whose top is level with none of its owner's other column
tops but with the other article's, is that article's: its first column set
beyond a narrower headline, or past the foot of a finished column. Ownership
may give such a column to the text on its left (a column run on into) or to the
headline it centres; the tops are evidence every page gives, whatever the
headlines' alignment. Not when the column is its owner's only text (a
vertical headline's one column beside another article's across white space:
it stands between no text of its owner's and another's), nor when the column is as wide as its owner's columns
and not as the other's (an article's columns share one width), nor when a
headline or photo stands right over it (it belongs under that)."""

from __future__ import annotations

from statistics import median

from ..model import BBox
from .roles import BODY, OTHER, SUBHEADING, TITLE
from .column_flow import opens_paragraph
from .body_units import plain_names
from .columns import ColumnBlock
from .rules import parse_byline_line
from .segment import HeadingGroup, wall_between


def columns_to_level_tops(flow: list[ColumnBlock], heads: list[HeadingGroup], separators: list[BBox],
                          body: float, frames: list[BBox] | None = None) -> None:
    """Move each column standing level with another article's column tops and
    with none of its owner's (see the module's docstring) to that article
    (never across a rule, nor across a frame's side: a boxed article's column
    is no column of the article beside the box)."""
    if frames:
        separators = list(separators) + [edge for x0, y0, x1, y1 in frames
                                         for edge in ((x0, y0, x0, y1), (x1, y0, x1, y1))]
    text = [b for b in flow if b.role in (BODY, SUBHEADING) and b.owner is not None]
    photos = [b for b in flow if b.role == OTHER]
    shapes = [(h.bbox, h.vertical) for h in heads]  # (each a walk of its lines: once, not once a column)
    for b in sorted(text, key=lambda b: (b.left, b.top)):
        owner = b.owner
        if owner is None or b.role != BODY or heads[owner].role != TITLE:
            continue
        (hx0, _, hx1, _), vertical = shapes[owner]
        if not vertical and min(hx1, b.right) - max(hx0, b.left) > 0:
            continue  # under its own headline (most columns: the cheap test first)
        column = [o for o in text if o.owner == owner and o.top >= b.top - 1
                  and min(o.right, b.right) - max(o.left, b.left) > 0.5 * min(o.width, b.width)]
        left, right = min(o.left for o in column), max(o.right for o in column)
        if not _candidate(b, left, right, owner, text, heads, photos, body):
            continue
        ids = {id(o) for o in column}
        tol = 0.6 * body
        rest = [o for o in text if o.owner == owner and id(o) not in ids]
        if not rest or _level(b.top, _column_tops(rest), tol):
            continue  # (its owner's only text: a headline's one column is between no two of its own)
        others = {o.owner for o in _neighbours(b.top, left, right, text, separators, body)} - {owner, None}
        level = [j for j in others if _level(b.top, _column_tops([o for o in text if o.owner == j]), tol)]
        if len(level) != 1:
            continue
        new = level[0]
        mine, theirs, width = _width(owner, text, ids), _width(new, text, set()), right - left
        if mine is not None and theirs is not None and abs(mine - width) + body / 2 < abs(theirs - width):
            continue  # as wide as its owner's columns, not as the other's
        for o in column:
            o.owner = new


def _candidate(b: ColumnBlock, left: float, right: float, owner: int, text: list[ColumnBlock],
               heads: list[HeadingGroup], photos: list[ColumnBlock], body: float) -> bool:
    """A column's top (nothing of its owner's over it), opening a paragraph,
    outside its owner's headline's span, no headline or photo right over it;
    the column spans ``left`` to ``right``."""
    head = heads[owner]
    if head.role != TITLE:
        return False
    hx0, _, hx1, _ = head.bbox
    if not head.vertical and min(hx1, right) - max(hx0, left) > 0:
        return False  # under its own headline
    if not (opens_paragraph(b) or b.lines[0].x0 - left >= 0.8 * b.lines[0].size):
        return False  # its text runs on into it from a column before it
    if any(o.owner == owner and o is not b and min(o.right, right) - max(o.left, left) > 0
           and o.bottom <= b.top + 1 for o in text):
        return False
    for box in [h.bbox for h in heads if not h.vertical] + [p.bbox for p in photos]:
        if min(box[2], right) - max(box[0], left) > body and 0 <= b.top - box[3] <= 3 * body:
            return False
    return True


def _neighbours(top: float, left: float, right: float, text: list[ColumnBlock], separators: list[BBox],
                body: float) -> list[ColumnBlock]:
    """The nearest other column on each side of a column (``left`` to ``right``) beside its top, no rule between."""
    y = top + body
    on_right = [o for o in text if o.left >= right - body / 2 and o.left - right <= 4 * body
                and o.top <= top + 3 * body and o.bottom >= top and not wall_between(right, o.left, y, separators)]
    on_left = [o for o in text if o.right <= left + body / 2 and left - o.right <= 4 * body
               and o.top <= top + 3 * body and o.bottom >= top and not wall_between(o.right, left, y, separators)]
    out = []
    if on_right:
        out.append(min(on_right, key=lambda o: o.left))
    if on_left:
        out.append(max(on_left, key=lambda o: o.right))
    return out


def _column_tops(blocks: list[ColumnBlock]) -> list[float]:
    """The tops of the columns the blocks stand in: each block nothing of theirs
    stands over, but a line of names (a byline set over the columns, no column)."""
    tops = []
    for b in blocks:
        if len(b.lines) == 1 and (parse_byline_line(b.lines[0].text) or plain_names(b.lines[0].text)):
            continue
        if not any(o is not b and min(o.right, b.right) - max(o.left, b.left) > 0 and o.bottom <= b.top + 1
                   for o in blocks):
            tops.append(b.top)
    return tops


def _level(top: float, tops: list[float], tol: float) -> bool:
    return any(abs(top - t) <= tol for t in tops)


def _width(owner: int, text: list[ColumnBlock], leave: set[int]) -> float | None:
    """The measure of an owner's columns: its text lines' median width (most lines run full)."""
    widths = [ln.x1 - ln.x0 for o in text if o.owner == owner and o.role == BODY and id(o) not in leave
              for ln in o.lines]
    return median(widths) if widths else None


__all__ = ["columns_to_level_tops"]
