"""Side headlines (边题): a horizontal headline set in a narrow box beside its body.

The title stands in short stacked lines left (or right) of its columns, the
byline under it in the same box, often with a rule between the box and the
text. The first pass of :mod:`.ownership` gives text to what stands over it
and stops at rules, so such a headline is left with no text and its columns
with no headline. A headline with no text and, level with it, columns no
headline took are one article: the rule only frames the headline's box.
"""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, TITLE
from .columns import ColumnBlock
from .segment import HeadingGroup, wall_between


def side_headline_claims(blocks: list[ColumnBlock], headings: list[HeadingGroup], separators: list[BBox],
                         body: float) -> dict[int, int]:
    """A horizontal headline left with no text heads the untitled columns
    level with it on its nearer side: the nearest one and those that run on
    from it at the same top, up to a rule or a column a headline took.
    Returns ``{id(block): heading index}`` for a second ownership pass."""
    flow = [b for b in blocks if b.role == BODY]
    owned = {b.owner for b in flow}
    claims: dict[int, int] = {}
    for i, h in enumerate(headings):
        if h.role != TITLE or h.vertical or i in owned or h.size < 1.5 * body:
            continue
        hx0, hy0, hx1, hy1 = h.bbox
        level = [b for b in flow if b.owner is None and id(b) not in claims and b.top <= hy1 and b.bottom >= hy0]
        right = min((b for b in level if b.left >= hx1 - body / 2), key=lambda b: b.left, default=None)
        left = max((b for b in level if b.right <= hx0 + body / 2), key=lambda b: b.right, default=None)
        if right is not None and (left is None or right.left - hx1 <= hx0 - left.right):
            first, step = right, 1
        elif left is not None:
            first, step = left, -1
        else:
            continue
        if _titled_between(h, first, headings):
            continue
        run = [first]
        while True:  # the columns the text runs through, away from the headline, until a rule
            last = run[-1]
            nxt = [b for b in level if b not in run and abs(b.top - last.top) <= 2 * body
                   and (b.left >= last.right - body / 2 if step > 0 else b.right <= last.left + body / 2)]
            if not nxt:
                break
            near = min(nxt, key=lambda b: b.left) if step > 0 else max(nxt, key=lambda b: b.right)
            lo, hi = (last.right, near.left) if step > 0 else (near.right, last.left)
            if wall_between(lo, hi, max(last.top, near.top), separators):
                break
            run.append(near)
        for column_top in run:
            for b in _column(column_top, flow, body):
                claims[id(b)] = i
    return claims


def _titled_between(h: HeadingGroup, first: ColumnBlock, headings: list[HeadingGroup]) -> bool:
    """Another headline stands between the headline and the column."""
    lo, hi = (h.bbox[2], first.left) if first.left >= h.bbox[2] else (first.right, h.bbox[0])
    return any(o is not h and o.role == TITLE and lo <= (o.bbox[0] + o.bbox[2]) / 2 <= hi
               and o.bbox[1] <= first.bottom and o.bbox[3] >= first.top for o in headings)


def _column(top: ColumnBlock, flow: list[ColumnBlock], body: float) -> list[ColumnBlock]:
    """The untitled blocks of one column from ``top`` down, each a few lines under the last."""
    column = [top]
    for o in sorted(flow, key=lambda o: o.top):
        if o is not top and o.owner is None and abs(o.left - top.left) <= body / 2 \
                and 0 <= o.top - column[-1].bottom <= 4 * body:
            column.append(o)
    return column


__all__ = ["side_headline_claims"]
