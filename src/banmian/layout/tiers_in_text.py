"""Heading lines stacked under a headline that stand inside its text, not
over it. A headline's tiers (kicker, title, subtitle, a byline line) stand
over all the columns they head; the text opens under the lowest of them. A
smaller heading close under the title that stands beside a column of that
title's text, the column opening level with it or above it, is inside the
row of columns: a subheading opening its own column (centred in it), read
with the text, not a subtitle. :func:`.segment.group_headings` joins such a
line to the headline above it (it sees no text); this splits it off again.
Likewise a block under or over a title set in the size and face of the
columns beside it, when that face is not the page's: a tier is set apart
from the text it heads, and that text's own face sets nothing apart."""

from __future__ import annotations

from ..model import TextLine
from .roles import SUBHEADING, TITLE
from .columns import ColumnBlock
from .segment import HeadingGroup, rule_between


def split_tiers_inside_text(groups: list[HeadingGroup], blocks: list[ColumnBlock], separators: list,
                            body: float) -> list[HeadingGroup]:
    """``groups`` with the lines of a headline group that stand level with a
    column of its text (and every line of the group under them) split off as
    a subheading; a small heading grouped apart right under a title, level
    with a column of that title's text, is a subheading too."""
    out: list[HeadingGroup] = []
    for g in groups:
        cut = _first_line_inside_text(g, blocks, separators, body) if not g.vertical and len(g.lines) >= 2 else None
        if cut is None:
            out.append(g)
            continue
        lines = sorted(g.lines, key=lambda ln: (ln.y0, ln.x0))
        out.append(HeadingGroup(lines[:cut], g.role, g.bylines))
        out.append(HeadingGroup(lines[cut:], SUBHEADING))
    for g in out:  # one grouped apart from the title already
        if g.role == TITLE and not g.vertical and len(g.lines) <= 3 and g.size < 1.3 * body:
            over = [h for h in out if h is not g and h.role == TITLE and not h.vertical and h.size > g.size
                    and 0 <= g.bbox[1] - h.bbox[3] <= 2 * body
                    and min(h.bbox[2], g.bbox[2]) - max(h.bbox[0], g.bbox[0]) > 0]
            first = min(g.lines, key=lambda ln: ln.y0)
            if any(_beside_a_column_of_the_text(h.lines, first, blocks, separators, body) for h in over):
                g.role = SUBHEADING
    return out


def _first_line_inside_text(g: HeadingGroup, blocks: list[ColumnBlock], separators: list, body: float) -> int | None:
    lines = sorted(g.lines, key=lambda ln: (ln.y0, ln.x0))
    for i in range(1, len(lines)):
        above, ln = lines[:i], lines[i]
        if ln.size >= min(a.size for a in above) or ln.size >= 1.3 * body or ln.y0 < max(a.y1 for a in above):
            continue  # a smaller line wholly under the ones above (not the title's own next line)
        if _beside_a_column_of_the_text(above, ln, blocks, separators, body):
            return i
    return None


def _beside_a_column_of_the_text(above: list[TextLine], ln: TextLine, blocks: list[ColumnBlock],
                                 separators: list, body: float) -> bool:
    """A column (three lines or more) opening under the lines above, under
    their span, no rule between, level with ``ln`` or higher, in the column
    beside ``ln``'s (a centred subheading stands up to a column's width from
    it)."""
    x0, x1 = min(a.x0 for a in above), max(a.x1 for a in above)
    foot = max(a.y1 for a in above)
    return any(len(b.lines) >= 3 and foot - 0.5 * body <= b.top <= ln.y0 + 0.5 * body
               and (0 <= b.left - ln.x1 <= b.width or 0 <= ln.x0 - b.right <= b.width)
               and min(b.right, x1) - max(b.left, x0) > 0.5 * min(b.width, x1 - x0)
               and not rule_between(foot, b.top, b.left, b.right, separators) for b in blocks)


def set_as_a_column_beside(b: ColumnBlock, blocks: list[ColumnBlock], body: float, body_font: str) -> bool:
    """``b``, set in another face than the page's text, stands a gutter or so
    beside a column of two lines or more, level with it, and every line of
    ``b`` is set in that column's size, face and weight: it is text of the
    same row (a short article's columns in a face of their own, one of them
    under its headline), no tier. The face that would set a tier apart from
    the page's text is its own text's face."""
    if not body_font or any(ln.font == body_font for ln in b.lines):
        return False
    for c in blocks:
        if c is b or c.role != b.role or len(c.lines) < 2 or min(c.bottom, b.bottom) - max(c.top, b.top) <= 0 \
                or not (0 <= c.left - b.right <= 3 * body or 0 <= b.left - c.right <= 3 * body):
            continue
        if all(any(abs(o.size - ln.size) < 0.3 and o.font == ln.font and o.bold == ln.bold for o in c.lines)
               for ln in b.lines):
            return True
    return False
