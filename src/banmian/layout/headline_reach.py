"""Where a headline stands from a column block: level with its top on the
right, just over its row, in the white space above it, over columns of its
own. Ownership (ownership.py) weighs these against the text around a block."""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, OTHER, SUBHEADING, TITLE
from .column_flow import level_on_right, stands_between
from .columns import ColumnBlock
from .config import LayoutConfig
from .segment import HeadingGroup, wall_between


def holds(frame: BBox, box: BBox) -> bool:
    """Does ``frame`` hold ``box`` (2 pt of slack: a frame is drawn round its text)?"""
    return frame[0] - 2 <= box[0] and box[2] <= frame[2] + 2 and frame[1] - 2 <= box[1] and box[3] <= frame[3] + 2


def heading_in_gap(b: ColumnBlock, over: ColumnBlock, headings: list[HeadingGroup], titles: list[int],
                    seps: list[BBox], head_frame: list[BBox | None], frame: BBox | None) -> int | None:
    """A headline set wholly in the white space between the block above and
    this block, off to one side (centred over other columns): it opens the
    row this block is in. The nearest such headline, with no wall between."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        hx0, hy0, hx1, hy1 = h.bbox
        if h.role != TITLE or h.vertical or head_frame[i] != frame or not (over.bottom < hy0 and hy1 <= b.top + 1):
            continue
        gap = max(hx0 - b.right, b.left - hx1, 0.0)
        lo, hi = (b.right, hx0) if hx0 >= b.right else (hx1, b.left)
        if (lo >= hi or not wall_between(lo, hi, (hy0 + hy1) / 2, seps)) and (best is None or gap < best[0]):
            best = (gap, i)
    return best[1] if best else None


def heading_on_right(b: ColumnBlock, headings: list[HeadingGroup], titles: list[int], seps: list[BBox],
                      head_frame: list[BBox | None], frame: BBox | None, body: float,
                      config: LayoutConfig, over_row: bool = False, reach: float = 4.0) -> int | None:
    """A headline (not a label) a gutter or so to the right whose top is level
    with the block's: the block is its article's first column, set beside it.
    With ``over_row``, one whose foot stands just over the block's top will do."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        hx0, hy0, hy1 = h.bbox[0], h.bbox[1], h.bbox[3]
        if h.role != TITLE or h.vertical or head_frame[i] != frame:
            continue
        gap = hx0 - b.right
        level = abs(hy0 - b.top) <= config.row_tolerance * body or (over_row and 0 <= b.top - hy1 <= 2 * body)
        if -body <= gap <= reach * body and level \
                and not wall_between(b.right, hx0, b.top, seps) and (best is None or gap < best[0]):
            best = (gap, i)
    return best[1] if best else None


def heading_atop_rule(b: ColumnBlock, rule_y: float, headings: list[HeadingGroup], titles: list[int],
                      seps: list[BBox], head_frame: list[BBox | None], frame: BBox | None, body: float) -> int | None:
    """A headline standing right under the rule over the block (its top within
    a line or so of the rule, its foot over the block's top), a gutter or so to
    the block's right, no wall between: the rule opens a new row of articles,
    and a headline atop that row set a little right of its first column (a
    label-like 来论 over a row of pieces) heads that column too."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        hx0, hy0, _, hy1 = h.bbox
        if h.role != TITLE or h.vertical or head_frame[i] != frame:
            continue
        if not (rule_y - body <= hy0 <= rule_y + 1.5 * body and hy1 <= b.top):
            continue
        gap = hx0 - b.right
        if -body <= gap <= 4 * body and not wall_between(b.right, hx0, b.top, seps) and (best is None or gap < best[0]):
            best = (gap, i)
    return best[1] if best else None


def headline_over_row(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                       seps: list[BBox], head_frame: list[BBox | None], frame: BBox | None,
                       body: float, reach: float = 12.0) -> tuple[float, int] | None:
    """(gap, index) of the nearest headline on the right (within ``reach``
    body sizes) whose foot, with its byline, stands within two lines over the
    block's top, no wall and no column between: a headline centred over a row
    of columns heads the row's first column too, though it does not reach over it."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        if h.role != TITLE or h.vertical or head_frame[i] != frame:
            continue
        gap = h.bbox[0] - b.right
        if not -body <= gap <= reach * body or not 0 <= b.top - foot_with_byline(h, flow, body, b.top) <= 2 * body:
            continue
        if wall_between(b.right, h.bbox[0], b.top, seps) or stands_between(b.right, h.bbox[0], b.top, flow):
            continue
        if best is None or gap < best[0]:
            best = (gap, i)
    return best


#: the widest gutter between a row's columns set loosely, in body sizes (all its gutters alike)
_WIDE_GUTTER = 3.0


def centred_over_row(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                     seps: list[BBox], head_frame: list[BBox | None], frame: BBox | None, body: float) -> int | None:
    """The headline centred over the row of columns the block opens: columns
    of the block's width whose tops are level with its top, each a gutter from
    the next with no rule between (from the row's first column to its last).
    A headline whose foot stands just over that row and whose middle is the
    row's middle heads all of its columns, those beyond its ends too. A line
    alone over a column (a reporter's line) stands for the column under it.
    Gutters are up to two body sizes; a row set loosely (up to three, all
    alike) counts when no headline is centred over the tighter one."""
    if b.role != BODY:
        return None
    left, right = _column_span(b, flow, body)
    width = right - left
    # a column holding one short line (a paragraph's last) spans the row's column width from its left edge
    spans = sorted({_short_column_span(o, _column_span(o, flow, body), width)
                    for o in flow if o.role in (BODY, SUBHEADING) and abs(o.top - b.top) <= body / 2} | {(left, right)})
    spans = [sp for sp in spans if abs((sp[1] - sp[0]) - (right - left)) <= body]
    k = spans.index((left, right))
    # first the columns a gutter of up to two body sizes apart; then, when no headline is
    # centred over those, a row set loosely: gutters up to three body sizes, all alike
    for loose in (False, True):
        row = _row_of(k, spans, b.top, seps, body, loose)
        if row is None:
            continue
        left, right = row
        for i in titles:
            h = headings[i]
            x0, x1 = h.bbox[0], h.bbox[2]
            if h.role != TITLE or h.vertical or head_frame[i] != frame or x0 < left - body or x1 > right + body:
                continue
            # (within two body sizes: a quote mark or bracket at an end shifts the box off the middle)
            if abs((x0 + x1) / 2 - (left + right) / 2) <= 2 * body \
                    and 0 <= b.top - foot_with_byline(h, flow, body, b.top) <= 3 * body:
                return i
    return None


def _row_of(k: int, spans: list[tuple[float, float]], top: float, seps: list[BBox], body: float,
            loose: bool) -> tuple[float, float] | None:
    """The row of columns around ``spans[k]`` (its left and right), three
    columns or more, each a gutter from the next with no rule between:
    gutters up to two body sizes, or (``loose``) up to three, all alike."""
    gaps: list[float] = []  # the row's gutters so far (set loosely, all alike)

    def gutter(x0: float, x1: float) -> bool:
        gap = x1 - x0
        if gap < 0 or gap > (_WIDE_GUTTER if loose else 2.0) * body or wall_between(x0, x1, top, seps):
            return False
        if loose and gaps and abs(gap - gaps[0]) > 0.5 * body:
            return False
        gaps.append(gap)
        return True

    lo = hi = k
    while lo > 0 and gutter(spans[lo - 1][1], spans[lo][0]):
        lo -= 1
    while hi + 1 < len(spans) and gutter(spans[hi][1], spans[hi + 1][0]):
        hi += 1
    if hi - lo < 2:
        return None  # a row of three columns or more has a middle to tell
    return spans[lo][0], spans[hi][1]


def _short_column_span(o: ColumnBlock, span: tuple[float, float], width: float) -> tuple[float, float]:
    """A column holding one short line (a paragraph's last) spans the row's column width from its left edge."""
    return (o.left, o.left + width) if len(o.lines) == 1 and span == (o.left, o.right) and o.width < width else span


def _column_span(o: ColumnBlock, flow: list[ColumnBlock], body: float) -> tuple[float, float]:
    """The column a block stands in: its own span, or, for a line alone over a
    column (a reporter's line, a paragraph's last line) or a subheading opening
    it at the row's top (centred, narrower than the column), the column right under it."""
    heading = o.role == SUBHEADING
    if len(o.lines) == 1 or heading:
        for u in flow:
            within = u.left - body / 2 <= o.left and o.right <= u.right + body / 2
            if u.role == BODY and len(u.lines) > 1 and 0 <= u.top - o.bottom <= 1.5 * body \
                    and (abs(u.left - o.left) <= body or (heading and within)):
                return (u.left, u.right)
    return (o.left, o.right)


def in_step_under(b: ColumnBlock, h: HeadingGroup, flow: list[ColumnBlock], seps: list[BBox],
                   frame_of: dict[int, BBox | None], frame: BBox | None, body: float, config: LayoutConfig) -> bool:
    """The block's top is the top of the column next on its right, a column
    (or a photo) under the headline ``h``: the two open one row of that headline's article."""
    right = level_on_right(b, flow, seps, frame_of, frame, body, config)
    if right is None:
        return False
    if right.role == OTHER:  # a photo whose top is level with the block's, under the headline
        return abs(right.top - b.top) <= body / 2 and min(right.right, h.bbox[2]) - max(right.left, h.bbox[0]) > 0
    if right.role not in (BODY, SUBHEADING):
        return False
    opening = [o.top for o in flow if o.role == SUBHEADING and o.top < right.top
               and 0 <= right.top - o.bottom <= 1.5 * body and min(o.right, right.right) - max(o.left, right.left) > 0]
    if right.role == SUBHEADING or opening:  # a subheading opens that column, half a line or so under the row's top
        return abs(min(opening + [right.top]) - b.top) <= body \
            and min(right.right, h.bbox[2]) - max(right.left, h.bbox[0]) > 0
    return abs(right.top - b.top) <= body / 2 and min(right.right, h.bbox[2]) - max(right.left, h.bbox[0]) > 0


def nearer_than_beside(b: ColumnBlock, side: tuple[str, object], gap: float, headings: list[HeadingGroup],
                        flow: list[ColumnBlock], body: float) -> bool:
    """A headline over the row on the right ``gap`` away heads the block
    rather than what :func:`_beside` found: a column on the left not in step
    with the block's top, or not running on into it (the block opens a
    paragraph in the width of the row's columns, not of that one), a side headline farther away, or a vertical
    headline farther away or beyond columns of its own."""
    kind, ref = side
    if kind == "block":  # (a column opening a paragraph, as wide as the next column on the right and not as
        first = b.lines[0]  # the one on the left, goes on from no column: the row's headline heads it)
        if abs(ref.top - b.top) > body or not first.text.strip():  # (no text runs on into a photo)
            return True
        right = min((o for o in flow if o.role == BODY and o.left >= b.right - body and abs(o.top - b.top) <= body),
                    key=lambda o: o.left, default=None)
        return first.x0 - b.left >= 0.8 * first.size and right is not None \
            and abs(right.width - b.width) < abs(ref.width - b.width) - body / 2  # type: ignore[attr-defined]
    h = headings[ref]  # type: ignore[index]
    if not h.vertical:
        return gap < b.left - h.bbox[2]
    lo, hi = (h.bbox[2], b.left) if h.bbox[2] <= b.left else (b.right, h.bbox[0])
    return gap < hi - lo or stands_between(lo, hi, b.top, [o for o in flow if o.role == BODY])


def heads_own_column(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """A column of text starts right under the heading, under it in x, and
    white space wider than a gutter (no column) lies between it and ``b``:
    the heading heads that column, so ``b`` beyond the gap is not beside it
    (its text does not run on across the white space)."""
    x0, _, x1, y1 = h.bbox
    for o in flow:
        if o.role == BODY and len(o.lines) >= 2 and y1 - 1 <= o.top <= y1 + 3 * body \
                and o.left < x1 and o.right > x0 and o.right <= b.left - 3 * body \
                and not any(m.role == BODY and o.right - body <= m.left and m.right <= b.left + body
                            and min(m.bottom, b.bottom) > max(m.top, b.top) for m in flow):
            return True
    return False


def heads_columns_apart(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """The headline heads columns of its own apart from ``b``: under it (a
    horizontal one), or standing between it and ``b`` (a vertical one)."""
    if not h.vertical:
        return heads_columns_under(h, flow, body)
    lo, hi = (h.bbox[2], b.left) if h.bbox[2] <= b.left else (b.right, h.bbox[0])
    return stands_between(lo, hi, b.top, [o for o in flow if o.role == BODY])


def heads_columns_under(h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """A column of text (two lines or more) or a photo starts right under the
    headline and its byline (within three lines of their foot), mostly under it in x
    (or the headline mostly over it: a photo wider than its headline)."""
    x0, _, x1, _ = h.bbox
    y1 = foot_with_byline(h, flow, body, float("inf"))
    return any((o.role == OTHER or (o.role == BODY and len(o.lines) >= 2)) and y1 - 1 <= o.top <= y1 + 3 * body
               and min(o.right, x1) - max(o.left, x0) >= 0.5 * min(o.width, x1 - x0) for o in flow)


def foot_with_byline(h: HeadingGroup, flow: list[ColumnBlock], body: float, row_top: float) -> float:
    """The foot of a headline with its byline: the byline lines it holds and a
    one-line block set right under it (within a line and a half, under it in x),
    over the top of the row at ``row_top`` (a line level with it opens a column)."""
    x0, _, x1, foot = h.bbox
    foot = max([foot] + [ln.y1 for ln in h.bylines if ln.y0 >= foot - 1])
    lines = sorted((o for o in flow if len(o.lines) == 1 and o.role != OTHER  # text lines, no photo
                    and min(o.right, x1) - max(o.left, x0) > 0
                    and o.top < row_top - 1), key=lambda o: o.top)  # the few one-line blocks under it, top down
    for o in lines:
        if foot - 1 <= o.top <= foot + 1.5 * body:
            foot = o.bottom
    return foot


def heading_on_rule(b: ColumnBlock, rule_y: float, headings: list[HeadingGroup], titles: list[int],
                     seps: list[BBox], frame: BBox | None, head_frame: list[BBox | None],
                     body: float) -> int | None:
    """A headline standing on the rule right over the block (its foot within
    a line of the rule), over the block's first line in x: a column's tab.
    A heading with a rule right over it too is a band (a banner), no tab."""
    first = b.lines[0]
    for i in titles:
        h = headings[i]
        if h.role != TITLE or h.vertical or head_frame[i] != frame:
            continue
        hx0, hy0, hx1, hy1 = h.bbox
        if not (rule_y - body <= hy1 <= rule_y + 2 and min(hx1, first.x1) - max(hx0, first.x0) > 0):
            continue
        if not any(hy0 - body <= (s[1] + s[3]) / 2 <= hy0 and s[2] - s[0] > s[3] - s[1]
                   and min(s[2], hx1) - max(s[0], hx0) > 0 for s in seps):
            return i
    return None


def heading_above(b: ColumnBlock, headings: list[HeadingGroup], titles: list[int], frame: BBox | None,
                   head_frame: list[BBox | None]) -> int | None:
    """The nearest title above the block in its frame, overlapping it in x."""
    best: tuple[int, float, int] | None = None
    for i in titles:
        h = headings[i]
        if head_frame[i] != frame and not (frame is not None and holds(frame, h.bbox)):
            continue
        hx0, hy0, hx1, hy1 = h.bbox
        if hy0 > b.top:
            continue
        if min(hx1, b.right) - max(hx0, b.left) <= 0:
            continue
        key = (0, b.top - hy1, i)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def column_width_under(h: HeadingGroup, flow: list[ColumnBlock], body: float) -> float | None:
    """The width of the columns that open under the headline (and its byline),
    the widest run of them: an article's columns share one width."""
    x0, _, x1, _ = h.bbox
    foot = foot_with_byline(h, flow, body, float("inf"))
    widths = sorted(o.width for o in flow if o.role == BODY and len(o.lines) >= 2
                    and foot - 1 <= o.top <= foot + 4 * body and min(o.right, x1) - max(o.left, x0) > 0)
    return widths[len(widths) // 2] if widths else None

