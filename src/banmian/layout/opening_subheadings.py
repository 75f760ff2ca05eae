"""Small headings opening a column inside an article's text: nothing of the
article stands over them in their column to show they are its subheadings
(:func:`.segment.classify_subheadings` looks there), so what stands around
them must: a subheading set alike lower in the column, or a lead-in dash
(湖北潜江——) with only text under it, or a subheading set alike in a column
beside, the row's text between them with no rule and no other heading, or
the column beside opening level with it under the headline over both, or
the first line of a side headline's text opening level with it beside, or
a frame round it alone as round a subheading set alike elsewhere. (Not
the column beside running on past them: a column of news briefs stands a
gutter beside an article too.)"""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, SUBHEADING, TITLE
from .columns import ColumnBlock
from .config import DEFAULT, LayoutConfig
from .segment import HeadingGroup, rule_between, smallest_frame
from .row_heads import heads_a_row
from .subheading_roles import framed_stack

#: how level the heading's top and the text's first line beside stand (body sizes)
_LEVEL = 0.5


def subheadings_opening_columns(groups: list[HeadingGroup], blocks: list[ColumnBlock], separators: list[BBox],
                                body: float, config: LayoutConfig = DEFAULT,
                                frames: list[BBox] = ()) -> None:  # type: ignore[assignment]
    """A small heading (under 1.3 times the body) opening a column inside an
    article's text, with nothing over it in its column to show it: a
    subheading when one set alike stands lower in its column, or when it
    leads in with —— (湖北潜江——) to no heading under it, only the text (a
    kicker's dash leads into its title). Not under another heading (a brief
    column's label, a kicker), unless each is framed alone and stacked with
    it (a part's heading and its reporters' names): such a stack is judged
    as one, its top under nothing, its foot over the text, one of its lines
    set as a subheading is."""
    reach = config.subheading_reach * body
    for _ in range(4):
        subheads = [g for g in groups if g.role == SUBHEADING and not g.vertical]
        small = [g for g in groups if g.role == TITLE and not g.vertical and len(g.lines) <= 3
                 and g.size < 1.3 * body]
        found: list[HeadingGroup] = []
        for g in small:
            stack = _framed_stack_of(g, small, frames, body)
            others = [h for h in groups if h not in stack]
            top, foot = min(stack, key=lambda h: h.bbox[1]), max(stack, key=lambda h: h.bbox[3])
            if not _heads_a_column(foot, blocks, separators, reach) or _heading_right_over(top, others + [top], body):
                continue
            if heads_a_row(foot.bbox, blocks, separators, body):
                continue  # the next column opens level with the text under it: the row's headline
            if any(_framed_like_a_subheading(h, subheads, frames, body)
                   or _in_style_of_a_subheading_under(h, subheads, blocks, separators, body)
                   or _in_style_of_a_subheading_beside(h, subheads, others + [h], blocks, separators, body)
                   or _level_with_the_row_under_its_headline(h, others + [h], blocks, separators, body)
                   or _level_with_the_text_under_a_side_headline(h, others + [h], blocks, separators, body)
                   or _leads_into_text(h, others + [h], body) for h in stack):
                found.append(g)
        for g in found:
            g.role = SUBHEADING
        if not found:
            break


def _framed_stack_of(g: HeadingGroup, small: list[HeadingGroup], frames: list[BBox], body: float
                     ) -> list[HeadingGroup]:
    """``g`` and the small headings framed one by one stacked with it in its column."""
    if not frames or len(g.lines) != 1:
        return [g]
    singles = [h for h in small if h is not g and len(h.lines) == 1]
    boxes = framed_stack(g.bbox, [h.bbox for h in singles], frames, body)
    return [g] + [h for h in singles if h.bbox in boxes]


def _heads_a_column(g: HeadingGroup, blocks: list[ColumnBlock], separators: list[BBox], reach: float) -> bool:
    """Column text (two lines or more) stands right under the heading, no rule between."""
    x0, _, x1, y1 = g.bbox
    return any(len(b.lines) >= 2 and min(b.right, x1) - max(b.left, x0) > 0.5 * (x1 - x0) and 0 <= b.top - y1 <= reach
               and not rule_between(y1, b.top, x0, x1, separators) for b in blocks)


def _framed_like_a_subheading(g: HeadingGroup, subheads: list[HeadingGroup], frames: list[BBox],
                              body: float) -> bool:
    """Framed alone, as a subheading elsewhere on the page is, in its size and
    face: boxed subheadings are set alike wherever they fall, and one opening a
    column (under a neighbour's foot, an L-shaped article's text running on
    under it) is one too; a headline stands over its columns unframed."""
    if not frames or len(g.lines) > 2 or not _boxed(g.bbox, frames):
        return False
    return any(abs(s.size - g.size) < 0.3 and s.lines[0].font == g.lines[0].font and _boxed(s.bbox, frames)
               for s in subheads)


def _boxed(box: BBox, frames: list[BBox]) -> bool:
    """In a frame of its own height or so (as wide as its column, or hugging it)."""
    f = smallest_frame(box, frames)
    return f is not None and f[3] - f[1] <= 2.5 * (box[3] - box[1]) + 4


def _leads_into_text(g: HeadingGroup, groups: list[HeadingGroup], body: float) -> bool:
    x0, _, x1, y1 = g.bbox
    return g.lines[-1].text.rstrip().endswith("——") and not any(
        h is not g and not h.vertical and 0 <= h.bbox[1] - y1 <= 2 * body and min(h.bbox[2], x1) - max(h.bbox[0], x0) > 0
        for h in groups)


def _heading_right_over(g: HeadingGroup, groups: list[HeadingGroup], body: float) -> bool:
    x0, y0, x1, _ = g.bbox
    return any(h is not g and not h.vertical and 0 <= y0 - h.bbox[3] <= 2 * body
               and min(h.bbox[2], x1) - max(h.bbox[0], x0) > 0 for h in groups)


def _in_style_of_a_subheading_under(g: HeadingGroup, subheads: list[HeadingGroup], blocks: list[ColumnBlock],
                                    separators: list[BBox], body: float) -> bool:
    """Lower in the heading's own column, past that column's text and no rule,
    stands a subheading in its size and face: the articles's subheadings are
    set alike, so this one is a subheading too (opening the column)."""
    x0, _, x1, y1 = g.bbox
    for s in subheads:
        if abs(s.size - g.size) >= 0.3 or s.lines[0].font != g.lines[0].font or s.bbox[1] < y1:
            continue
        lo, hi = min(x0, s.bbox[0]), max(x1, s.bbox[2])
        column = [b for b in blocks if b.role == BODY and b.left - body <= lo and hi <= b.right + body
                  and b.top >= y1 - 1 and b.bottom <= s.bbox[1] + 1]
        if column and not rule_between(y1, s.bbox[1], lo, hi, separators):
            return True
    return False


def _in_style_of_a_subheading_beside(g: HeadingGroup, subheads: list[HeadingGroup], groups: list[HeadingGroup],
                                     blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """In a column beside, within the height of this heading's column, stands a
    subheading in its size and face, with only the row's body text between
    them: no rule, no other heading, and no rule right over this one that
    stops short of that one. An article's subheadings are set alike
    whichever column they fall in, so one opening a column is one too."""
    x0, y0, x1, y1 = g.bbox
    column = [b for b in blocks if b.role == BODY and min(b.right, x1) - max(b.left, x0) > 0.5 * (x1 - x0)
              and 0 <= b.top - y1 <= 3 * body]
    if not column:
        return False
    foot = max(b.bottom for b in column)
    for s in subheads:
        sx0, sy0, sx1, sy1 = s.bbox
        if abs(s.size - g.size) >= 0.3 or s.lines[0].font != g.lines[0].font:
            continue
        if not (sx0 >= x1 or sx1 <= x0) or not y0 - 4 * body <= (sy0 + sy1) / 2 <= foot:
            continue
        lo, hi = (x1, sx0) if sx0 >= x1 else (sx1, x0)
        top, bottom = min(y0, sy0), max(y1, sy1)
        if any(s2[3] - s2[1] > s2[2] - s2[0] and lo - 1 <= (s2[0] + s2[2]) / 2 <= hi + 1
               and min(s2[3], bottom) - max(s2[1], top) > 0 for s2 in separators):
            continue  # a column rule between: another article's column
        if any(h is not g and h is not s and h.role != SUBHEADING and min(h.bbox[2], hi) - max(h.bbox[0], lo) > 0
               and min(h.bbox[3], bottom) - max(h.bbox[1], top) > 0 for h in groups):
            continue
        if any(r[2] - r[0] > r[3] - r[1] and 0 <= y0 - r[3] <= 4.5 * body and min(r[2], x1) - max(r[0], x0) > 0
               and not min(r[2], sx1) - max(r[0], sx0) > 0 for r in separators):
            continue  # a rule right over this one that does not reach over that one: another region's top
        return True
    return False


def _level_with_the_row_under_its_headline(g: HeadingGroup, groups: list[HeadingGroup], blocks: list[ColumnBlock],
                                           separators: list[BBox], body: float) -> bool:
    """Right under a headline (no rule between) the heading opens its column
    level with the first line of the column beside, which the headline spans
    too: it stands where the headline's row of columns opens, inside that
    row, so it is the row's subheading; a new article's headline stands over
    its columns, never level with its neighbour's first line."""
    x0, y0, x1, y1 = g.bbox
    over = [h for h in groups if h is not g and h.role == TITLE and not h.vertical and h.size >= 1.3 * body
            and 0 <= y0 - h.bbox[3] <= 4 * body and min(h.bbox[2], x1) - max(h.bbox[0], x0) > 0.5 * (x1 - x0)
            and not rule_between(h.bbox[3], y0, x0, x1, separators)]
    if not over:
        return False
    h = min(over, key=lambda h: y0 - h.bbox[3])
    if any(o is not g and o is not h and not o.vertical and h.bbox[3] <= o.bbox[1] < y0
           and min(o.bbox[2], x1) - max(o.bbox[0], x0) > 0 for o in groups):
        return False  # another heading between (a subtitle's line, a byline's)
    return any(len(b.lines) >= 3 and b.role == BODY and abs(b.top - y0) <= 1.5 * body
               and (0 <= b.left - x1 <= 3 * body or 0 <= x0 - b.right <= 3 * body)
               and min(b.right, h.bbox[2]) - max(b.left, h.bbox[0]) > 0
               and not rule_between(h.bbox[3], b.top, b.left, b.right, separators) for b in blocks)


def _level_with_the_text_under_a_side_headline(g: HeadingGroup, groups: list[HeadingGroup],
                                               blocks: list[ColumnBlock], separators: list[BBox],
                                               body: float) -> bool:
    """A gutter beside, the column under a larger headline (a side headline
    narrower than its article, over none of this heading's column) opens its
    text level with the heading's top, no rule between the columns: the
    heading stands inside that headline's row of text, so it is its
    subheading. A new article's headline stands level with its neighbour's
    headline (the row's top), never with the first line of its text."""
    x0, y0, x1, y1 = g.bbox
    for b in blocks:
        if b.role != BODY or len(b.lines) < 3 or abs(b.top - y0) > _LEVEL * body:
            continue
        if not (0 <= b.left - x1 <= 3 * body or 0 <= x0 - b.right <= 3 * body):
            continue
        lo, hi = (x1, b.left) if b.left >= x1 else (b.right, x0)
        if any(s[3] - s[1] > s[2] - s[0] and lo - 1 <= (s[0] + s[2]) / 2 <= hi + 1
               and min(s[3], b.bottom) - max(s[1], y0) > 0 for s in separators):
            continue  # a column rule between: another article's column
        for h in groups:
            hx0, _, hx1, hy1 = h.bbox
            if (h is g or h.role != TITLE or h.vertical or h.size < 1.3 * body
                    or not 0 <= b.top - hy1 <= 4 * body or min(hx1, x1) - max(hx0, x0) > 0
                    or min(hx1, b.right) - max(hx0, b.left) <= 0.5 * (hx1 - hx0)
                    or rule_between(hy1, b.top, b.left, b.right, separators)):
                continue
            if not any(o is not g and o is not h and not o.vertical and o.role == TITLE
                       and hy1 <= o.bbox[1] < b.top and min(o.bbox[2], b.right) - max(o.bbox[0], b.left) > 0
                       for o in groups):
                return True
    return False
