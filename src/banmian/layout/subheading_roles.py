"""Which headings stand inside an article's columns: a heading that fits in
one column, with that column's text just above or below it, is an in-body
subheading (小标题), part of the flow, unless it is set as large as the
page's headlines, closes over a finished article, or is a kicker's title.
(Split from :mod:`.segment`, which groups the headings.)"""

from __future__ import annotations

import re

from ..model import BBox
from .roles import BODY, SUBHEADING, TITLE
from ..names import starts_with_surname
from .column_foot_headings import column_foot_subheadings
from .columns import ColumnBlock
from .config import DEFAULT, LayoutConfig
from .frame_labels import framed_openings, heads_a_frame
from .reflow import ends_sentence
from .row_heads import heads_a_row
from .row_titles import is_reporters_line
from .rules import is_closing_dateline_line, name_tokens
from .segment import HeadingGroup, rule_between, smallest_frame


def classify_subheadings(groups: list[HeadingGroup], blocks: list[ColumnBlock], separators: list[BBox],
                         body: float, config: LayoutConfig = DEFAULT, frames: list[BBox] = (),  # type: ignore[assignment]
                         others: list[BBox] = ()) -> None:  # type: ignore[assignment]
    """A horizontal heading that fits within a column of body text running
    just above or below it is a subheading, unless it is set as large as the
    page's headlines are. ``frames`` (every box drawn) and ``others`` (more
    short lines: names no heading has taken yet): short lines framed one by
    one and stacked with a heading in its column stand and fall with it."""
    reach = config.subheading_reach * body
    small = [h.bbox for h in groups if len(h.lines) == 1 and not h.vertical and h.size < 1.3 * body]
    # (a heading of a few lines framed as one box, drawn line by line, stands in a stack as one-line ones do)
    single = small + [h.bbox for h in groups if 1 < len(h.lines) <= 4 and not h.vertical and h.size < 1.3 * body
                      and frames and framed_alone(h.bbox, frames, body) is not None]
    small += list(others)
    widths = sorted(b.width for b in blocks if b.role == BODY and len(b.lines) >= 3)
    column = widths[len(widths) // 2] if widths else float("inf")  # the usual column's width
    for g in groups:
        if g.vertical or g.role != TITLE:
            continue
        x0, y0, x1, y1 = g.bbox
        if len(g.lines) > 4 or _in_a_wide_bar(g, separators, column, body):
            continue
        if frames and heads_a_frame(g.bbox, frames, blocks, body):
            continue  # the frame's edge parts it from the text over it: it heads the frame's text
        above = below = None
        above_any = below_any = open_above = closed_above = False
        if g.size < 1.3 * body:  # (a subheading's size: not a headline's under a kicker line)
            own = framed_alone(g.bbox, frames, body) if frames else None
            if own is not None:  # a framed subheading spans its column: the frame's edges are the column's
                x0, x1 = min(x0, own[0]), max(x1, own[2])
            y0, y1 = _stack_ends(y0, y1, x0, x1, blocks, body, single)
            if frames:
                stack = framed_stack(g.bbox, small, frames, body)
                y0, y1 = min(y0, min(b[1] for b in stack)), max(y1, max(b[3] for b in stack))
        lefts = _lefts_under(x0, y1, x1, blocks, reach, body)
        for b in blocks:
            if min(b.right, x1) - max(b.left, x0) > 0 and 0 <= y0 - b.bottom <= reach and _closes_an_article(b):
                closed_above = True
            # the flow of a column: a block of two lines or more (a kicker
            # or byline line over a heading is not), or a paragraph's last line over it
            if (len(b.lines) < 2 and not (b.bottom <= y0 and _last_line_of_a_paragraph(b, x0, lefts))) \
                    or min(b.right, x1) - max(b.left, x0) <= 0.1 * (x1 - x0):
                continue  # (a column of another width just touching the heading's edge is no flow of it)
            fits = b.left - body <= x0 and x1 <= b.right + body and b.width > 0.6 * (x1 - x0)
            if 0 <= y0 - b.bottom <= reach and not rule_between(b.bottom, y0, x0, x1, separators):
                above_any = True
                above = b if fits else above
                open_above = open_above or not _ends_paragraph(b)
            elif 0 <= b.top - y1 <= reach and not rule_between(y1, b.top, x0, x1, separators):
                below_any = True
                below = b if fits else below
        if above is not None and not below_any:  # or a paragraph's first line alone under it (at a column's foot)
            below_any = any(0 <= b.top - y1 <= reach and _first_line_of_a_paragraph(b, above)
                            and not rule_between(y1, b.top, x0, x1, separators) for b in blocks)
        # the column runs on above and below (it may narrow beside a banner); not over
        # a short block standing right over a headline (a column logo over a kicker)
        if above is not None and g.size >= 1.3 * body and _kicker_over(above):
            continue  # a headline well over the body size under its kicker
        if closed_above:
            continue  # the text over it ends with its authors: an article (a brief) ends there, a new one opens
        if open_above and g.size >= 1.3 * body:
            continue  # a subheading follows a paragraph's end: the text over a headline-sized heading goes on elsewhere
        if g.size >= 1.3 * body and max(ln.size for ln in g.lines) >= 1.1 * min(ln.size for ln in g.lines):
            continue  # lines of two sizes (a kicker over its title): a headline's tiers; a subheading has one style
        if (above is not None and below_any) or (below is not None and above_any):
            if (below is None or not _over_a_headline(below, g, groups, body)) \
                    and not heads_a_row(g.bbox, blocks, separators, body) \
                    and not ((above is None or y0 - above.bottom > 1.5 * body) and _over_its_reporters(g, blocks, body)):
                # (not over a row's top, flush left or across its gutter, nor over its reporters' line with
                # no column running on a line over it: those are headlines)
                g.role = SUBHEADING
    column_foot_subheadings(groups, blocks, separators, body, reach)  # a foot heading, its tail atop the next column
    for g in groups:  # a part's reporter (and its dashed subtitle) inside a long article: no headline
        if g.role == TITLE and not g.vertical and _reporter_and_dashes(g):
            g.role = SUBHEADING
    framed_openings(groups, blocks, frames, body)
    # a subheading is set smaller than the page's headlines: one as large as
    # they are is the headline of an article under the row above it
    titles = sorted(g.size for g in groups if g.role == TITLE and not g.vertical)
    if titles:
        typical = titles[len(titles) // 2]
        for g in groups:
            if g.role == SUBHEADING and g.size >= 0.95 * typical and g.size >= 1.5 * body:
                g.role = TITLE


#: a reporter's role and name alone: 本报记者黄晓慧, ■ 通讯员 韩莉 金勇
#: (记者观察 and 记者手记 are column labels: a bare role runs into a name only after 本报 or 新华社)
_ROLE_AND_NAMES = re.compile(r"(?:[■◎●]\s*)?(?:(?:本报|新华社|人民日报)(?:特约|实习|见习|首席)?(?:记者|通讯员|实习生)\s*"
                             r"|(?:特约|实习|见习|首席)?(?:记者|通讯员|实习生)\s+)"
                             r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})")


def _in_a_wide_bar(g: HeadingGroup, separators: list[BBox], column: float, body: float) -> bool:
    """The heading stands in a bar (a shaded band) far wider than itself and
    than two columns: the bar's banner, however well it fits the column over
    or under it (a frame round a subheading stays within its column)."""
    x0, y0, x1, y1 = g.bbox
    return any(s[0] - 1 <= x0 and x1 <= s[2] + 1 and s[1] - 1 <= y0 and y1 <= s[3] + 1 and s[3] - s[1] < s[2] - s[0]
               and s[2] - s[0] >= max(3 * (x1 - x0) + 4 * body, 2 * column) for s in separators)


def _stack_ends(top: float, bottom: float, x0: float, x1: float, blocks: list[ColumnBlock],
                body: float, headings: list[BBox] = ()) -> tuple[float, float]:  # type: ignore[assignment]
    """The top and foot of the short lines stacked right over and under a
    heading in its column (a subheading set as several framed lines, 亮点二 /
    工厂接入互联网 / a larger line; an epigraph's ——习近平 over two short
    lines, one set larger, and a reporter's): the column's text runs on over
    and under the whole stack. ``headings``: other one-line headings, which
    may stand in the stack as the body-size lines do."""
    columns = [c for c in blocks if len(c.lines) >= 2 and min(c.right, x1) - max(c.left, x0) > 0
               and (0 <= top - c.bottom <= 3 * body or 0 <= c.top - bottom <= 3 * body)]
    lefts = tuple(c.left for c in columns if c.top >= bottom and c.left - body <= x0 and x1 <= c.right + body)
    boxes = [b.bbox for b in blocks if len(b.lines) == 1 and not _last_line_of_a_paragraph(b, x0, lefts)
             and not any(_first_line_of_a_paragraph(b, c) for c in columns)]  # (a text line is no stack's)
    boxes += [h for h in headings if h[1] >= bottom or h[3] <= top]

    def stacked(b: BBox) -> bool:
        return min(b[2], x1) - max(b[0], x0) > 0 and b[2] - b[0] <= 1.2 * (x1 - x0) + 2 * body
    boxes = [b for b in boxes if stacked(b)]
    for _ in range(4):
        over = [b[1] for b in boxes if 0 <= top - b[3] <= 2.5 * body]
        under = [b[3] for b in boxes if 0 <= b[1] - bottom <= 2.5 * body]
        if not over and not under:
            break
        top, bottom = min(over, default=top), max(under, default=bottom)
    return top, bottom


def _reporter_and_dashes(g: HeadingGroup) -> bool:
    """A heading of a reporter's line, with at most lines opening with ——
    (a part's subtitle) over it: the part of a long article (a report from
    several places, each with its subtitle and reporter), never a headline."""
    texts = [ln.text.strip() for ln in g.lines]
    named = [t for t in texts if (m := _ROLE_AND_NAMES.fullmatch(t)) and all(
        starts_with_surname(n) for n in m.group("names").split())]
    return bool(named) and all(t in named or t.startswith("——") for t in texts)


def _over_its_reporters(g: HeadingGroup, blocks: list[ColumnBlock], body: float) -> bool:
    """A reporters' line under a title's line: the group's last line, or the
    first line of the text right under it (not under dashed subtitles only:
    a part's heading in a long article, :func:`_reporter_and_dashes`)."""
    texts = [ln.text.strip() for ln in g.lines]
    if not any(not t.startswith("——") and not is_reporters_line(t) for t in texts):
        return False
    if len(texts) >= 2 and is_reporters_line(texts[-1]):
        return True
    x0, _, x1, y1 = g.bbox
    return any(0 <= b.top - y1 <= 1.5 * body and min(b.right, x1) - max(b.left, x0) > 0
               and is_reporters_line(b.lines[0].text.strip()) for b in blocks)


#: authors in brackets closing an article: （通讯员 刘阳 赵永平）, ……。（樊曦 韩晓明）
_CLOSING_AUTHORS = re.compile(r"(?:^|[。！？”])[（(](?P<inner>[^（）()]{2,40})[）)]$")
_STAFF_ROLE = re.compile(r"(?:本报)?(?:特约|实习|见习)?(?:记者|通讯员|实习生)")


def _closes_an_article(block: ColumnBlock) -> bool:
    """The block's last line ends in the article's authors in brackets, or is
    its closing dateline alone (（本报玉溪2月20日电）, under the authors' line).
    The brackets may wrap: a last line closing a bracket it does not open
    (高炳）) ends the authors opened on the line over it (…更便捷。”（王伟健 )."""
    last = block.lines[-1].text.strip()
    if is_closing_dateline_line(last):
        return True
    if len(block.lines) >= 2 and last.endswith(("）", ")")) and "（" not in last and "(" not in last:
        # the names broke between two names (the space) or inside one (（莽九 / 晨）: no space)
        before = block.lines[-2].text.strip()
        return _closing_authors(before + " " + last) or _closing_authors(before + last)
    return _closing_authors(last)


def _closing_authors(text: str) -> bool:
    m = _CLOSING_AUTHORS.search(text)
    return m is not None and name_tokens(_STAFF_ROLE.sub(" ", m.group("inner"))) is not None


def _last_line_of_a_paragraph(block: ColumnBlock, x0: float, lefts: tuple[float, ...] = ()) -> bool:
    """A line alone set from the heading's left edge (not indented, not
    centred) and ending a sentence: the last line of a paragraph carried
    over from the column before (a kicker or a name line ends in none).
    ``lefts``: the left edges of the columns running on under the heading;
    a centred heading's column starts left of it, and so does that line."""
    line = block.lines[0]
    return any(abs(line.x0 - x) <= 0.5 * line.size for x in (x0, *lefts)) and ends_sentence(line.text.strip())


def _lefts_under(x0: float, y1: float, x1: float, blocks: list[ColumnBlock], reach: float,
                 body: float) -> tuple[float, ...]:
    """The left edges of the columns of two lines or more right under a
    heading that fits in them (a centred subheading's own column)."""
    return tuple(c.left for c in blocks if len(c.lines) >= 2 and 0 <= c.top - y1 <= reach
                 and c.left - body <= x0 and x1 <= c.right + body)


def _first_line_of_a_paragraph(block: ColumnBlock, column: ColumnBlock) -> bool:
    """A line alone, indented two characters in ``column`` and running to
    its right edge: a paragraph's first line, its text running on at the
    top of the next column (a heading at a column's foot over it)."""
    if len(block.lines) != 1:
        return False
    line = block.lines[0]
    return abs(line.x0 - column.left - 2 * line.size) <= 0.6 * line.size and abs(line.x1 - column.right) <= line.size


def _ends_paragraph(block: ColumnBlock) -> bool:
    """The block's last line ends a sentence (or is short of the column: a paragraph's last line)."""
    last = block.lines[-1]
    return ends_sentence(last.text) or last.x1 < block.right - 2 * last.size


def _kicker_over(block: ColumnBlock) -> bool:
    """A block of a line or three ending with no stop, right over a heading:
    a kicker at the body size (用干部跑腿次数，换群众满意指数), not the end
    of a paragraph before a subheading."""
    return len(block.lines) <= 3 and not ends_sentence(block.lines[-1].text)


def _over_a_headline(block: ColumnBlock, g: HeadingGroup, groups: list[HeadingGroup], body: float) -> bool:
    """A short block (a kicker at the body size) with a headline right under it."""
    if len(block.lines) > 3:
        return False
    return any(h is not g and h.role == TITLE and not h.vertical and 0 <= h.bbox[1] - block.bottom <= 1.5 * body
               and min(h.bbox[2], block.right) - max(h.bbox[0], block.left) > 0 for h in groups)


def framed_alone(box: BBox, frames: list[BBox], body: float) -> BBox | None:
    """The frame drawn round ``box`` alone (a line's height, a few characters
    wider than it), None when ``box`` stands in no frame or in a larger one."""
    f = smallest_frame(box, frames)
    return f if f is not None and f[3] - f[1] <= 2.5 * (box[3] - box[1]) + 4 and f[2] - f[0] <= 3 * (box[2] - box[0]) + 4 * body \
        else None


def framed_stack(box: BBox, others: list[BBox], frames: list[BBox], body: float) -> list[BBox]:
    """The boxes of the short lines stacked right over and under ``box`` in
    its column, each in a frame of its own as ``box`` is (a part's heading
    framed, and framed apart under it the part's reporters): framed lines
    stacked so are one subheading, whichever of them is set as a heading
    and whichever as a name. ``box`` first; only itself when it is not framed alone."""
    own = framed_alone(box, frames, body)
    if own is None:
        return [box]
    stack, edges = [box], [own]
    candidates = [(b, f) for b in others if b != box and (f := framed_alone(b, frames, body)) is not None and f != own]
    changed = True
    while changed:
        changed = False
        top, bottom = min(f[1] for f in edges), max(f[3] for f in edges)
        lo, hi = min(f[0] for f in edges), max(f[2] for f in edges)
        for b, f in candidates:
            if b in stack or min(f[2], hi) - max(f[0], lo) <= 0.5 * min(f[2] - f[0], hi - lo):
                continue
            if 0 <= f[1] - bottom <= 1.5 * body or 0 <= top - f[3] <= 1.5 * body:
                stack.append(b)
                edges.append(f)
                changed = True
    return stack
