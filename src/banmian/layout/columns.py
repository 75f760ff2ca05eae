"""Column blocks: the units of a page's body text.

A column block is a run of body lines set one under the next in one column:
same left edge (give or take a paragraph indent), no wider than the column,
at the column's leading. Blocks end where the column ends, where something
else (a heading, a photo, a rule) interrupts it, or where the column's
width changes. Articles are assembled from blocks, never from single lines,
so a page needs no page-wide column grid: every article may have its own.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from ..model import BBox, Role, TextLine
from .roles import BODY
from .config import DEFAULT, LayoutConfig
from ..names import starts_with_surname
from .body_units import names_by_place, names_of_a_team, plain_names
from .paragraphs import LIST_MARKS, opens_point
from .reflow import ends_sentence
from .rules import parse_byline_line, parse_credit


@dataclass(eq=False, slots=True)
class ColumnBlock:
    """Lines of one column, top to bottom. Compared by identity."""

    lines: list[TextLine]
    role: Role = BODY
    #: index of the headline group (article) that owns the block, once known
    owner: int | None = None
    left: float = 0.0
    right: float = 0.0
    #: a table's rows (:mod:`.figure_tables`): each line a paragraph of its own
    rows: bool = False

    def __post_init__(self) -> None:
        self.left = min(ln.x0 for ln in self.lines)
        self.right = max(ln.x1 for ln in self.lines)

    @property
    def top(self) -> float:
        return self.lines[0].y0

    @property
    def bottom(self) -> float:
        return self.lines[-1].y1

    @property
    def bbox(self) -> BBox:
        lines = self.lines  # (top and bottom read here, not through their properties: asked block by heading)
        return (self.left, lines[0].y0, self.right, lines[-1].y1)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def size(self) -> float:
        return self.lines[0].size

    def add(self, line: TextLine) -> None:
        self.lines.append(line)
        if line.x0 < self.left:  # (min and max, without their calls: once a line of a page)
            self.left = line.x0
        if line.x1 > self.right:
            self.right = line.x1


def build_blocks(lines: list[TextLine], body: float, separators: list[BBox],
                 config: LayoutConfig = DEFAULT) -> list[ColumnBlock]:
    """Body lines -> column blocks (a sweep from the top of the page down).

    Only blocks whose last line is near and which overlap the line in x are
    tried: a page has a few dozen columns open at a time, and this runs on
    every line of millions of pages."""
    open_blocks: list[ColumnBlock] = []
    done: list[ColumnBlock] = []
    reach = config.line_gap * body * 1.5
    horizontal = sorted((s for s in separators if s[2] - s[0] > s[3] - s[1]), key=_middle)
    middles = [_middle(s) for s in horizontal]
    swept = float("-inf")
    bylines: set[int] = set()
    for ln in sorted(lines, key=_TOP_LEFT):
        if ln.text.endswith("摄") and (parse_credit(ln.text) or (None,))[0]:
            continue  # a photographer's credit (本报记者 张三摄) no caption took: no column's text, no byline
        x0, y0, x1 = ln.x0, ln.y0, ln.x1
        if y0 - swept > body:  # now and then: blocks whose last line is well above take no more lines
            swept = y0
            still = []
            for block in open_blocks:
                (done if y0 - block.lines[-1].y1 > reach else still).append(block)
            open_blocks = still
        reach_right, reach_left = x1 + 3.2 * body, x0 - body  # (see _wraps_back)
        near = [b for b in open_blocks if b.left < reach_right and b.right > reach_left]
        if near and _rest_of_line(near, ln, body):  # (no block near: nothing to join, no call)
            continue
        best: ColumnBlock | None = None
        best_overlap = 0.0
        # a byline line is a block of its own, and so is a line of names set apart by
        # spaces (庞芳洋　沈 亮): body text has no spaces between Chinese words
        text = ln.text  # (_names_apart's first test, a space inside the line, asked before its call)
        alone = parse_byline_line(text) is not None or (" " in text.strip() and _names_apart(text))
        if alone:
            bylines.add(id(ln))
        for block in ([] if alone else near):
            if id(block.lines[-1]) in bylines:
                continue
            overlap = _fits(block, ln, body, config)
            if overlap > best_overlap and not (horizontal and _separated(block, ln, horizontal, middles)):
                best, best_overlap = block, overlap
        if best is None:
            open_blocks.append(ColumnBlock([ln]))
        else:
            best.add(ln)
    return done + open_blocks


#: lines top to bottom, then left to right (the sweep's order)
_TOP_LEFT = attrgetter("y0", "x0")


def _names_apart(text: str) -> bool:
    """Names set apart by spaces, each opening with a surname (庞芳洋　沈 亮), or
    a team's, one of a rare surname (强薇 阳建 赵益普), not the two phrases of a
    lead-in (访农户 看新貌)."""
    if " " not in text.strip():
        return False
    names = plain_names(text)
    if names:
        return all(starts_with_surname(b.name) for b in names)
    team = names_by_place(text)
    return bool(team) and names_of_a_team(team)  # type: ignore[arg-type]


def _rest_of_line(blocks: list[ColumnBlock], ln: TextLine, body: float) -> bool:
    """A piece of a line that the extractor set apart (a space of a character
    or so, a kerned quote) inside a column already seen: join it to the line
    it continues on the same baseline."""
    for block in blocks:
        last = block.lines[-1]
        if len(block.lines) < 2 or abs(last.y1 - ln.y1) > 0.25 * body or abs(last.size - ln.size) > 0.2 * body:
            continue
        gap = ln.x0 - last.x1
        if -1.1 * ln.size <= gap <= 1.6 * ln.size and ln.x1 <= block.right + 0.5 * body:
            joined = last.text + (" " if gap > 0.6 * ln.size else "") + ln.text
            block.lines[-1] = TextLine(joined, (last.x0, min(last.y0, ln.y0), max(last.x1, ln.x1), max(last.y1, ln.y1)),
                                       last.size, last.bold, font=last.font, order=last.order)
            return True
    return False


def _fits(block: ColumnBlock, ln: TextLine, body: float, config: LayoutConfig) -> float:
    """How well ``ln`` continues ``block`` (0: not at all)."""
    lines = block.lines
    last = lines[-1]
    lx0, ly0, lx1 = ln.x0, ln.y0, ln.x1  # (the edges as attributes: no box indexed, once a pair of lines)
    gap = ly0 - last.y1
    if gap < -0.3 * body or gap > config.line_gap * body or abs(ln.size - last.size) > 0.2 * body:
        return 0.0
    left, right = block.left, block.right
    overlap = (right if right < lx1 else lx1) - (left if left > lx0 else lx0)
    narrower = lx1 - lx0 if lx1 - lx0 < right - left else right - left
    # (both exceptions hold for a block of one line only: asked of that block alone)
    if overlap <= 0.5 * narrower and len(lines) == 1 and (_wraps_back(block, ln, body)
                                                           or _indents_after_tail(block, ln, body)):
        return lx1 - lx0  # the indented first line of a paragraph, then its short last line at the column's left
    if overlap <= 0.5 * narrower or lx0 < left - 2.6 * body:  # starts left of the column: another column
        return 0.0
    if len(lines) == 1 and lx0 <= last.x0 - 2 * body and lx1 >= last.x1 + 2 * body:
        return 0.0  # the block so far is a short line centred over this one (a byline, a label)
    if lx1 > right + 1.2 * body and abs(lx0 - left) > 0.6 * body \
            and not (len(block.lines) == 1 and left - lx0 <= 3.2 * body):
        return 0.0  # wider than the column, unless the block so far is an indented first line
    return overlap


def _wraps_back(block: ColumnBlock, ln: TextLine, body: float) -> bool:
    """The block so far is one paragraph's indented first line, reaching the
    column's right edge mid-sentence, and ``ln`` starts an indent to its left
    and ends inside the column: the paragraph's second line (励 under
    支持……股权激), too short to overlap the indented line."""
    last = block.lines[-1]
    return len(block.lines) == 1 and block.left - 3.2 * body <= ln.x0 <= block.left - 0.6 * body \
        and ln.x1 <= block.right + 0.5 * body and not ends_sentence(last.text)


def _indents_after_tail(block: ColumnBlock, ln: TextLine, body: float) -> bool:
    """The block so far is a column's first line, a paragraph's short tail
    at its left ending the sentence (朗。 carried over from the column
    before), and ``ln`` opens the next paragraph with an indent: too short to
    overlap the indented line, it is still the same column's line."""
    last = block.lines[-1]
    return len(block.lines) == 1 and last.x1 - last.x0 <= 3.2 * body and ends_sentence(last.text) \
        and block.left + 0.6 * body <= ln.x0 <= block.left + 3.2 * body and ln.x1 > block.right + 2 * body \
        and not ends_sentence(ln.text) and not ln.text.rstrip().endswith(("）", ")"))  # (no credit line of its own)


def _middle(rule: BBox) -> float:
    return (rule[1] + rule[3]) / 2


def _separated(block: ColumnBlock, ln: TextLine, rules: list[BBox], middles: list[float]) -> bool:
    """A horizontal rule or bar between the block's last line and ``ln``
    (``rules``: the horizontal ones, sorted by their ``middles``: a page has
    hundreds of short rules and this is asked for most pairs of lines)."""
    y1 = ln.y0 + 1
    k, count = bisect_left(middles, block.lines[-1].y1 - 1), len(middles)
    while k < count and not middles[k] > y1:  # (most pairs: the first rule past the block's foot is under ln)
        s = rules[k]
        if min(s[2], ln.x1) - max(s[0], ln.x0) > 0.5 * ln.width:
            return True
        k += 1
    return False


def indent_of(line: TextLine, block: ColumnBlock) -> float:
    """How far ``line`` starts right of its block's left edge, in its own size."""
    return (line.x0 - block.left) / max(line.size, 1.0)


def paragraph_starts(block: ColumnBlock, config: LayoutConfig = DEFAULT, text_font: str | None = None) -> list[bool]:
    """For each line: does it open a paragraph? An indented line does, and so
    does a line set right (an author note, a 下转 note), and a list's point
    opening with its mark under a sentence's end (set flush left, its text
    hanging clear of the mark); the block's first line opens one only when
    indented (else it continues the previous column). A line in the measure
    of the indented line over it, both in a face other than the text's
    (``text_font``: a quotation set in Kai), goes on from it (:func:`_one_measure`)."""
    left, least = block.left, config.indent_min  # (indent_of, for every line of a page)
    lines = block.lines
    if _centred_lines(lines):
        return [False] * len(lines)  # verse set centred: its lines' left edges tell nothing
    # (a measure set in is most of the column wide, short lines level with each other are headings;
    # and in a face of its own: lines at the indent in the text's face are paragraphs' first lines)
    measure = _SET_IN_WIDTH * (block.right - left)
    # (one walk of the lines, each line's indent and measure read once and kept for the line under it)
    starts: list[bool] = []
    count = len(lines)
    above: TextLine | None = None
    above_indented = above_set_in = False
    first_two: list[tuple[bool, bool]] = []  # (indented, set in) of the block's first two lines
    for k, ln in enumerate(lines):
        size = ln.size
        indented = (ln.x0 - left) / (1.0 if 1.0 > size else size) >= least  # (max(size, 1.0))
        set_in = text_font is not None and ln.x1 - ln.x0 >= measure and ln.font != text_font
        if k < 2:
            first_two.append((indented, set_in))
        starts.append(indented and not (above_indented and above_set_in and above.font == ln.font  # type: ignore[union-attr]
                                        and _one_measure(above, ln, lines[k + 1] if k + 1 < count else None))  # type: ignore[arg-type]
                      or above is not None and ln.text[:1] in LIST_MARKS and opens_point(above.text, ln.text))
        above, above_indented, above_set_in = ln, indented, set_in
    if (count > 1 and first_two[0][0] and first_two[1][0] and first_two[0][1] and first_two[1][1]
            and lines[0].font == lines[1].font and _level(lines[0], lines[1]) and not ends_sentence(lines[0].text)):
        starts[0] = False  # the block's measure is set in: its first line is level with the next, no opening
    return starts


#: the least share of its column's width a line of a measure set in (a quotation) runs
_SET_IN_WIDTH = 0.6


def _level(above: TextLine, line: TextLine) -> bool:
    """Do the two lines start level (within half a character)?"""
    return abs(above.x0 - line.x0) < 0.5 * max(line.size, 1.0)


def _one_measure(above: TextLine, line: TextLine, below: TextLine | None) -> bool:
    """Is ``line`` set in the measure of the indented line over it, which ends
    in mid-sentence: level with it on the left, and the line under it level
    too (or it is short, the paragraph's last line); or, level with the line
    under it, under a line set deeper that ends level with it (that measure's
    paragraph opening)? Lines indented alike are a narrower measure (a
    quotation set in from both sides): one paragraph, not one a line. (A
    paragraph's first line under a heading set at the indent is level with no
    line under it.)"""
    if ends_sentence(above.text):
        return False
    half = 0.5 * max(line.size, 1.0)
    goes_on = below is not None and _level(line, below)
    if _level(above, line):  # the measure goes on under it, or it is that paragraph's short last line
        return goes_on or below is None or line.x1 < above.x1 - half
    return goes_on and above.x0 - line.x0 >= half and abs(above.x1 - line.x1) < half


def _centred_lines(lines: list[TextLine]) -> bool:
    """Are three lines or more of unlike widths set on one centre (verse, a
    centred note)? Their left edges move with their widths, no indent."""
    if len(lines) < 3:
        return False
    size = max(lines[0].size, 1.0)
    # the first and last lines' centres over a character apart (a short last line: most blocks) are on no
    # one centre; asked before every line's centre (twice the centres compared, a hundredth kept for rounding)
    first, last = lines[0], lines[-1]
    if abs((first.x0 + first.x1) - (last.x0 + last.x1)) > 2.02 * size:
        return False
    lefts = [ln.x0 for ln in lines]
    if max(lefts) - min(lefts) < size:
        return False
    centres = sorted([(ln.x0 + ln.x1) / 2 for ln in lines])
    middle = centres[len(centres) // 2]
    # every centre within half a character of the middle one: the outermost two are (sorted)
    return middle - centres[0] <= 0.5 * size and centres[-1] - middle <= 0.5 * size
