"""Vertical headlines left with no text: the columns beside them are theirs.

The first pass of :mod:`.ownership` gives each column to what stands over
it or level with it; a vertical (竖排) headline stands beside its text, often
boxed and with white space around it, so that pass may give its columns to a
headline far above or across the page. A headline with no text is evidence
enough to look again: these claims seed a second pass.
"""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, OTHER, TITLE
from .columns import ColumnBlock
from .segment import HeadingGroup, wall_between
from .side_headlines import side_headline_claims
from .reflow import ends_sentence


def orphan_claims(blocks: list[ColumnBlock], headings: list[HeadingGroup], separators: list[BBox],
                  body: float) -> dict[int, int]:
    """A vertical headline left with no text heads the columns set beside it:
    the nearest column level with it on either side, and the columns that run
    on into that one (the text flows away from the headline), unless a
    headline stands right over them. Returns ``{id(block): heading index}``
    for :func:`.ownership.assign_owners` to start from."""
    owned: dict[int, int] | None = None  # (counted when a vertical headline asks: most pages have none)
    claims: dict[int, int] = {}
    for i, h in enumerate(headings):
        if h.role != TITLE or not h.vertical:
            continue
        if owned is None:  # (a word or two of text, a place name over a column's first item, is no text of its own yet)
            owned = {}
            for b in blocks:
                if b.role == BODY and b.owner is not None:
                    owned[b.owner] = owned.get(b.owner, 0) + sum(len(ln.text.strip()) for ln in b.lines)
        if owned.get(i, 0) > _WORDS or h.size < 1.5 * body:
            continue  # (a vertical line in the body's size is a name or a label, no headline)
        hx0, hy0, hx1, hy1 = h.bbox
        level = [b for b in blocks if b.role == BODY and b.top <= hy1 and b.bottom >= hy0]
        free = [b for b in level if id(b) not in claims and not _under_its_owner(b, headings, blocks, body)]
        free_ids = {id(b) for b in free}
        # the nearest column level with it on each side, if no headline stands over that one
        near_left = max((b for b in level if b.right <= hx0 + body / 2), key=lambda b: b.right, default=None)
        near_right = min((b for b in level if b.left >= hx1 - body / 2), key=lambda b: b.left, default=None)
        if near_left is not None and (id(near_left) not in free_ids
                                      or wall_between(near_left.right, hx0, max(near_left.top, hy0), separators)):
            near_left = None
        if near_right is not None and (id(near_right) not in free_ids
                                       or wall_between(hx1, near_right.left, max(near_right.top, hy0), separators)):
            near_right = None
        photo = _photo_beside(h, blocks, near_left, near_right, body)
        if photo is not None:  # its text is under the photo set beside it
            for b in blocks:
                if b.role == BODY and id(b) not in claims and 0 <= b.top - photo.bottom <= 4 * body \
                        and photo.left - body <= b.left and b.right <= photo.right + body \
                        and not _under_its_owner(b, headings, blocks, body):
                    for o in _stack(b, [o for o in blocks if o.role != OTHER], body, separators):
                        claims[id(o)] = i
            continue
        if near_left is None and near_right is None:
            continue
        if near_right is None or (near_left is not None and hx0 - near_left.right <= near_right.left - hx1):
            run, step = [near_left], -1
        else:
            run, step = [near_right], 1
        flow = [b for b in blocks if b.role != OTHER]
        run = [_stack(run[0], flow, body, separators)]
        while True:  # the columns the text runs through, away from the headline
            last = run[-1][0]
            taken = {id(b) for column in run for b in column}
            nxt = [b for b in level if id(b) not in taken and abs(b.top - last.top) <= 2 * body
                   and (b.right <= last.left + body / 2 if step < 0 else b.left >= last.right - body / 2)]
            if not nxt:
                break
            near = max(nxt, key=lambda b: b.right) if step < 0 else min(nxt, key=lambda b: b.left)
            if id(near) not in free_ids:
                break  # the next column is another headline's: the text runs on no further
            column = _stack(near, flow, body, separators)
            first, then = (column, run[-1]) if step < 0 else (run[-1], column)
            opening = then[0].lines[0]
            if ends_sentence(first[-1].lines[-1].text) or opening.x0 - then[0].left >= 0.8 * opening.size \
                    or wall_between(first[0].right, then[0].left, then[0].top, separators):
                break
            run.append(column)
        for column in run:
            for b in column + _stacked_over(column[0], flow, headings, body):
                claims[id(b)] = i
    for key, owner in side_headline_claims(blocks, headings, separators, body).items():
        claims.setdefault(key, owner)
    return claims


#: glyphs of text a vertical headline may hold and still be looked at again as holding none
_WORDS = 4


def _photo_beside(h: HeadingGroup, blocks: list[ColumnBlock], near_left: ColumnBlock | None,
                  near_right: ColumnBlock | None, body: float) -> ColumnBlock | None:
    """A photo level with a vertical headline, nearer to it than any column
    on that side."""
    hx0, hy0, hx1, hy1 = h.bbox
    photos = [b for b in blocks if b.role == OTHER and b.top <= hy1 and b.bottom >= hy0]
    left = max((b for b in photos if b.right <= hx0 + body / 2), key=lambda b: b.right, default=None)
    right = min((b for b in photos if b.left >= hx1 - body / 2), key=lambda b: b.left, default=None)
    if right is not None and (near_right is None or right.left < near_right.left):
        return right
    if left is not None and (near_left is None or left.right > near_left.right):
        return left
    return None


def _stacked_over(head: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup],
                  body: float) -> list[ColumnBlock]:
    """The short blocks (a line or two each) stacked right over a column's
    top within its measure, nearest first: a byline line set over the
    column, a subheading centred over its first item, a place name over that."""
    over: list[ColumnBlock] = []
    top = head
    for _ in range(3):
        near = [o for o in flow if len(o.lines) <= 2 and o is not head and all(o is not c for c in over)
                and (abs(o.left - head.left) <= body / 2 or head.left - body / 2 <= o.left and o.right <= head.right + body / 2)
                and 0 <= top.top - o.bottom <= 1.5 * body and not _under_its_owner(o, headings, flow, body)]
        if not near:
            break
        top = max(near, key=lambda o: o.bottom)
        over.append(top)
    return over


def _stack(top: ColumnBlock, blocks: list[ColumnBlock], body: float, separators: list[BBox] = ()) -> list[ColumnBlock]:
    """The blocks of one column from ``top`` down, each a line or two under
    the last (a subheading between them), down to a rule of ``separators``
    across the column: under it the next article opens (a vertical
    headline's text ends over the rule closing its region)."""
    column = [top]
    for o in sorted(blocks, key=lambda o: o.top):
        if o is not top and abs(o.left - top.left) <= body / 2 and 0 <= o.top - column[-1].bottom <= 4 * body:
            if _rule_across(column[-1].bottom, o, separators):
                break
            column.append(o)
    return column


def _rule_across(foot: float, b: ColumnBlock, separators: list[BBox]) -> bool:
    """A horizontal rule between ``foot`` and the block's top, across most of the block's width."""
    return any(s[2] - s[0] > s[3] - s[1] and foot - 1 <= (s[1] + s[3]) / 2 <= b.top + 1
               and min(s[2], b.right) - max(s[0], b.left) > 0.5 * (b.right - b.left) for s in separators)


def _under_its_owner(b: ColumnBlock, headings: list[HeadingGroup], blocks: list[ColumnBlock], body: float) -> bool:
    """The block's headline stands over it (overlapping it in x), the column
    running down from the headline's foot to the block with no wide white
    gap: not text set beside another headline. A label (a column logo) over
    the block is no headline: a vertical headline beside may still claim it."""
    if b.owner is None or headings[b.owner].role == OTHER:
        return False  # (a label over a column names the column, it heads no article)
    hx0, hy0, hx1, hy1 = headings[b.owner].bbox
    if hy1 > b.top + 1 or min(hx1, b.right) - max(hx0, b.left) <= 0:
        return False
    y = hy1
    for o in sorted((o for o in blocks if o is not b and hy1 - 1 <= o.top < b.top
                     and min(o.right, b.right) - max(o.left, b.left) > 0), key=lambda o: o.top):
        if o.top - y > 4 * body:
            return False
        y = max(y, o.bottom)
    return b.top - y <= 4 * body
