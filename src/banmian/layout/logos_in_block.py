"""A column logo set inside an article's block, right under its headline.

A logo (观察, 图说, 深一度) may stand at the head of an article's first
column, under the headline (and its byline) with no rule between, a photo and
the text under it. It heads nothing of its own: the text it took as a label's
is the headline's article's, not a headless article beside it.
"""

from __future__ import annotations

from .columns import ColumnBlock
from .roles import OTHER, TITLE
from .segment import HeadingGroup, rule_between, wall_between
from ..model import BBox

#: how far under the headline's foot (or its byline's) the logo may start, in body sizes
_UNDER = 2.5


def logos_in_headed_blocks(heads: list[HeadingGroup], blocks: list[ColumnBlock], separators: list[BBox],
                           body: float) -> None:
    """Give the text a logo owns to the headline right over the logo (its
    foot, or its byline's, at most a couple of lines over the logo's top, no
    rule between, the headline across the logo's text)."""
    owned: dict[int, list[ColumnBlock]] = {}
    for b in blocks:
        if b.owner is not None and heads[b.owner].role == OTHER:  # (most pages: no label owns text)
            owned.setdefault(b.owner, []).append(b)
    for i, own in owned.items():
        logo = heads[i]
        if logo.vertical:
            continue
        lx0, top, lx1, _ = logo.bbox
        x0, x1 = min([lx0] + [b.left for b in own]), max([lx1] + [b.right for b in own])
        best: tuple[float, int] | None = None
        for j, head in enumerate(heads):
            if head.role != TITLE or head.vertical:
                continue
            hx0, hy0, hx1, foot = head.bbox
            if hy0 >= top:
                continue
            its = sorted((b for b in blocks if b.owner == j), key=lambda b: b.top)
            if min(hx1, x1) - max(hx0, x0) <= 0 and not _columns_beside(its, top, x0, x1, separators, body):
                continue
            for b in its:
                if len(b.lines) <= 2 and 0 <= b.top - foot <= 1.5 * body and b.bottom <= top + 1:
                    foot = b.bottom  # its byline (■记者 张三) between the headline and the logo, not its text
            gap = top - foot
            if 0 <= gap <= _UNDER * body and not rule_between(foot, top, x0, x1, separators) \
                    and (best is None or gap < best[0]):
                best = (gap, j)
        if best is not None:
            for b in own:
                b.owner = best[1]


def _columns_beside(blocks: list[ColumnBlock], top: float, x0: float, x1: float, separators: list[BBox],
                    body: float) -> bool:
    """A headline centred over all its columns may stand clear of the logo's:
    its text then opens level with the logo, in the next column over (a
    gutter away, no rule between)."""
    for b in blocks:
        if abs(b.top - top) <= 1.5 * body:
            gap = b.left - x1 if b.left >= x1 else x0 - b.right if b.right <= x0 else -1.0
            lo, hi = (x1, b.left) if b.left >= x1 else (b.right, x0)
            if 0 <= gap <= 2 * body and not wall_between(lo, hi, top + body, separators):
                return True
    return False


__all__ = ["logos_in_headed_blocks"]
