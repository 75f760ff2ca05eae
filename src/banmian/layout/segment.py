"""Headings and what belongs to them: heading groups, tiers, bylines and
in-body subheadings; which column blocks each headline owns is decided in
:mod:`.ownership`. The evidence real pages give, used in this order:

* heading text is larger than the body; heading lines that touch form one
  group (kicker, title, subtitle), and a vertical (竖排) heading is a group;
* a heading that fits in one column, with that column's text just above or
  just below it, is an in-body subheading (小标题), part of the flow
  (:mod:`.subheading_roles`);
* a short name just under (or beside) a heading is its author's byline;
  kickers and subtitles near the body size join their title in :mod:`.tier_attach`;
* a block continues what stands directly above it in its column (a
  heading, or a block of the same article); where nothing does (a rule, a
  frame edge, the top of a region), it continues the block whose top is level
  with it on its left, or a heading beside it (side and vertical headings);
* frames (boxes around an article) and rules of any length separate;
  photos and their captions are transparent.

Heading groups that end up with no text (banners, column logos, series
labels) are not articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ..model import BBox, Role, TextLine, is_light, union
from .roles import BODY, SUBHEADING, TITLE
from ..names import starts_with_surname
from .columns import ColumnBlock
from .heading_tails import heading_tail
from .frame_labels import fenced_from, smallest_frame
from .vertical_bylines import vertical_names_under
from .config import DEFAULT, LayoutConfig
from .rules import name_tokens, parse_byline_line
from .tier_patterns import is_brief_heading
from .small_headlines import names_alone as names_apart



@dataclass(eq=False, slots=True)
class HeadingGroup:
    """Heading lines that stand together: one article's headline tiers, a
    banner, a column logo or a subheading (decided later)."""

    lines: list[TextLine]
    role: Role = TITLE
    bylines: list[TextLine] = field(default_factory=list)

    @property
    def bbox(self) -> BBox:
        # (model.union of the lines' boxes, in one loop: asked for every block and heading by ownership)
        lines = self.lines
        x0, y0, x1, y1 = lines[0].bbox
        for ln in lines[1:]:
            b = ln.bbox
            if b[0] < x0:
                x0 = b[0]
            if b[1] < y0:
                y0 = b[1]
            if b[2] > x1:
                x1 = b[2]
            if b[3] > y1:
                y1 = b[3]
        return (x0, y0, x1, y1)

    @property
    def size(self) -> float:
        return max(ln.size for ln in self.lines)

    @property
    def vertical(self) -> bool:
        for ln in self.lines:  # (any() of a generator, without its frame: asked line by group in grouping)
            if ln.vertical:
                return True
        return False



def is_heading_line(ln: TextLine, body: float, config: LayoutConfig = DEFAULT) -> bool:
    heading, vertical = _heading_sizes(body, config)
    return ln.size >= heading or (ln.vertical and ln.size > vertical)


def _heading_sizes(body: float, config: LayoutConfig) -> tuple[float, float]:
    """The size a heading line is set in at least, and the size a vertical one exceeds."""
    return body * config.heading_ratio, body * 1.05


def heading_lines_apart(lines: list[TextLine], body: float, config: LayoutConfig = DEFAULT
                        ) -> tuple[list[TextLine], list[TextLine]]:
    """The lines :func:`is_heading_line` takes, and the others, each in order (the sizes worked
    out once, no call a line: asked of every line of a page)."""
    heading, vertical = _heading_sizes(body, config)
    headings: list[TextLine] = []
    text: list[TextLine] = []
    for ln in lines:
        size = ln.size
        (headings if size >= heading or (ln.vertical and size > vertical) else text).append(ln)
    return headings, text


def group_headings(lines: list[TextLine], body: float, separators: list[BBox] = (),  # type: ignore[assignment]
                   config: LayoutConfig = DEFAULT, frames: list[BBox] = ()  # type: ignore[assignment]
                   ) -> list[HeadingGroup]:
    """Heading lines that touch: stacked with a small gap and overlapping in x
    (horizontal), or one vertical stack. A line boxed in a frame of its own
    (a column logo) joins no line outside it. A line under one heading (the
    two overlap in x) and only near another (its box ends within a body size
    of it) joins the one it is under, whichever was grouped first."""
    boxed = {id(ln): smallest_frame(ln.bbox, frames) for ln in lines} if frames else {}
    groups: list[HeadingGroup] = []
    boxes: list[list[float]] = []
    for ln in sorted(lines, key=_TOP_LEFT):
        taken_by: list[tuple[HeadingGroup, list[float], float]] = []  # (group, its box, x overlap) that take ln
        if not ln.vertical:
            # a group whose foot stands this far over the line takes it neither as its next line (the
            # farthest reach: a lead-in dash's, at the larger size) nor beside it (a line beside a group's
            # last line starts over the group's foot): most groups of a page, asked before the rest
            far = 2.0 * config.heading_gap * max(ln.size, body)
            for g, box in zip(groups, boxes):
                gap = ln.y0 - box[3]
                if gap >= far and gap >= 0.0 or g.vertical:
                    continue
                last = g.lines[-1]
                # (a line ending in a lead-in dash, 北京经开区——, leads into the line under it)
                lead_in = 2.0 if last.text.rstrip().endswith("——") else 1.0
                reach = lead_in * config.heading_gap * max(min(ln.size, last.size), body)
                same_row = min(last.y1, ln.y1) - max(last.y0, ln.y0) > 0.5 * min(last.height, ln.height)
                # the second phrase of a heading, a space or two to the right; or the next line
                # (two long pieces a character apart are two headlines side by side: a line's phrases are short;
                # the phrase next to the gap counts, the line on its left may hold phrases put together already)
                beside = (same_row and -0.5 * ln.size < ln.x0 - last.x1 <= 1.3 * ln.size and abs(last.size - ln.size) < 0.3
                          and (min(len(last.text.split()[-1]) if last.text.strip() else 0, len(ln.text.strip())) < 12
                               or _tier_under_a_title(g, last, ln))
                          and not wall_between(last.x1, ln.x0, (ln.y0 + ln.y1) / 2, separators))
                # (a rule drawn between two lines parts them: a label over a column, its rule, a title)
                overlap = min(box[2], ln.x1) - max(box[0], ln.x0)
                # (lines that only come near in x are parted by a column rule between them: a subtitle
                # reaching the rule is under its own title, not the next article's beyond the rule)
                under = -0.8 * ln.size < gap < reach and overlap > -body \
                    and not (overlap <= 0 and wall_between(min(box[2], ln.x1), max(box[0], ln.x0),
                                                           (ln.y0 + ln.y1) / 2, separators)) \
                    and not rule_between(box[3], ln.y0, max(box[0], ln.x0), min(box[2], ln.x1), separators) \
                    and not _beyond_a_narrow_stack(g, box, ln) and not is_brief_label(g)  # (简讯 has no tiers)
                if not (beside or under) or is_light(ln.color) != is_light(last.color) \
                        or boxed.get(id(ln)) != boxed.get(id(last)):
                    continue  # text reversed out of a panel or boxed (a column logo) is no tier of a headline
                taken_by.append((g, box, float("inf") if beside else overlap))
        if not taken_by:
            groups.append(HeadingGroup([ln]))
            boxes.append(list(ln.bbox))
            continue
        g, box, overlap = taken_by[0]
        if overlap <= 0:  # a line only near the first heading in x, and under another: the other's tier
            g, box, overlap = max(taken_by, key=lambda t: t[2])
        g.lines.append(ln)
        box[0], box[1], box[2], box[3] = (min(box[0], ln.x0), min(box[1], ln.y0),
                                          max(box[2], ln.x1), max(box[3], ln.y1))
    return groups


def _tier_under_a_title(g: HeadingGroup, last: TextLine, ln: TextLine) -> bool:
    """``last`` opens a row right under a larger title line of its group, and
    ``ln`` goes on along that row in its face: a subtitle of long phrases
    (three phrases of twelve glyphs or more), not two headlines side by side."""
    if len(g.lines) < 2 or ln.font != last.font:
        return False
    over = [o for o in g.lines if o.y1 <= last.y0 + 0.5 and not o.vertical]
    return bool(over) and max(over, key=lambda o: o.y1).size >= 1.2 * last.size


def _beyond_a_narrow_stack(g: HeadingGroup, box: list[float], ln: TextLine) -> bool:
    """A headline wrapped into a narrow column (three lines or more, a few
    glyphs each: a side headline) keeps all its tiers in that column. A line
    under it reaching well beyond the column on either side is another
    headline, however close it comes to the stack's last (short) line,
    unless it opens with —— centred under the stack or flush with its left
    edge (its subtitle, set as wide as the row's text under it)."""
    if len(g.lines) < 3:
        return False
    size = g.lines[-1].size
    if box[2] - box[0] > 8 * size:
        return False
    reach = 2 * max(size, ln.size)
    if ln.text.lstrip().startswith("——") and (abs((ln.x0 + ln.x1) - (box[0] + box[2])) <= 2 * size
                                              or abs(ln.x0 - box[0]) <= 0.5 * ln.size):
        return False  # a subtitle opening with its dash, centred on the stack's axis or flush with its left edge
    return ln.x0 < box[0] - reach or ln.x1 > box[2] + reach


def join_name_runs(lines: list[TextLine]) -> list[TextLine]:
    """Names set a few spaces apart on one row are one line: 本报记者 张三　　李四,
    汪 娟　　黄峰超. A run joins the line before it on its row when it is a name
    and that line is a byline or a name, at most three characters away."""
    rows: dict[int, list[TextLine]] = {}
    out: list[TextLine] = []
    for ln in lines:
        if ln.vertical:
            out.append(ln)
            continue
        key = ln.y1.__round__()  # (round(ln.y1) without the builtin's lookup of the method: once a line)
        row = rows.get(key)
        if row is None:  # (no new list a line, as setdefault's default is)
            rows[key] = [ln]
        else:
            row.append(ln)
    for row in rows.values():
        merged: list[TextLine] = []
        if len(row) == 1:
            out.extend(row)
            continue
        for ln in sorted(row, key=_X0):
            last = merged[-1] if merged else None
            if (last is not None and len(ln.text) <= 12 and 0 <= ln.x0 - last.x1 <= 3 * ln.size
                    and abs(ln.size - last.size) < 0.3
                    and ((len(ln.text.strip()) == 1 and len(last.text.replace(" ", "")) == 1)  # 汪　　涛
                         or (name_tokens(ln.text) and (name_tokens(last.text) or parse_byline_line(last.text))))):
                merged[-1] = TextLine(last.text + "  " + ln.text, union([last.bbox, ln.bbox]), last.size, last.bold,
                                      font=last.font, order=last.order)
            else:
                merged.append(ln)
        out.extend(merged)
    return out


_X0 = attrgetter("x0")
#: top to bottom, then left to right (an attrgetter: no call of a lambda a line)
_TOP_LEFT = attrgetter("y0", "x0")


def name_lines(lines: list[TextLine], body: float, frames: list[BBox] = ()) -> list[TextLine]:
    """Lines that hold only a name or a few, set apart: not one line of a run
    of lines in the same size (a heading's last line 远在路上 is no name), nor
    printed light, reversed out of a panel as a column logo is (实践探索), nor
    a frame's label fenced from the heading above by the frame's edge."""
    out = []
    for ln in lines:
        if ln.size >= body * 1.6 or is_light(ln.color) or name_tokens(ln.text) is None:
            continue
        if ln.vertical:
            out.append(ln)
            continue
        # a byline stands under a larger heading; a short line over one is a kicker or label. Names
        # apart by spaces (程明 韩雪) may stand under a title only a little larger (a piece set large)
        larger = _NAMES_UNDER if names_apart(ln.text) else 1.2
        if not any(o.size > ln.size * larger and 0 <= ln.y0 - o.y1 <= 4 * body and o.x0 - 2 * body <= ln.x0 <= o.x1
                   and not fenced_from(ln, o.bbox, frames) for o in lines if o is not ln and not o.vertical):
            if not any(o.vertical and o.size > ln.size * 1.2 for o in lines):
                continue
        if any(o.size > ln.size * 1.2 and not o.vertical and 0 <= o.y0 - ln.y1 <= 0.8 * ln.size
               and o.x0 - body <= ln.x0 and ln.x1 <= o.x1 + body for o in lines if o is not ln):
            continue  # hugging the top of a larger heading, within its width: its kicker (北派舞狮), no name
        near = any(o is not ln and abs(o.size - ln.size) < 0.3 and not o.vertical
                   and min(o.x1, ln.x1) - max(o.x0, ln.x0) > 0
                   # (set solid, a heavy face's boxes overlap the line over them by a few points)
                   and (_SOLID <= (ln.y0 - o.y1) / ln.size < 1.5 or _SOLID <= (o.y0 - ln.y1) / ln.size < 1.5)
                   for o in lines)
        if (not near or _letter_spaced(ln.text)) and not _under_a_brief_label(ln, lines, body):
            out.append(ln)  # (names set letter-spaced, 韩 丹  石 嘉, are names even right under a subtitle)
    return out


#: how much larger than a line of two or three names apart the heading over it must be
_NAMES_UNDER = 1.1
#: how far a line's box may reach into the next line's of a run set solid (in its size)
_SOLID = -0.3


def _letter_spaced(text: str) -> bool:
    """Every character set apart by a space (汪 涛, 韩 丹  石 嘉): a byline's
    padding, which no headline line has."""
    tokens = text.split()
    return len(tokens) >= 2 and all(len(t) == 1 and "\u4e00" <= t <= "\u9fff" for t in tokens)


def _under_a_brief_label(ln: TextLine, lines: list[TextLine], body: float) -> bool:
    """The line stands right under the label of a column of news briefs
    (新闻速递, 简讯): a label has no byline, the line is the first item's title."""
    return any(o is not ln and not o.vertical and 0 <= ln.y0 - o.y1 <= 2 * body and o.x0 - body <= ln.x0 <= o.x1
               and is_brief_heading(o.text) for o in lines)


def attach_bylines(groups: list[HeadingGroup], names: list[TextLine], body: float,
                   config: LayoutConfig = DEFAULT, blocks: list[ColumnBlock] = (),  # type: ignore[assignment]
                   frames: list[BBox] = ()) -> list[TextLine]:  # type: ignore[assignment]
    """Give each short name line under (or beside) a heading to that heading;
    return the name lines no heading took. ``blocks``: the page's column
    text, to see white space between a vertical headline's foot and a name;
    ``frames``: no name inside a frame is the byline of a heading outside it.
    A name line (never printed light) is no byline of a heading printed light."""
    left: list[TextLine] = []
    reach = config.byline_reach * body
    for ln in names:
        best: HeadingGroup | None = None
        best_d = float("inf")
        for g in groups:
            if g.role != TITLE or all(is_light(h.color) for h in g.lines):
                continue  # (a heading reversed out of a panel: its names, if any, are in the panel, light too)
            x0, y0, x1, y1 = g.bbox
            if ln.vertical or g.vertical:  # beside a vertical heading
                beside = min(abs(ln.x1 - x0), abs(ln.x0 - x1))
                if beside < reach and y0 - body <= ln.y0 <= y1:
                    d = beside
                elif ln.vertical and g.vertical and beside < reach and ln.x1 <= x1 and 0 <= ln.y0 - y1 <= (
                        20 * body if _open_between(ln.x0, x1, y1, ln.y0, blocks) else 10 * body):
                    d = beside + ln.y0 - y1  # a vertical name set lower, beside the foot of a vertical headline
                    # (far lower across white space only)
                else:
                    continue
            else:
                below = ln.y0 - y1
                if not (x0 - body <= ln.x0 and ln.x1 <= x1 + 4 * body) or fenced_from(ln, g.bbox, frames):
                    continue
                if reach <= below < reach + 6 * body:  # a tier set as text between (a subtitle near the body size)
                    below = ln.y0 - _tier_foot(g, ln, blocks, reach)
                if -0.3 * body <= below < reach and _title_hugged(ln, below, groups, body) is None:
                    d = below
                else:
                    continue
            if d < best_d:
                best, best_d = g, d
        hugged = _title_hugged(ln, float("inf"), groups, body) if best is None and not ln.vertical else None
        if hugged is not None:  # a name-like line (南派舞狮) right over a title, under no heading: its kicker
            hugged.lines.insert(0, ln)
        elif best is None:
            left.append(ln)
        else:
            best.bylines.append(ln)
    return _beside_vertical_names(groups, left, reach)


def _title_hugged(ln: TextLine, below: float, groups: list[HeadingGroup], body: float) -> HeadingGroup | None:
    """The title starting right under the line (within a body size), nearer
    than the heading over it ends: the line tops that title (its kicker), no
    byline of the one above."""
    return next((g for g in groups if g.role == TITLE and not g.vertical and 0 <= g.bbox[1] - ln.y1 < min(below, body)
                 and min(g.bbox[2], ln.x1) - max(g.bbox[0], ln.x0) > 0), None)


def _tier_foot(g: HeadingGroup, name: TextLine, blocks: list[ColumnBlock], reach: float) -> float:
    """The foot of the heading and of the short blocks (a tier of a few lines)
    stacked right under it over the name, from within its width: a byline stands
    under the subtitle as under the title."""
    x0, _, x1, foot = g.bbox
    for b in sorted(blocks, key=lambda b: b.top):
        if len(b.lines) <= 4 and x0 - 1 <= b.left < x1 and 0 <= b.top - foot < reach \
                and b.bottom <= name.y0 + 1:
            foot = b.bottom
    return foot


def _open_between(x0: float, x1: float, top: float, bottom: float, blocks: list[ColumnBlock]) -> bool:
    """No column text in the box x0..x1, top..bottom (given some blocks to look
    at); a column only touching the box's side (by under a quarter of its
    size: its text's right edge at a name's left) stands beside it, not in it."""
    return bool(blocks) and not any(min(b.right, x1) - max(b.left, x0) > 0.25 * b.size
                                    and min(b.bottom, bottom) - max(b.top, top) > 0 for b in blocks)


def late_bylines(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float,
                 config: LayoutConfig = DEFAULT, frames: list[BBox] = ()) -> list[ColumnBlock]:  # type: ignore[assignment]
    """A name left as a one-line subheading because a subtitle at the body
    size stood between it and its title: once the subtitle has joined the
    title, the name is right under the headline, its byline. Returns the
    other blocks."""
    heading_ends = [s.lines[-1] for s in blocks if s.role == SUBHEADING]
    lone = [b for b in blocks if b.role == SUBHEADING and len(b.lines) == 1
            and name_tokens(b.lines[0].text) is not None and not heading_tail(b.lines[0], heading_ends, blocks, body)]
    taken = {id(b) for b in _names_set_right_under(titles, blocks, body, config)}
    taken |= {id(b) for b in vertical_names_under(titles, blocks, body)}
    if lone:
        left = {id(ln) for ln in attach_bylines(titles, [b.lines[0] for b in lone], body, config, frames=frames)}
        taken |= {id(b) for b in lone if id(b.lines[0]) not in left}
    return [b for b in blocks if id(b) not in taken] if taken else blocks


def _names_set_right_under(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float,
                           config: LayoutConfig) -> list[ColumnBlock]:
    """Names alone on a line in the body's size or smaller, set flush right
    in the column right under them, right under a headline over that column
    (a side headline, its author's name at the column's right edge, the text
    opening under it): the headline's byline, however little of the column
    under it holds text. Gives them to their headlines; returns their blocks."""
    reach = config.byline_reach * body
    found = []
    for b in blocks:
        if b.role != BODY or len(b.lines) != 1 or b.size > 1.12 * body or not names_alone(b.lines[0].text):
            continue
        under = [c for c in blocks if c is not b and 0 <= c.top - b.bottom <= 2 * body
                 and min(c.right, b.right) - max(c.left, b.left) > 0]
        if not under:
            continue
        c = min(under, key=lambda c: c.top)
        if b.right < c.right - body or b.left < c.left + 2 * body:
            continue  # not set flush right in that column
        over = [g for g in titles if not g.vertical and 0 <= b.top - g.bbox[3] <= reach
                and g.bbox[0] < c.right and g.bbox[2] > c.left and g.bbox[0] - body <= c.left]
        if over:
            max(over, key=lambda g: g.bbox[3]).bylines.append(b.lines[0])
            found.append(b)
    return found


def _beside_vertical_names(groups: list[HeadingGroup], names: list[TextLine], reach: float) -> list[TextLine]:
    """A vertical name set beside a vertical byline or under it (two
    authors) is that heading's byline too, wherever the headline's foot is."""
    changed = True
    while changed:
        changed = False
        for ln in [n for n in names if n.vertical]:
            for g in groups:
                if any(b.vertical and ((min(abs(ln.x1 - b.x0), abs(ln.x0 - b.x1)) < reach  # side by side
                                        and min(ln.y1, b.y1) - max(ln.y0, b.y0) > 0)
                                       or (min(ln.x1, b.x1) - max(ln.x0, b.x0) > 0  # one under the other
                                           and max(ln.y0 - b.y1, b.y0 - ln.y1) < reach))
                       for b in g.bylines):
                    g.bylines.append(ln)
                    names = [n for n in names if n is not ln]
                    changed = True
                    break
    return names




def rule_between(top: float, bottom: float, x0: float, x1: float, separators: list[BBox]) -> bool:
    """A horizontal rule or bar between heights ``top`` and ``bottom`` under x0..x1."""
    return any(s[2] - s[0] > s[3] - s[1] and top - 1 <= (s[1] + s[3]) / 2 <= bottom + 1
               and min(s[2], x1) - max(s[0], x0) > 0 for s in separators)


def is_brief_label(g: HeadingGroup) -> bool:
    """The label over a column of news briefs: 简讯, 速览, 一线快讯."""
    return is_brief_heading("".join(ln.text for ln in g.lines))


def names_alone(text: str) -> bool:
    """A line of one to three names and nothing else (汪涛, 张文 杨希壮)."""
    tokens = name_tokens(text)
    return tokens is not None and 1 <= len(tokens) <= 3 and all(starts_with_surname(t) for t in tokens)


def wall_between(lo: float, hi: float, y: float, seps: list[BBox]) -> bool:
    """A vertical separator between x = lo and x = hi at height y (or starting
    a few points under it: a column rule drawn from a row's rule starts under
    the top of the first line's box beside it)."""
    for s in seps:
        if s[3] - s[1] > s[2] - s[0] and lo - 1 <= (s[0] + s[2]) / 2 <= hi + 1 and s[1] - 6 <= y <= s[3] + 2:
            return True
    return False
