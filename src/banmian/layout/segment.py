"""Article regions: which column blocks belong to which headline.

The evidence real pages give, used in this order:

* heading text is larger than the body; heading lines that touch form one
  group (kicker, title, subtitle), and a vertical (竖排) heading is a group;
* a heading that fits in one column, with that column's text just above or
  just below it, is an in-body subheading (小标题), part of the flow;
* a short name just under (or beside) a heading is its author's byline;
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

import re

from dataclasses import dataclass, field

from ..model import BBox, Role, TextLine, is_light, union
from .columns import ColumnBlock
from .config import DEFAULT, LayoutConfig
from .rules import name_tokens



@dataclass(eq=False, slots=True)
class HeadingGroup:
    """Heading lines that stand together: one article's headline tiers, a
    banner, a column logo or a subheading (decided later)."""

    lines: list[TextLine]
    role: Role = Role.TITLE
    bylines: list[TextLine] = field(default_factory=list)

    @property
    def bbox(self) -> BBox:
        return union([ln.bbox for ln in self.lines])

    @property
    def size(self) -> float:
        return max(ln.size for ln in self.lines)

    @property
    def vertical(self) -> bool:
        return any(ln.vertical for ln in self.lines)



def is_heading_line(ln: TextLine, body: float, config: LayoutConfig = DEFAULT) -> bool:
    return ln.size >= body * config.heading_ratio or (ln.vertical and ln.size > body * 1.05)


def group_headings(lines: list[TextLine], body: float, separators: list[BBox] = (),  # type: ignore[assignment]
                   config: LayoutConfig = DEFAULT, frames: list[BBox] = ()  # type: ignore[assignment]
                   ) -> list[HeadingGroup]:
    """Heading lines that touch: stacked with a small gap and overlapping in x
    (horizontal), or one vertical stack. A line boxed in a frame of its own
    (a column logo) joins no line outside it."""
    boxed = {id(ln): _frames_of(ln.bbox, frames) for ln in lines} if frames else {}
    groups: list[HeadingGroup] = []
    boxes: list[list[float]] = []
    for ln in sorted(lines, key=lambda h: (h.y0, h.x0)):
        placed = False
        if not ln.vertical:
            for g, box in zip(groups, boxes):
                if g.vertical:
                    continue
                gap = ln.y0 - box[3]
                reach = config.heading_gap * max(min(ln.size, g.lines[-1].size), body)
                last = g.lines[-1]
                same_row = min(last.y1, ln.y1) - max(last.y0, ln.y0) > 0.5 * min(last.height, ln.height)
                # the second phrase of a heading, a space or two to the right; or the next line
                beside = (same_row and -0.5 * ln.size < ln.x0 - last.x1 <= 1.3 * ln.size and abs(last.size - ln.size) < 0.3
                          and not _wall(last.x1, ln.x0, (ln.y0 + ln.y1) / 2, separators))
                under = -0.8 * ln.size < gap < reach and min(box[2], ln.x1) - max(box[0], ln.x0) > -body
                if not (beside or under) or is_light(ln.color) != is_light(last.color) \
                        or boxed.get(id(ln)) != boxed.get(id(last)):
                    continue  # text reversed out of a panel or boxed (a column logo) is no tier of a headline
                g.lines.append(ln)
                box[0], box[1], box[2], box[3] = (min(box[0], ln.x0), min(box[1], ln.y0),
                                                  max(box[2], ln.x1), max(box[3], ln.y1))
                placed = True
                break
        if not placed:
            groups.append(HeadingGroup([ln]))
            boxes.append(list(ln.bbox))
    return groups


def join_name_runs(lines: list[TextLine]) -> list[TextLine]:
    """Names set a few spaces apart on one row are one line: 本报记者 张三　　李四,
    汪 娟　　黄峰超. A run joins the line before it on its row when it is a name
    and that line is a byline or a name, at most three characters away."""
    from .rules import parse_byline_line

    rows: dict[int, list[TextLine]] = {}
    out: list[TextLine] = []
    for ln in lines:
        if ln.vertical:
            out.append(ln)
        else:
            rows.setdefault(round(ln.y1), []).append(ln)
    for row in rows.values():
        merged: list[TextLine] = []
        if len(row) == 1:
            out.extend(row)
            continue
        for ln in sorted(row, key=lambda ln: ln.x0):
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


def name_lines(lines: list[TextLine], body: float) -> list[TextLine]:
    """Lines that hold only a name or a few, set apart: not one line of a run
    of lines in the same size (a heading's last line 远在路上 is no name)."""
    out = []
    for ln in lines:
        if ln.size >= body * 1.6 or name_tokens(ln.text) is None:
            continue
        if ln.vertical:
            out.append(ln)
            continue
        # a byline stands under a larger heading; a short line over one is a kicker or label
        if not any(o.size > ln.size * 1.2 and 0 <= ln.y0 - o.y1 <= 4 * body and o.x0 - 2 * body <= ln.x0 <= o.x1
                   for o in lines if o is not ln and not o.vertical):
            if not any(o.vertical and o.size > ln.size * 1.2 for o in lines):
                continue
        near = any(o is not ln and abs(o.size - ln.size) < 0.3 and not o.vertical
                   and min(o.x1, ln.x1) - max(o.x0, ln.x0) > 0
                   and (0 <= ln.y0 - o.y1 < 1.5 * ln.size or 0 <= o.y0 - ln.y1 < 1.5 * ln.size) for o in lines)
        if not near:
            out.append(ln)
    return out


def attach_bylines(groups: list[HeadingGroup], names: list[TextLine], body: float,
                   config: LayoutConfig = DEFAULT) -> list[TextLine]:
    """Give each short name line under (or beside) a heading to that heading;
    return the name lines no heading took."""
    left: list[TextLine] = []
    reach = config.byline_reach * body
    for ln in names:
        best: HeadingGroup | None = None
        best_d = float("inf")
        for g in groups:
            if g.role != Role.TITLE:
                continue
            x0, y0, x1, y1 = g.bbox
            if ln.vertical or g.vertical:  # beside a vertical heading
                beside = min(abs(ln.x1 - x0), abs(ln.x0 - x1))
                if beside < reach and y0 - body <= ln.y0 <= y1:
                    d = beside
                else:
                    continue
            else:
                below = ln.y0 - y1
                if -0.3 * body <= below < reach and x0 - body <= ln.x0 and ln.x1 <= x1 + 4 * body:
                    d = below
                else:
                    continue
            if d < best_d:
                best, best_d = g, d
        if best is None:
            left.append(ln)
        else:
            best.bylines.append(ln)
    return left


def classify_subheadings(groups: list[HeadingGroup], blocks: list[ColumnBlock], separators: list[BBox],
                         body: float, config: LayoutConfig = DEFAULT) -> None:
    """A horizontal heading that fits within a column of body text running
    just above or below it is a subheading, unless it is set as large as the
    page's headlines are."""
    reach = config.subheading_reach * body
    for g in groups:
        if g.vertical or g.role != Role.TITLE:
            continue
        x0, y0, x1, y1 = g.bbox
        if len(g.lines) > 4:
            continue
        above = below = None
        above_any = below_any = False
        for b in blocks:
            # the flow of a column: a block of two lines or more (a kicker
            # or byline line over a heading is not)
            if len(b.lines) < 2 or min(b.right, x1) - max(b.left, x0) <= 0:
                continue
            fits = b.left - body <= x0 and x1 <= b.right + body and b.width > 0.6 * (x1 - x0)
            if 0 <= y0 - b.bottom <= reach and not _rule_between(b.bottom, y0, x0, x1, separators):
                above_any = True
                above = b if fits else above
            elif 0 <= b.top - y1 <= reach and not _rule_between(y1, b.top, x0, x1, separators):
                below_any = True
                below = b if fits else below
        # the column runs on above and below (it may narrow beside a banner)
        if (above is not None and below_any) or (below is not None and above_any):
            g.role = Role.SUBHEADING
    # a subheading is set smaller than the page's headlines: one as large as
    # they are is the headline of an article under the row above it
    titles = sorted(g.size for g in groups if g.role == Role.TITLE and not g.vertical)
    if titles:
        typical = titles[len(titles) // 2]
        for g in groups:
            if g.role == Role.SUBHEADING and g.size >= 0.95 * typical and g.size >= 1.5 * body:
                g.role = Role.TITLE


def _rule_between(top: float, bottom: float, x0: float, x1: float, separators: list[BBox]) -> bool:
    """A horizontal rule or bar between heights ``top`` and ``bottom`` under x0..x1."""
    return any(s[2] - s[0] > s[3] - s[1] and top - 1 <= (s[1] + s[3]) / 2 <= bottom + 1
               and min(s[2], x1) - max(s[0], x0) > 0 for s in separators)


def attach_tiers(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float, body_font: str,
                 config: LayoutConfig = DEFAULT) -> list[ColumnBlock]:
    """A kicker or subtitle set at (or near) the body size: a line or two
    just above or below a title, over it, set apart from the body by its
    weight or face (a subtitle may instead open with ——), that is no byline
    and no sentence. It joins the title's group; returns the other blocks."""
    from .rules import parse_byline_line

    taken: set[int] = set()
    for b in blocks:
        if len(b.lines) > 2 or b.role != Role.BODY:
            continue
        text = "".join(ln.text for ln in b.lines).strip()
        if not text or text[-1] in "。！？" or parse_byline_line(text):
            continue
        names = name_tokens(text) is not None  # under a title that is its byline, not a subtitle
        marked = any(ln.bold or (body_font and ln.font != body_font) for ln in b.lines)
        for g in titles:
            if g.vertical:
                continue
            x0, y0, x1, y1 = g.bbox
            if min(x1, b.right) - max(x0, b.left) < 0.5 * min(x1 - x0, b.width):
                continue
            above = 0 <= y0 - b.bottom <= config.heading_gap * body * 1.5
            below = 0 <= b.top - y1 <= config.heading_gap * body * 1.5
            # unmarked, a kicker still hugs its title and lines up with it (left or centred)
            hugs = (0 <= y0 - b.bottom <= 0.8 * body and not names
                    and (abs(b.left - x0) <= 0.5 * body or abs((b.left + b.right - x0 - x1) / 2) <= body))
            if (above and (marked or hugs)) or (below and not names and (marked or text.startswith(("——", "—", "--")))):
                g.lines.extend(b.lines)
                taken.add(id(b))
                break
    return [b for b in blocks if id(b) not in taken]


# --- ownership -------------------------------------------------------------------

@dataclass(slots=True)
class _Item:
    """Anything that can stand above or beside a block."""

    box: BBox
    kind: str  # "block", "heading", "separator"
    ref: object | None = None


def _frames_of(box: BBox, frames: list[BBox]) -> BBox | None:
    """The smallest frame that holds ``box``."""
    inside = [f for f in frames if f[0] - 2 <= box[0] and box[2] <= f[2] + 2 and f[1] - 2 <= box[1]
              and box[3] <= f[3] + 2]
    return min(inside, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])) if inside else None


def _edges(frame: BBox) -> list[BBox]:
    x0, y0, x1, y1 = frame
    return [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)]


def assign_owners(blocks: list[ColumnBlock], headings: list[HeadingGroup], separators: list[BBox],
                  frames: list[BBox], body: float, config: LayoutConfig = DEFAULT) -> None:
    """Set ``block.owner`` to the index (in ``headings``) of the heading whose
    article the block is part of, or leave it ``None`` (no headline)."""
    seps = list(separators)
    for f in frames:
        seps.extend(_edges(f))
    frame_of = {id(b): _frames_of(b.bbox, frames) for b in blocks}
    head_frame = [_frames_of(h.bbox, frames) for h in headings]
    # titles, and labels (a boxed column logo or brief heading, a banner) that
    # may head text of their own without being a headline
    titles = [i for i, h in enumerate(headings) if h.role in (Role.TITLE, Role.OTHER)]
    flow = list(blocks)  # body, subheading and photo blocks
    pending = sorted(flow, key=lambda b: (b.top, b.left))
    for _ in range(len(pending) + 1):
        progress = False
        waiting: list[ColumnBlock] = []
        for b in pending:
            owner, known = _owner(b, flow, headings, titles, seps, frame_of, head_frame, body, config)
            if not known:
                waiting.append(b)
                continue
            b.owner = owner
            progress = True
        pending = waiting
        if not pending or not progress:
            break
    for b in pending:  # a cycle of waits: take the nearest heading above
        b.owner = _heading_above(b, headings, titles, frame_of[id(b)], head_frame)


def _owner(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
           seps: list[BBox], frame_of: dict[int, BBox | None], head_frame: list[BBox | None], body: float,
           config: LayoutConfig) -> tuple[int | None, bool]:
    """(owner, decided); undecided when it depends on a block not yet placed."""
    frame = frame_of[id(b)]
    if frame is not None:  # a boxed article: the frame's only title owns all of it
        inside = [i for i in titles if _holds(frame, headings[i].bbox)]
        if len(inside) == 1:
            return inside[0], True
    above = _nearest_above(b, flow, headings, titles, seps, frame_of, head_frame, frame)
    if above is not None:
        kind, ref, dist = above
        if kind == "heading" and headings[ref].role == Role.OTHER:  # type: ignore[index]
            side = _beside(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config)
            if side is not None and side[0] == "heading" and headings[side[1]].role == Role.TITLE \
                    and not _closes_items(b):  # type: ignore[index]
                return side[1], True  # type: ignore[return-value]  # a headline beside beats a label above
            right = _heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
            if right is not None:  # and so does one level with the block's top on its right
                return right, True
        if kind == "heading":
            return ref, True  # type: ignore[return-value]
        if kind == "block" and dist <= config.row_tolerance * body:
            return (ref.owner, True) if ref.owner is not None else (None, False)  # type: ignore[union-attr]
    # the top of a column: the flow comes from the left, or from a heading beside
    # (level with the top of the region the block opens, under photos it may have above)
    region_top = b.top - above[2] if above is not None and above[0] == "separator" else None
    side = _beside(b, flow, headings, titles, seps, frame_of, head_frame, frame, body, config, region_top)
    if side is not None and side[0] == "heading" and headings[side[1]].vertical and _closes_items(b):  # type: ignore[index]
        side = None  # a column of briefs belongs to the heading over it, not to a vertical headline beside
    if side is not None:
        kind, ref = side
        if kind == "heading" and headings[ref].role == Role.OTHER:  # type: ignore[index]
            # a label beside gives way to a headline level on the right, or to text running on from the left
            right = _heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
            if right is not None:
                return right, True
            left = _alongside_on_left(b, flow, seps, frame_of, frame, body)
            if left is not None:
                return (left.owner, True) if left.owner is not None else (None, False)
        if kind == "heading":
            return ref, True  # type: ignore[return-value]
        return (ref.owner, True) if ref.owner is not None else (None, False)  # type: ignore[union-attr]
    if above is not None and above[0] == "block":
        ref = above[1]
        row = _heading_in_gap(b, ref, headings, titles, seps, head_frame, frame)  # type: ignore[arg-type]
        if row is not None:  # white space, then a headline standing in it: a new row of articles
            return row, True
        return (ref.owner, True) if ref.owner is not None else (None, False)  # type: ignore[union-attr]
    # a separator above and nothing beside: the nearest heading above over the block (a rule
    # may run under a headline, so it is no wall here)
    over = _heading_above(b, headings, titles, frame, head_frame)
    if over is not None and headings[over].role == Role.TITLE:
        return over, True
    heading = _heading_on_right(b, headings, titles, seps, head_frame, frame, body, config)
    if heading is not None:  # the first column of an article whose headline stands over its later columns
        return heading, True
    right = _level_on_right(b, flow, seps, frame_of, frame, body, config)
    if right is not None:  # the same, seen through the next column
        return (right.owner, True) if right.owner is not None else (None, False)
    left = _alongside_on_left(b, flow, seps, frame_of, frame, body)
    if left is not None:  # a column right of where a narrow headline ends: the text on its left goes on here
        return (left.owner, True) if left.owner is not None else (None, False)
    return over, True  # only a label (a column logo, a banner) above, or nothing


def _nearest_above(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                   seps: list[BBox], frame_of: dict[int, BBox | None], head_frame: list[BBox | None],
                   frame: BBox | None) -> tuple[str, object, float] | None:
    best: tuple[str, object, float] | None = None
    x0, x1, top = b.left, b.right, b.top

    def consider(kind: str, ref: object, box: BBox, reach: float = 1.0) -> None:
        nonlocal best
        if min(box[2], x1) - max(box[0], x0) <= 0 or box[3] > top + reach:
            return
        dist = max(top - box[3], 0.0)
        if best is None or dist < best[2] - 0.01:
            best = (kind, ref, dist)

    for o in flow:
        # the cheap test first: this runs for every pair of blocks on the page
        if o.lines[-1].y1 <= top + 1 and o is not b and o.role != Role.OTHER and frame_of[id(o)] == frame:
            consider("block", o, o.bbox)  # photos (OTHER) are transparent
    for i in titles:
        if head_frame[i] == frame or (frame is not None and head_frame[i] is None and _holds(frame, headings[i].bbox)):
            box = headings[i].bbox  # its last line may stand level with the block's first (a subtitle beside it)
            consider("heading", i, box, 1.5 * b.size if box[1] < top - b.size else 1.0)
    for s in seps:
        if s[2] - s[0] >= s[3] - s[1]:
            consider("separator", None, s)
    return best


def _holds(frame: BBox, box: BBox) -> bool:
    return frame[0] - 2 <= box[0] and box[2] <= frame[2] + 2 and frame[1] - 2 <= box[1] and box[3] <= frame[3] + 2


def _beside(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
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
    for o in flow:
        if o is b or frame_of[id(o)] != frame or o.right > b.left + body or o.role == Role.OTHER:
            continue
        if abs(o.top - top) > config.row_tolerance * body:
            continue
        d = b.left - o.right
        if d < best_d and not _wall(o.right, b.left, top, seps):
            best, best_d = ("block", o), d
    for i in titles:
        h = headings[i]
        hx0, hy0, hx1, hy1 = h.bbox
        if head_frame[i] != frame and not (frame is not None and _holds(frame, h.bbox)):
            continue
        level = hy0 - config.row_tolerance * body <= top <= hy1 + body
        in_region = region_top is not None and region_top - body <= hy0 <= top and hx1 <= b.left + body
        if not (level or in_region):
            continue
        first = b.lines[0]  # the block may widen below a vertical heading
        if hx1 <= b.left + body:
            d = b.left - hx1
            lo, hi = hx1, b.left
        elif h.vertical and hx0 >= first.x1 - body:
            d = hx0 - first.x1
            lo, hi = first.x1, hx0
        else:
            continue
        if h.role == Role.OTHER:
            if d < label_d and not _wall(lo, hi, top, seps):
                label, label_d = ("heading", i), d
        elif d < best_d and not _wall(lo, hi, top, seps):
            best, best_d = ("heading", i), d
    return best if best is not None else label


def rebalance_centred(blocks: list[ColumnBlock], headings: list[HeadingGroup], body: float) -> None:
    """A column between two articles, under neither headline, joins the one
    whose headline it centres: a headline is set centred over its article's
    columns, so the column goes where both articles' columns stay (or come)
    centred under their headlines."""
    def span(owner: int) -> tuple[float, float] | None:
        own = [b for b in blocks if b.owner == owner and b.role != Role.OTHER]
        return (min(b.left for b in own), max(b.right for b in own)) if own else None

    for b in blocks:
        if b.owner is None or b.role == Role.OTHER:
            continue
        left = headings[b.owner]
        lx0, _, lx1, _ = left.bbox
        if min(lx1, b.right) - max(lx0, b.left) > 0 or left.vertical:
            continue  # under its own headline
        rights = [i for i, h in enumerate(headings) if i != b.owner and h.role == Role.TITLE and not h.vertical
                  and b.right - body <= h.bbox[0] and h.bbox[3] <= b.top and b.top - h.bbox[3] <= 6 * body]
        if not rights:
            continue
        other = min(rights, key=lambda i: headings[i].bbox[0])
        mine, theirs = span(b.owner), span(other)
        if mine is None or theirs is None or b.right > theirs[0] + body:
            continue
        mine_centre, theirs_centre = (lx0 + lx1) / 2, (headings[other].bbox[0] + headings[other].bbox[2]) / 2
        rest = [x for x in blocks if x.owner == b.owner and x is not b and x.role != Role.OTHER]
        if not rest:
            continue
        mine_without = (min(x.left for x in rest) + max(x.right for x in rest)) / 2
        before = abs((mine[0] + mine[1]) / 2 - mine_centre) + abs((theirs[0] + theirs[1]) / 2 - theirs_centre)
        after = abs(mine_without - mine_centre) + abs((b.left + theirs[1]) / 2 - theirs_centre)
        # both headlines centred: the one on the left over its columns without this one;
        # and the text does not run on into this column from the one on its left
        if after < before - body and abs(mine_without - mine_centre) <= body and not _runs_on(b, rest, body):
            b.owner = other


def _runs_on(b: ColumnBlock, others: list[ColumnBlock], body: float) -> bool:
    """The column on the left of ``b`` ends mid-sentence and ``b`` opens
    without an indent: one text running on from column to column."""
    from .reflow import ends_sentence

    left = [o for o in others if o.right <= b.left + body and abs(o.top - b.top) <= 3 * body]
    if not left:
        return False
    before = max(left, key=lambda o: o.right)
    return not ends_sentence(before.lines[-1].text) and b.lines[0].x0 - b.left < 1.4 * b.lines[0].size


_CLOSING_AUTHORS = re.compile(r"[（(][\u4e00-\u9fff·][\u4e00-\u9fff·\s、]{1,24}[）)]$")


def _closes_items(b: ColumnBlock) -> bool:
    """A column of news briefs under a label (简讯): an item of it ends in its
    authors in brackets (（陈玲玲 林娟）), as no article's column does mid-way."""
    return any(_CLOSING_AUTHORS.search(ln.text.strip()) for ln in b.lines[:-1])


def _heading_in_gap(b: ColumnBlock, over: ColumnBlock, headings: list[HeadingGroup], titles: list[int],
                    seps: list[BBox], head_frame: list[BBox | None], frame: BBox | None) -> int | None:
    """A headline set wholly in the white space between the block above and
    this block, off to one side (centred over other columns): it opens the
    row this block is in. The nearest such headline, with no wall between."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        hx0, hy0, hx1, hy1 = h.bbox
        if h.role != Role.TITLE or h.vertical or head_frame[i] != frame or not (over.bottom < hy0 and hy1 <= b.top + 1):
            continue
        gap = max(hx0 - b.right, b.left - hx1, 0.0)
        lo, hi = (b.right, hx0) if hx0 >= b.right else (hx1, b.left)
        if (lo >= hi or not _wall(lo, hi, (hy0 + hy1) / 2, seps)) and (best is None or gap < best[0]):
            best = (gap, i)
    return best[1] if best else None


def _heading_on_right(b: ColumnBlock, headings: list[HeadingGroup], titles: list[int], seps: list[BBox],
                      head_frame: list[BBox | None], frame: BBox | None, body: float,
                      config: LayoutConfig) -> int | None:
    """A headline (not a label) a gutter or so to the right whose top is level
    with the block's: the block is its article's first column, set beside it."""
    best: tuple[float, int] | None = None
    for i in titles:
        h = headings[i]
        hx0, hy0 = h.bbox[0], h.bbox[1]
        if h.role != Role.TITLE or h.vertical or head_frame[i] != frame:
            continue
        gap = hx0 - b.right
        if -body <= gap <= 4 * body and abs(hy0 - b.top) <= config.row_tolerance * body \
                and not _wall(b.right, hx0, b.top, seps) and (best is None or gap < best[0]):
            best = (gap, i)
    return best[1] if best else None


def _level_on_right(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox], frame_of: dict[int, BBox | None],
                    frame: BBox | None, body: float, config: LayoutConfig) -> ColumnBlock | None:
    """The nearest block (or photo) on the right whose top is level with this
    one's, with no vertical separator between."""
    best: ColumnBlock | None = None
    for o in flow:
        if o is b or frame_of[id(o)] != frame or o.left < b.right - body:
            continue
        if abs(o.top - b.top) > config.row_tolerance * body or _wall(b.right, o.left, b.top, seps):
            continue
        if best is None or o.left < best.left:
            best = o
    return best


def _alongside_on_left(b: ColumnBlock, flow: list[ColumnBlock], seps: list[BBox],
                       frame_of: dict[int, BBox | None], frame: BBox | None, body: float) -> ColumnBlock | None:
    """The nearest body block a gutter or so to the left that runs beside
    this block's top (from above it, or from a few lines under it: a caption
    may stand over that column), with no vertical separator between."""
    best: ColumnBlock | None = None
    for o in flow:
        if o is b or o.role != Role.BODY or frame_of[id(o)] != frame or not o.top < b.top + 6 * body < o.bottom + 6 * body:
            continue
        gap = b.left - o.right
        if 0 <= gap <= 4 * body and not _wall(o.right, b.left, max(b.top, o.top), seps) \
                and (best is None or (o.right, -o.top) > (best.right, -best.top)):
            best = o
    return best


def _wall(lo: float, hi: float, y: float, seps: list[BBox]) -> bool:
    """A vertical separator between x = lo and x = hi at height y."""
    for s in seps:
        if s[3] - s[1] > s[2] - s[0] and lo - 1 <= (s[0] + s[2]) / 2 <= hi + 1 and s[1] - 2 <= y <= s[3] + 2:
            return True
    return False


def _heading_above(b: ColumnBlock, headings: list[HeadingGroup], titles: list[int], frame: BBox | None,
                   head_frame: list[BBox | None]) -> int | None:
    """The nearest title above the block in its frame, overlapping it in x."""
    best: tuple[int, float, int] | None = None
    for i in titles:
        h = headings[i]
        if head_frame[i] != frame and not (frame is not None and _holds(frame, h.bbox)):
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
