"""How text runs between column blocks: the foot of one column going on at
the top of the next, a photo or column standing between, a note that the
article comes from another page. Ownership (ownership.py) weighs these cues
against the headlines around a block."""

from __future__ import annotations

import re

from ..model import BBox
from .roles import BODY, OTHER, SUBHEADING
from .band_feet import stops_at_band
from .columns import ColumnBlock
from .hung_edges import set_box  # (a mark hung past the column's edge may reach over a column rule)
from .config import LayoutConfig
from .segment import wall_between
from .body_units import closing_names
from .reflow import ends_sentence
from .rules import (find_continuation, is_closing_dateline_line, is_closing_note, is_continuation_line,
                    parse_bracket_byline)


#: a column that opens with a dateline opens an article: no text runs on into it
OPENS_ARTICLE = re.compile(r"^(?:本报讯|(?:本报|新华社|中新社|人民日报)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日)")


def opens_paragraph(b: ColumnBlock) -> bool:
    """The block's first line is indented or opens with a dateline: its text
    runs on from no column before it."""
    first = b.lines[0]
    return first.x0 - b.left >= 0.8 * first.size or OPENS_ARTICLE.match(first.text.lstrip()) is not None


def foot_on_left(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox],
                 frame_of: dict[int, BBox | None], frame: BBox | None, body: float) -> ColumnBlock | None:
    """The foot of the column just left of the block, when it ends mid-sentence
    lower than the block's top and the block opens without an indent: one
    text running on from the foot of a column to the top of the next."""
    if b.role != BODY or opens_paragraph(b):
        return None  # a photo or a subheading goes on from no text
    bottom = b.bottom  # the foot of the block's own column: blocks stacked under it, a line or two apart
    for o in sorted(flow, key=lambda o: o.top):
        if o is not b and o.role != OTHER and abs(o.left - b.left) <= body / 2 and 0 <= o.top - bottom <= 3 * body \
                and not _rule_across(bottom, o.top, o.left, o.right, seps):
            bottom = o.bottom  # (a photo under it ends the column, and so does a rule)
    left = [o for o in flow if o is not b and o.role == BODY and frame_of[id(o)] == frame
            and o.right <= b.left + body / 2 and b.left - o.right <= 10 * body and o.top < bottom
            and o.bottom > b.top and not wall_between(o.right, b.left, (b.top + min(b.bottom, o.bottom)) / 2, seps)
            and not stands_between(o.right, b.left, max(b.top, o.top), flow)]
    # the column beside the block's own first block (a line or two long, it may end over that column's top)
    beside = [o for o in left if o.top < max(b.bottom, b.top + 3 * body)]
    if not beside:  # a short first block (a subheading under it): the column on the left may start lower,
        # or start under a photo that stands level with the block (the column beside the photo goes on there)
        beside = sorted((o for o in left if _opening(o, flow, body) < b.top + 8 * body), key=lambda o: o.top)[:1]
    if not beside:
        return None
    # (a note alone that the column goes on from another page, （上接第2版）, is no text that runs on)
    beside = [o for o in beside if len(o.lines) > 1 or not is_continuation_line(o.lines[0].text)] or beside
    foot = max(beside, key=lambda o: (o.right, -o.top))
    # down that column to its foot (a subheading may stand between, no rule); below the block's own
    # foot (a short column where the article ends) only while the column runs on closely, through a
    # subheading, to a paragraph's first line alone at the foot (indented, reaching the column's right edge)
    down = [o for o in flow if o is not b and o.role in (BODY, SUBHEADING) and frame_of[id(o)] == frame
            and o.right <= b.left + body / 2 and o.top >= foot.top]
    reached = foot.bottom
    for o in sorted(down, key=lambda o: o.top):
        if o.role == SUBHEADING:  # (centred in the column)
            aligned = o.top >= bottom and foot.left - body / 2 <= o.left and o.right <= foot.right + body / 2
        else:
            aligned = abs(o.left - foot.left) <= body / 2 or (
                foot.left < o.left <= foot.left + 2.5 * o.lines[0].size and abs(o.right - foot.right) <= body / 2)
        if aligned and o.role == BODY and stops_at_band(foot, o, reached, b, body):
            break  # (the column's text goes on at the top of the column beside it, level with its own)
        limit = 5 * body if o.top < bottom else 2 * body
        if aligned and 0 <= o.top - reached + 1 <= limit and not _rule_across(reached, o.top, o.left, o.right, seps):
            reached = o.bottom
            if o.role == BODY:
                foot = o
    last = foot.lines[-1].text
    if ends_sentence(last) or is_continuation_line(last) or closes_with_names(last) or _closes_with_dateline(foot) \
            or _closes_with_note(foot):
        return None
    return foot


def _closes_with_dateline(block: ColumnBlock) -> bool:
    """The column ends with its closing dateline in brackets (（新华社北京2月25日电）,
    maybe wrapped over its last two lines): its article ends there."""
    tail = "".join(ln.text.strip() for ln in block.lines[-2:])
    return "电" in tail[-3:] and is_closing_dateline_line(tail[max(tail.rfind("（"), tail.rfind("(")):])


def _closes_with_note(block: ColumnBlock) -> bool:
    """The column ends with a closing note in brackets (（作者为…）, （作者单位：…）,
    maybe wrapped over its last lines, opening its own line): its article ends there."""
    last = block.lines[-1].text.rstrip()
    if not last.endswith(("）", ")")):
        return False
    for k in range(len(block.lines) - 1, max(len(block.lines) - 4, -1), -1):
        text = block.lines[k].text.strip()
        if text.startswith(("（", "(")):
            return is_closing_note("".join(ln.text.strip() for ln in block.lines[k:]))
    return False


def _rule_across(top: float, bottom: float, x0: float, x1: float, seps: list[BBox]) -> bool:
    """A horizontal rule between heights ``top`` and ``bottom`` across most of x0..x1: a column ends at it."""
    return any(s[2] - s[0] > s[3] - s[1] and top - 1 <= (s[1] + s[3]) / 2 <= bottom + 1
               and min(s[2], x1) - max(s[0], x0) > 0.5 * (x1 - x0) for s in seps)


def closes_with_names(text: str) -> bool:
    """A line that ends with its article's authors in brackets (（记者 李纵）,
    。（张三 李四）): the text ends there, nothing runs on from it."""
    text = text.strip()
    if parse_bracket_byline(text):
        return True
    found = closing_names([text])
    return found is not None and (not found[0] or ends_sentence(found[0]))


def _opening(o: ColumnBlock, flow: list[ColumnBlock], body: float) -> float:
    """Where the column of ``o`` opens: its top, or the top of a photo set right over it."""
    photo = photo_over(o, flow, 0.0, body)
    return o.top if photo is None else min(o.top, photo.top)


def photo_between(over: ColumnBlock, b: ColumnBlock, flow: list[ColumnBlock], reach: float) -> bool:
    """A photo fills the gap between a block and the one over it: the column
    goes on under the photo."""
    return any(o.role == OTHER and min(o.right, b.right) - max(o.left, b.left) > 0
               and o.top - over.bottom <= reach and b.top - o.bottom <= reach and o.bottom <= b.top + 1
               for o in flow)


def photo_over(b: ColumnBlock, flow: list[ColumnBlock], floor: float, body: float) -> ColumnBlock | None:
    """The photo standing right over the block's top (a caption's few lines
    may come between, no other block), below ``floor`` (the foot of the
    heading over them). Its block holds its caption: white space of more than
    a few lines under that is a row's end, not a photo over the text."""
    over = [o for o in flow if o.role == OTHER and min(o.right, b.right) - max(o.left, b.left) > 0
            and o.top >= floor - 1 and 0 <= b.top - o.bottom <= 8 * body]
    if not over:
        return None
    photo = max(over, key=lambda o: o.bottom)
    between = any(o is not b and o is not photo and min(o.right, b.right) - max(o.left, b.left) > 0
                  and o.top >= photo.bottom - 1 and o.bottom <= b.top + 1 for o in flow)
    return None if between else photo  # only its caption (no column text) between


def stands_between(lo: float, hi: float, y: float, flow: list[ColumnBlock]) -> bool:
    """A column or photo wholly between x = lo and x = hi at height y: what
    lies beyond it is not beside."""
    return any(lo - 1 <= o.left and o.right <= hi + 1 and o.top <= y <= o.bottom for o in flow)


def runs_on(b: ColumnBlock, others: list[ColumnBlock], body: float) -> bool:
    """The column on the left of ``b`` ends mid-sentence and ``b`` opens
    without an indent: one text running on from column to column."""
    left = [o for o in others if o.right <= b.left + body and abs(o.top - b.top) <= 3 * body]
    if not left:
        return False
    before = max(left, key=lambda o: o.right)
    return not ends_sentence(before.lines[-1].text) and b.lines[0].x0 - b.left < 1.4 * b.lines[0].size


def continued_from(b: ColumnBlock) -> bool:
    """The block opens with a note that the article comes from another page: （上接第2版）."""
    note = find_continuation(b.lines[0].text.strip())
    return note is not None and note.direction == "from" and note.start == 0


def title_right_under(b: ColumnBlock, titles: list[BBox], body: float) -> int | None:
    """The title standing right under a one-line block, a line's height at
    most, across its left edge (a jump note, （上接第一版）, set over the
    headline of the part it carries on): an index into ``titles``."""
    if len(b.lines) != 1:
        return None
    for i, (x0, y0, x1, _) in enumerate(titles):
        if 0 <= y0 - b.bottom <= 1.5 * body and x0 - body <= b.left <= x1:
            return i
    return None


def level_on_right(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox], frame_of: dict[int, BBox | None],
                   frame: BBox | None, body: float, config: LayoutConfig) -> ColumnBlock | None:
    """The nearest block (or photo) on the right whose top is level with this
    one's, with no vertical separator between."""
    best: ColumnBlock | None = None
    for o in flow:
        if o is b or frame_of[id(o)] != frame or o.left < b.right - body:
            continue
        if abs(o.top - b.top) > config.row_tolerance * body or wall_between(b.right, o.left, b.top, seps):
            continue
        if best is None or o.left < best.left:
            best = o
    return best


def alongside_on_left(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox],
                      frame_of: dict[int, BBox | None], frame: BBox | None, body: float) -> ColumnBlock | None:
    """The nearest body block a gutter or so to the left that runs beside
    this block's top (from above it, or from a few lines under it: a caption
    may stand over that column), with no vertical separator between."""
    best: ColumnBlock | None = None
    for o in flow:
        if o is b or o.role != BODY or frame_of[id(o)] != frame or not o.top < b.top + 6 * body < o.bottom + 6 * body:
            continue
        gap = b.left - o.right
        if 0 <= gap <= 4 * body and not wall_between(set_box(o)[2], b.left, max(b.top, o.top), seps) \
                and (best is None or (o.right, -o.top) > (best.right, -best.top)):
            best = o
    return best


def column_past_rule(b: ColumnBlock, rule_y: float, flow: list[ColumnBlock], seps: list[BBox],
                     frame_of: dict[int, BBox | None], frame: BBox | None, body: float) -> ColumnBlock | None:
    """The column on the left that runs on past the end of the rule over the
    block, when that rule closes the text standing over the block: an article
    set in the upper right of another, over a rule as wide as its columns,
    with the other's columns running on under it (an L-shaped article). The
    block goes on that column's article, not the one over the rule. A column
    rule between the two (the left column's hung marks may reach over it)
    parts them: the block opens a part of its own."""
    extent = rule_over(b, rule_y, seps)
    if extent is None:
        return None
    rule_x0, rule_x1 = extent
    if not closes_text(rule_y, rule_x0, rule_x1, flow, frame_of, frame, body):
        return None  # (a rule drawn under a headline, or over white space, closes no text)
    x = _column_left(b, flow, body)
    left = [o for o in flow if o.role == BODY and frame_of[id(o)] == frame and o.right <= rule_x0 + body / 2
            and 0 <= x - o.right <= 4 * body and o.top < rule_y - body and o.bottom > b.top
            and not wall_between(set_box(o)[2], x, b.top, seps)]  # (its marks may hang over the column rule)
    return max(left, key=lambda o: (o.right, -o.top)) if left else None


def _column_left(b: ColumnBlock, flow: list[ColumnBlock], body: float) -> float:
    """The left edge of the column a block opens: a line centred over the
    column (a subheading under the rule) starts right of it, the column
    under it shows where it is, under the other short lines stacked with it
    too (a part's heading and its reporters' names, each line framed)."""
    foot = b.bottom
    for _ in range(4):
        under = [o for o in flow if o is not b and min(o.right, b.right) - max(o.left, b.left) > 0
                 and 0 <= o.top - foot <= 2 * body]
        lefts = [o.left for o in under if o.left < b.left and b.right <= o.right + body]
        if lefts:
            return min(lefts)
        stacked = [o for o in under if len(o.lines) == 1]
        if not stacked:
            break
        foot = max(o.bottom for o in stacked)
    return b.left


def closes_text(rule_y: float, x0: float, x1: float, flow: list[ColumnBlock], frame_of: dict[int, BBox | None],
                frame: BBox | None, body: float) -> bool:
    """Columns between x0 and x1 end just over the rule at rule_y: the rule
    closes an article's text there (not a rule under a headline)."""
    return any(o.role == BODY and frame_of[id(o)] == frame and min(o.right, x1) - max(o.left, x0) > 0
               and o.bottom <= rule_y + 1 and rule_y - o.bottom <= 3 * body for o in flow)


def rule_over(b: ColumnBlock, rule_y: float, seps: list[BBox]) -> tuple[float, float] | None:
    """The x-extent of the horizontal rule(s) at rule_y over the block."""
    rules = [s for s in seps if s[2] - s[0] >= s[3] - s[1] and abs(s[3] - rule_y) <= 2
             and min(s[2], b.right) - max(s[0], b.left) > 0]
    return (min(s[0] for s in rules), max(s[2] for s in rules)) if rules else None
