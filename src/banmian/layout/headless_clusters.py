"""Blocks no headline owns, grouped into parts (PDF mode).

Columns with no headline over them on the page (the rest of an article sent
on from another page, set under another article) are grouped by where they
stand: one under the next in a column, or side by side with level tops. A
rule drawn between two of them parts them as it parts any two articles: a
part under a rule across the column is another article's text, not the one
over it going on (a part set under another article's columns across the
row's rule, the other side of a column rule beside it).
"""

from __future__ import annotations

from ..model import BBox
from .column_flow import continued_from
from .columns import ColumnBlock
from .frame_labels import smallest_frame


def _rule_across(lo: float, hi: float, y0: float, y1: float, seps: list[BBox], body: float) -> bool:
    """A horizontal rule between heights y0 and y1 over most of x = lo..hi."""
    need = min(hi - lo, 2 * body)
    return any(s[2] - s[0] >= s[3] - s[1] and y0 - 2 <= (s[1] + s[3]) / 2 <= y1 + 2
               and min(s[2], hi) - max(s[0], lo) >= need for s in seps)


def _rule_upright(x0: float, x1: float, y0: float, y1: float, seps: list[BBox]) -> bool:
    """A vertical rule between x0 and x1 standing over part of heights y0..y1."""
    return any(s[3] - s[1] > s[2] - s[0] and x0 - 2 <= (s[0] + s[2]) / 2 <= x1 + 2
               and min(s[3], y1) - max(s[1], y0) > 0 for s in seps)


def headless_clusters(blocks: list[ColumnBlock], seps: list[BBox], body: float,
                      frames: list[BBox] = ()) -> list[list[ColumnBlock]]:  # type: ignore[assignment]
    """Blocks no headline owns, grouped by where they stand: one under the
    next in a column, or side by side with level tops, with no rule between.
    A block opening with a note that its text comes from another page
    (（上接第2版）) goes on from none of them: it opens a part of its own.
    ``frames``: the frames round articles' regions; the blocks one holds are one
    part (its columns may start at any height, under a photo)."""
    parent = list(range(len(blocks)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, a in enumerate(blocks):
        for j in range(i + 1, len(blocks)):
            b = blocks[j]
            lo, hi = max(a.left, b.left), min(a.right, b.right)
            overlap = hi - lo
            if overlap > 0 and 0 <= b.top - a.bottom <= 3 * body:
                joined = not (seps and _rule_across(lo, hi, a.bottom, b.top, seps, body)) and not continued_from(b)
            elif overlap > 0 and 0 <= a.top - b.bottom <= 3 * body:
                joined = not (seps and _rule_across(lo, hi, b.bottom, a.top, seps, body)) and not continued_from(a)
            elif abs(a.top - b.top) <= 2.5 * body and min(abs(a.left - b.right), abs(b.left - a.right)) <= 4 * body:
                left, right = (a, b) if a.left <= b.left else (b, a)
                joined = not (seps and _rule_upright(left.right, right.left, max(a.top, b.top),
                                                     min(a.bottom, b.bottom), seps)) and not continued_from(right)
            else:
                joined = False
            if joined:
                parent[find(i)] = find(j)
    held: dict[BBox, int] = {}  # a frame round an article's region holds one part, however its columns stand
    for i, b in enumerate(blocks):
        frame = smallest_frame(b.bbox, frames) if frames else None
        if frame is not None and frame in held:
            parent[find(i)] = find(held[frame])
        elif frame is not None:
            held[frame] = i
    groups: dict[int, list[ColumnBlock]] = {}
    for i, b in enumerate(blocks):
        groups.setdefault(find(i), []).append(b)
    return list(groups.values())
