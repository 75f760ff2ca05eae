"""The articles of a PDF page in the order a reader takes them: the page is
cut across where no article's region straddles the cut (the top part
first), else down (the left part first), part by part (recursive XY-cut)."""

from __future__ import annotations

from ..model import Article, BBox, union


def reading_order(articles: list[Article]) -> list[Article]:
    """Articles in reading order by recursive XY-cut of their regions: cut
    the page across where no article straddles (top part first), else down
    (left part first); what cannot be cut goes by its top, then its left."""
    boxed = [(union(list(a.bbox)) if a.bbox else (0.0, 0.0, 0.0, 0.0), a) for a in articles]

    def cut(items: list[tuple[BBox, Article]]) -> list[Article]:
        if len(items) <= 1:
            return [a for _, a in items]
        for axis in (1, 0):
            spans = sorted((box[axis], box[axis + 2]) for box, _ in items)
            reach = spans[0][1]
            for lo, hi in spans[1:]:
                if lo >= reach - 2:  # a gap: nothing straddles it
                    first = [it for it in items if it[0][axis + 2] <= reach + 0.01]
                    rest = [it for it in items if it[0][axis + 2] > reach + 0.01]
                    if first and rest:
                        return cut(first) + cut(rest)
                reach = max(reach, hi)
        return [a for _, a in sorted(items, key=lambda it: (it[0][1], it[0][0]))]

    return cut(boxed)


__all__ = ["reading_order"]
