"""A rule across the page parts what is above it from what is below.

A horizontal rule running under the whole width of a headline far over it
closes that article: a column opening under the rule belongs to it only by
running on (handled first by ownership). When a headline stands under the
rule, in the band over the row of columns the block opens, and that row
reaches under it gutter by gutter with no wall, the headline heads the row,
its first columns beyond the headline's left end too (a headline centred
over more columns than its text fills).
"""

from __future__ import annotations

from ..model import BBox
from .column_flow import rule_over
from .columns import ColumnBlock
from .roles import BODY, OTHER, SUBHEADING, TITLE
from .segment import HeadingGroup, wall_between

#: the widest gutter between two columns of one row, in body sizes
_GUTTER = 3.0


def headline_under_rule(b: ColumnBlock, rule: tuple[float, float], rule_y: float, over: HeadingGroup,
                        headings: list[HeadingGroup], titles: list[int], flow: list[ColumnBlock],
                        seps: list[BBox], body: float, tolerance: float) -> int | None:
    """The headline under the rule at ``rule_y`` (x-extent ``rule``) that
    heads the row of columns the block opens, when that rule runs under the
    whole of ``over``, the headline over it; else None."""
    if rule[0] > over.bbox[0] + body or rule[1] < over.bbox[2] - body:
        return None  # the rule stops short under the headline over it: no wall across its article
    band = [i for i in titles if headings[i].role == TITLE and not headings[i].vertical
            and rule_y - 1 <= headings[i].bbox[1] and headings[i].bbox[3] <= b.top + 1
            and rule[0] - body <= headings[i].bbox[0] and headings[i].bbox[2] <= rule[1] + body]
    if not band:
        return None
    reached = _row_right(b, flow, seps, body, tolerance)
    heads = [i for i in band if headings[i].bbox[0] >= b.right - body and headings[i].bbox[0] < reached]
    return min(heads, key=lambda i: headings[i].bbox[0]) if heads else None


def _row_right(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox], body: float, tolerance: float) -> float:
    """How far right the row the block opens runs: columns whose tops are
    level with the block's, each a gutter from the last, no wall between."""
    row = sorted((o for o in flow if o is not b and o.role in (BODY, SUBHEADING) and o.left >= b.right - body
                  and abs(o.top - b.top) <= tolerance * body), key=lambda o: o.left)
    right = b.right
    for o in row:
        if o.left - right > _GUTTER * body or wall_between(right, o.left, b.top + body, seps):
            break
        right = max(right, o.right)
    return right


def closes_the_row_over(b: ColumnBlock, rule: tuple[float, float], rule_y: float, over: HeadingGroup,
                        flow: list[ColumnBlock], seps: list[BBox], body: float, heads: list[BBox] | None = None) -> bool:
    """The rule at ``rule_y`` over the block runs across the page's text (from
    its leftmost column to its rightmost, as a banner's bar does), under the
    whole of ``over``, and a column set after ``over``'s top ends just over the
    rule's top (its own top: a bar is thick), or a photo with its caption does
    (an article closing on a photo): the row's text ends there, and a
    column opening under the rule with no headline over its row is the part of
    another article (none of it on the page), not ``over``'s text going on.
    A column ending up to 5 body sizes over the rule (its last lines fell
    short) ends the row too when no block or heading (``heads``) stands
    between its foot and the rule."""
    if not spans_under(rule, rule_y, over, flow, seps, body):
        return False
    ends = [o for o in flow if o.role == BODY or _photo(o)]  # (a photo and its caption may end the row too)
    top = min([s[1] for s in seps if s[2] - s[0] >= s[3] - s[1] and abs(s[3] - rule_y) <= 2
               and min(s[2], b.right) - max(s[0], b.left) > 0], default=rule_y)
    return any(o.bottom <= top + 1 and o.top >= over.bbox[1] - 1 and (top - o.bottom <= 3 * body or (
        top - o.bottom <= 5 * body and not _between_foot_and(o, top, flow, heads))) for o in ends)


def _photo(o: ColumnBlock) -> bool:
    """A photo in the flow (with its caption): a block of one empty line, no text's."""
    return o.role == OTHER and len(o.lines) == 1 and not o.lines[0].text


def closed_over(b: ColumnBlock, over: HeadingGroup, above: tuple[str, object, float] | None,
                flow: list[ColumnBlock], seps: list[BBox], body: float) -> bool:
    """The thing nearest over the block (``above``: kind, what, distance) is a
    rule under the whole of ``over`` and across the page's text
    (:func:`spans_under`): with no text running on into the block, ``over``'s
    row ends at that rule."""
    if above is None or above[0] != "separator":
        return False
    rule_y = b.top - above[2]
    extent = rule_over(b, rule_y, seps) or (b.left, b.right)
    return over.bbox[3] <= rule_y and spans_under(extent, rule_y, over, flow, seps, body)


def spans_under(rule: tuple[float, float], rule_y: float, over: HeadingGroup, flow: list[ColumnBlock],
                seps: list[BBox], body: float) -> bool:
    """The rule at ``rule_y`` runs under the whole of ``over`` and across the
    page's text, from its leftmost column to its rightmost (or from a column
    rule down the page to the page's edge: it closes the region it spans)."""
    if rule[0] > over.bbox[0] + body or rule[1] < over.bbox[2] - body:
        return False
    text = [o for o in flow if o.role == BODY]
    return bool(text) and (rule[0] <= min(o.left for o in text) + 2 * body or _abuts_wall(rule[0], rule_y, seps, body)) \
        and (rule[1] >= max(o.right for o in text) - 2 * body or _abuts_wall(rule[1], rule_y, seps, body))


def _between_foot_and(o: ColumnBlock, y: float, flow: list[ColumnBlock], heads: list[BBox] | None) -> bool:
    """A block or heading stands across the column's width between its foot and ``y``."""
    return any(min(bx[2], o.right) - max(bx[0], o.left) > 0 and bx[3] > o.bottom + 1 and bx[1] < y - 1
               for bx in [q.bbox for q in flow if q is not o] + (heads or []))


def _abuts_wall(x: float, y: float, seps: list[BBox], body: float) -> bool:
    """A vertical rule standing at height ``y`` within a body size of ``x``
    (a rule's end drawn up to a column rule: the region's edge)."""
    return any(s[3] - s[1] > s[2] - s[0] and abs((s[0] + s[2]) / 2 - x) <= body and s[1] - 2 <= y <= s[3] + 2
               for s in seps)


__all__ = ["closed_over", "closes_the_row_over", "headline_under_rule", "spans_under"]
