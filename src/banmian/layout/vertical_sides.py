"""A vertical headline (竖排) heads the text on one side of it only.

A 竖排 title stands at one end of its article: at its right with the text on
its left, or at its left with the text on its right. Ownership looks beside
a block's top for a vertical headline on either side, so a vertical title
standing between two column groups may be given both. When one of them is
closed without the other (the text on the left ends finished or with its
jump note, （下转第N版）; or the text on the right opens a paragraph) and the
other side reaches a second vertical headline, beyond it, that stands at
the same end of its own text (every column of its own lies between the two
headlines), that side is the second headline's article: a row of 竖排
articles set one after the other reads each the same way. So is a side,
level with a horizontal headline just beyond it that heads no text (a side
headline, 边题): every headline heads some text. And a side of one column,
its top level with the column of another article just beyond it (the other
side not so): it is that article's last column."""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, SUBHEADING, TITLE
from .column_flow import opens_paragraph
from .columns import ColumnBlock
from .reflow import ends_sentence
from .rules import is_continuation_line
from .segment import HeadingGroup, wall_between


def one_side_of_verticals(blocks: list[ColumnBlock], heads: list[HeadingGroup], separators: list[BBox],
                          body: float) -> None:
    """Give the far side of a vertical headline owning text on both sides to
    the vertical headline beyond it (see the module's docstring)."""
    text = [b for b in blocks if b.role in (BODY, SUBHEADING) and b.owner is not None]
    for i, h in enumerate(heads):
        if h.role != TITLE or not h.vertical:
            continue
        x0, _, x1, _ = h.bbox
        own = [b for b in text if b.owner == i]
        left = [b for b in own if b.right <= x0 + body / 2]
        right = [b for b in own if b.left >= x1 - body / 2]
        if not left or not right:
            continue
        beyond = _vertical_beyond(right, i, heads, text, separators, body, on_right=True)
        if beyond is not None and _closed(left):
            for b in right:
                b.owner = beyond
            continue
        beyond = _vertical_beyond(left, i, heads, text, separators, body, on_right=False)
        if beyond is not None and opens_paragraph(min(right, key=lambda b: (b.left, b.top))):
            for b in left:
                b.owner = beyond
            continue
        owned = {b.owner for b in text}
        moved = False
        for part, on_right in ((left, False), (right, True)):
            textless = _textless_beyond(part, h, heads, owned, separators, body, on_right)
            if textless is not None:
                for b in part:
                    b.owner = textless
                moved = True
                break
        if moved:
            continue
        beyond = [_level_beyond(part, i, text, separators, body, on_right)
                  for part, on_right in ((left, False), (right, True))]
        if (beyond[0] is None) != (beyond[1] is None):  # one side only goes on from an article beyond it
            part, level = (left, beyond[0]) if beyond[0] is not None else (right, beyond[1])
            for b in part:
                b.owner = level


def _vertical_beyond(part: list[ColumnBlock], owner: int, heads: list[HeadingGroup], text: list[ColumnBlock],
                     separators: list[BBox], body: float, on_right: bool) -> int | None:
    """The nearest vertical headline beyond ``part`` (on its right or left),
    level with it, no rule between, whose own text lies wholly between it and
    the headline ``owner`` (it stands at the same end of its text)."""
    near = heads[owner].bbox
    top, bottom = min(b.top for b in part), max(b.bottom for b in part)
    edge = max(b.right for b in part) if on_right else min(b.left for b in part)
    best: tuple[float, int] | None = None
    for j, g in enumerate(heads):
        if j == owner or g.role != TITLE or not g.vertical:
            continue
        gx0, gy0, gx1, gy1 = g.bbox
        gap = gx0 - edge if on_right else edge - gx1
        if gap < -body / 2 or min(gy1, bottom) - max(gy0, top) <= 0:
            continue
        y = max(gy0, top) + body
        if wall_between(min(edge, gx0 if on_right else gx1), max(edge, gx0 if on_right else gx1), y, separators):
            continue
        lo, hi = (near[2], gx0) if on_right else (gx1, near[0])
        if any(b.owner == j and not (lo - body / 2 <= b.left and b.right <= hi + body / 2) for b in text):
            continue
        if best is None or gap < best[0]:
            best = (gap, j)
    return best[1] if best is not None else None


def _textless_beyond(part: list[ColumnBlock], vertical: HeadingGroup, heads: list[HeadingGroup], owned: set,
                     separators: list[BBox], body: float, on_right: bool) -> int | None:
    """A horizontal headline holding no text (a side headline, 边题) just
    beyond ``part``, its top level with the part's top, nearer to the part
    than the vertical headline is and no rule between: every headline heads
    some text, and a vertical one heads one side only, so that side is the
    side headline's."""
    top = min(b.top for b in part)
    edge = max(b.right for b in part) if on_right else min(b.left for b in part)
    near = min(b.left for b in part) - vertical.bbox[2] if on_right else vertical.bbox[0] - max(b.right for b in part)
    best: tuple[float, int] | None = None
    for j, g in enumerate(heads):
        if g.role != TITLE or g.vertical or j in owned or abs(g.bbox[1] - top) > 2 * body:
            continue
        gap = g.bbox[0] - edge if on_right else edge - g.bbox[2]
        if not -body / 2 <= gap < near or wall_between(min(edge, g.bbox[0] if on_right else g.bbox[2]),
                                                        max(edge, g.bbox[0] if on_right else g.bbox[2]),
                                                        top + body, separators):
            continue
        if best is None or gap < best[0]:
            best = (gap, j)
    return best[1] if best is not None else None


#: how far (body sizes) beyond a vertical headline's one column the next article's column may stand
_LEVEL_REACH = 8.0
#: and farther, with only white space between (a brief box's columns set wide apart)
_WHITE_REACH = 16.0


def _level_beyond(part: list[ColumnBlock], owner: int, text: list[ColumnBlock],
                  separators: list[BBox], body: float, on_right: bool) -> int | None:
    """The article just beyond ``part`` when ``part`` is one column whose top is
    level with the top of that article's column next to it (no rule between).
    A vertical title stands at one end of its text: when one side only is so
    level, that side's column is the row's next column of the article beyond
    (a brief box's last column set against a 竖排 title)."""
    if len({round(b.left) for b in part}) != 1:
        return None
    top = min(part, key=lambda b: b.top)
    edge = top.right if on_right else top.left
    near: tuple[float, ColumnBlock] | None = None
    for o in text:
        if o.owner in (owner, None) or o.role != BODY:
            continue
        gap = o.left - edge if on_right else edge - o.right
        if not -body / 2 <= gap <= _WHITE_REACH * body or o.top > top.top + body or o.bottom < top.top:
            continue
        if gap > _LEVEL_REACH * body and any(  # farther, only across white space
                q is not o and all(q is not b for b in part) and q.bottom >= top.top and q.top <= top.top + body
                and (q.left >= o.right - body / 2 and q.right <= edge + body / 2 if not on_right
                     else q.left >= edge - body / 2 and q.right <= o.left + body / 2) for q in text):
            continue
        lo, hi = (edge, o.left) if on_right else (o.right, edge)
        if wall_between(min(lo, hi), max(lo, hi), top.top + body, separators):
            continue
        if near is None or gap < near[0]:
            near = (gap, o)
    if near is None:
        return None
    column = near[1]
    head = min((o for o in text if o.owner == column.owner and abs(o.left - column.left) <= body / 2),
               key=lambda o: o.top)  # (that column's top: under a label it may start lower)
    return column.owner if abs(head.top - top.top) <= 0.6 * body else None


def _closed(part: list[ColumnBlock]) -> bool:
    """The text ends in the part's last column: a finished sentence, a jump
    note (（下转第2版）) or a closing bracket."""
    last_left = max(b.left for b in part)
    foot = max((b for b in part if b.left >= last_left - 1), key=lambda b: b.bottom)
    last = foot.lines[-1].text.strip()
    return ends_sentence(last) or is_continuation_line(last) is not None or last.endswith(("）", ")"))


__all__ = ["one_side_of_verticals"]
