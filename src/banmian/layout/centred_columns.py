"""A column between two articles, under neither headline, goes to the one
whose headline it keeps centred (a headline is set centred over its
article's columns): a pass after ownership, on the owners it gave."""

from __future__ import annotations

from .column_flow import opens_paragraph, runs_on
from .columns import ColumnBlock
from .reflow import ends_sentence
from .roles import OTHER, TITLE
from .segment import HeadingGroup


def rebalance_centred(blocks: list[ColumnBlock], headings: list[HeadingGroup], body: float) -> None:
    """A column between two articles, under neither headline, joins the one
    whose headline it centres: a headline is set centred over its article's
    columns, so the column goes where both articles' columns stay (or come)
    centred under their headlines."""
    def span(owner: int) -> tuple[float, float] | None:
        own = [b for b in blocks if b.owner == owner and b.role != OTHER]
        return (min(b.left for b in own), max(b.right for b in own)) if own else None

    boxes = [h.bbox for h in headings]  # (each a walk of its lines: once, not once a block and heading)
    for b in blocks:
        if b.owner is None or b.role == OTHER:
            continue
        left = headings[b.owner]
        lx0, _, lx1, _ = boxes[b.owner]
        if min(lx1, b.right) - max(lx0, b.left) > 0 or left.vertical:
            continue  # under its own headline
        rights = [i for i, h in enumerate(headings) if i != b.owner and h.role == TITLE and not h.vertical
                  and b.right - body <= boxes[i][0] and boxes[i][3] <= b.top and b.top - boxes[i][3] <= 6 * body]
        if not rights:
            continue
        other = min(rights, key=lambda i: boxes[i][0])
        mine, theirs = span(b.owner), span(other)
        if mine is None or theirs is None or b.right > theirs[0] + body:
            continue
        mine_centre, theirs_centre = (lx0 + lx1) / 2, (boxes[other][0] + boxes[other][2]) / 2
        rest = [x for x in blocks if x.owner == b.owner and x is not b and x.role != OTHER]
        if not rest:
            continue
        mine_without = (min(x.left for x in rest) + max(x.right for x in rest)) / 2
        before = abs((mine[0] + mine[1]) / 2 - mine_centre) + abs((theirs[0] + theirs[1]) / 2 - theirs_centre)
        after = abs(mine_without - mine_centre) + abs((b.left + theirs[1]) / 2 - theirs_centre)
        # both headlines centred: the one on the left over its columns without this one;
        # and the text does not run on into this column from the one on its left
        if after < before - body and abs(mine_without - mine_centre) <= body and not runs_on(b, rest, body) \
                and not _goes_on_from_a_foot(b, rest, body):
            b.owner = other


def _goes_on_from_a_foot(b: ColumnBlock, rest: list[ColumnBlock], body: float) -> bool:
    """``b`` opens without an indent and a column of its own article on its
    left, reaching below its top, ends mid-sentence: the text runs on into it
    (from a column that starts lower, under a photo)."""
    if opens_paragraph(b):
        return False
    return any(o.right <= b.left + body and o.bottom > b.top and not ends_sentence(o.lines[-1].text) for o in rest)
