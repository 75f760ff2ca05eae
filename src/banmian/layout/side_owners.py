"""What stands beside a block's top on the left (or a vertical headline on
either side): the block on the left level with it, whose text goes on into
it, or a headline beside it. Split from :mod:`.ownership`.
"""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, OTHER, TITLE
from .column_flow import OPENS_ARTICLE, continued_from, runs_on, stands_between
from .columns import ColumnBlock
from .config import LayoutConfig
from .headline_reach import heads_columns_under, heads_own_column, holds
from .region_sides import level_text_under
from .segment import HeadingGroup, wall_between
from .rules import parse_byline_line


def level_beside(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                 seps: list[BBox], frame_of: dict[int, BBox | None], head_frame: list[BBox | None],
                 frame: BBox | None, body: float, config: LayoutConfig,
                 region_top: float | None = None) -> tuple[str, object] | None:
    """The block on the left whose top is level with this one, or a heading
    beside the block's top (a side heading on the left, a vertical one on
    either side), with no vertical separator between. A label (a banner, a
    column logo) counts only when there is nothing else."""
    top = b.top
    best: tuple[str, object] | None = None
    best_d = float("inf")
    label: tuple[str, object] | None = None
    label_d = float("inf")
    opens = OPENS_ARTICLE.match(b.lines[0].text.lstrip()) is not None or continued_from(b)
    vertical_right = [j for j in titles if headings[j].vertical and headings[j].role == TITLE
                      and head_frame[j] == frame and headings[j].bbox[0] >= b.right  # (not one boxed apart)
                      and headings[j].bbox[1] - config.row_tolerance * body <= top <= headings[j].bbox[3]]
    open_right = any(not wall_between(b.right, headings[j].bbox[0], top, seps) for j in vertical_right)
    # the white space between this block and the next one on the right: the gutter of the row
    gutter = min([o.left - b.right for o in flow if o.left >= b.right - 1 and min(o.bottom, b.bottom) > max(o.top, b.top)]
                 + [headings[j].bbox[0] - b.right for j in vertical_right], default=float("inf")) \
        if open_right and not opens else float("inf")
    for o in flow:
        if opens or o is b or frame_of[id(o)] != frame or o.right > b.left + body or o.role == OTHER:
            continue
        if abs(o.top - top) > config.row_tolerance * body:
            continue
        if open_right and b.left - _column_right(o, b, flow, body) > max(2 * gutter, gutter + 2 * body) \
                and (b.role == OTHER or not runs_on(b, [o], body)):
            continue  # across white space wider than the row's gutter, with a vertical headline level on the right
        d = b.left - o.right
        if d < best_d and not wall_between(o.right, b.left, top, seps) \
                and not stands_between(o.right, b.left, top, flow):
            best, best_d = ("block", o), d
    for i in titles:
        h = headings[i]
        hx0, hy0, hx1, hy1 = h.bbox
        if head_frame[i] != frame and not (frame is not None and holds(frame, h.bbox)):
            continue
        level = hy0 - config.row_tolerance * body <= top <= hy1 + body
        in_region = region_top is not None and region_top - body <= hy0 <= top and hx1 <= b.left + body
        if not (level or in_region) or ((opens or not level)  # a block opening an article, or one far under
                                         and level_text_under(h.bbox, b, flow, config.row_tolerance * body)):
            continue
        first = b.lines[0]  # the block may widen below a vertical heading
        if hx1 <= b.left + body:
            if vertical_right and (heads_own_column(h, b, flow, body) or level and heads_columns_under(h, flow, body)) \
                    and not any(_opens_between(b, headings[j], flow, top) for j in vertical_right):
                continue  # a vertical headline level on the right is the one beside (unless its article opens nearer)
            d = b.left - hx1
            lo, hi = hx1, b.left
        elif h.vertical and hx0 >= first.x1 - body:
            if top > hy0 + 3 * body and _column_from_top_between(first.x1, hx0, hy0, top, flow, body) \
                    and _opened_over(b, flow, body, [headings[j].bbox for j in titles]):
                continue  # the headline's own column stands between, from its top down past this block's
            d = hx0 - first.x1
            lo, hi = first.x1, hx0
        else:
            continue
        if h.vertical and any(headings[j].role == TITLE and not headings[j].vertical
                              and lo - 1 <= headings[j].bbox[0] and headings[j].bbox[2] <= hi + 1
                              and hy0 - config.row_tolerance * body <= headings[j].bbox[1]
                              and headings[j].bbox[3] <= top for j in titles):
            continue  # another headline of the row stands between, over the columns there: they are its article's
        if not h.vertical and h.role == TITLE and b.role == OTHER and heads_columns_under(h, flow, body):
            continue  # a headline over columns of its own is no side headline of a photo beyond them
        if h.role == OTHER:
            if d < label_d and not wall_between(lo, hi, top, seps):
                label, label_d = ("heading", i), d
        elif d < best_d and not wall_between(lo, hi, top, seps):
            best, best_d = ("heading", i), d
    return best if best is not None else label


def _column_right(o: ColumnBlock, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> float:
    """The right edge of the column ``o`` stands in, left of ``b`` (its own
    lines may all be short: a brief's title over the column)."""
    return max([o.right] + [m.right for m in flow if m.role == BODY and abs(m.left - o.left) <= body / 2
                            and m.right < b.left])


def _column_from_top_between(lo: float, hi: float, head_top: float, top: float, flow: list[ColumnBlock],
                             body: float) -> bool:
    """A column of text between x = ``lo`` and ``hi`` opens level with a
    (vertical) headline's top and runs down past ``top``: the headline's
    article fills the columns beside it from its top; a block opening well
    under that top beyond such a column, down a column that opened over the
    headline's row (a brief's closing line, another item of a column of
    briefs: :func:`_opened_over`), is not beside the headline."""
    return any(o.role == BODY and lo - 1 <= o.left and o.right <= hi + 1 and o.top <= head_top + 2 * body
               and o.bottom >= top for o in flow)


def _opened_over(b: ColumnBlock, flow: list[ColumnBlock], body: float, heads: list[BBox]) -> bool:
    """Text of the block's own column stands a few lines over it, no heading
    between: the block goes on down a column, it opens none."""
    return any(o.role == BODY and o is not b and min(o.right, b.right) > max(o.left, b.left)
               and 0 <= b.top - o.bottom <= 8 * body
               and not any(h[1] >= o.bottom - 1 and h[3] <= b.top + 1 and min(h[2], b.right) > max(h[0], b.left)
                           for h in heads) for o in flow)


def _opens_between(b: ColumnBlock, h: HeadingGroup, flow: list[ColumnBlock], top: float) -> bool:
    """A column standing between the block and the (vertical) headline on its
    right, level with the block's top, opens an article (a byline line, a
    dateline): the headline's text starts there, not at the block."""
    return any(b.right - 1 <= o.left and o.right <= h.bbox[0] + 1 and o.top <= top <= o.bottom
               and o.role == BODY and (OPENS_ARTICLE.match(o.lines[0].text.lstrip())
                                            or parse_byline_line(o.lines[0].text) is not None) for o in flow)


__all__ = ["level_beside"]
