"""Paragraph boundaries in column text, from line widths and punctuation.

A typesetter fills each line of a column up to the column width W (the
first line of a paragraph up to W-2, the indent) and breaks early only where
a paragraph ends. So a line ends its paragraph when the next line's first
token would still have fitted; a full line ends one only when it closes a
sentence and the next line has the shape of an indented first line.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from math import ceil
from operator import ne, sub

from .mark_widths import half_mark_width
from .reflow import (PULLED_UP, ascii_count, cell_width, core_width, join_lines, lines_ending_sentences,
                     token_width)
from .rules import lines_opening_datelines

_PULLED_UP_SET = frozenset(PULLED_UP)
_TOKEN_OPENERS = "“‘《（(【「『〔〈"
#: wide characters that are no token of their own: opening marks, and spaces that measure nothing
_WIDE_TOKEN_OPENERS = frozenset(_TOKEN_OPENERS + "\u3000\xa0")
INDENT_CELLS = 2.0
#: marks a list's point opens with, set flush left with the text hanging clear of them
LIST_MARKS = frozenset("●◆▲■★◇○◎①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def opens_point(before: str, line: str) -> bool:
    """Does ``line`` open a list's point: its mark first, under a line ending a
    sentence with a full stop (。！？, a closing quote after it)? After a colon
    or a clause the marks count items inside one sentence (……是：①……②……)."""
    return line[:1] in LIST_MARKS and before.rstrip("”’）)」』 ")[-1:] in "。！？!?"
# a paragraph may end on a closing quote or bracket without a full stop
_QUOTE_CLOSERS = ("”", "’", "）", "」", "』")
_QUOTE_CLOSER_SET = frozenset(_QUOTE_CLOSERS)
# ASCII glyphs are half a cell in theory, wider in many real pages
_ASCII_SLACK = 0.25
# the gap a dateline (本报讯) leaves before the text in its line
_DATELINE_GAP = 2.0
# justified real columns jitter by about a cell; a paragraph's last line
# must leave more room than that to count as short
_JITTER = 0.75


def column_width(lines: list[list[str]]) -> float:
    """The column width W of a body: the commonest width among its longer
    lines (full lines are the longest; short last lines and one-line
    paragraphs must not outvote them)."""
    if len(lines) == 1:
        block = lines[0]
        if len(block) <= 2:  # one block of a line or two (most units): its first line
            return cell_width(block[0]) if block else 0.0
        return _commonest_long(sorted(map(cell_width, block[:-1])))  # (one block: no flattened copy)
    return common_width([[cell_width(x) for x in (block[:-1] if len(block) > 1 else block)] for block in lines])


def common_width(widths: list[list[float]]) -> float:
    """:func:`column_width` from the blocks' line widths, measured already
    (a block's last line, when it has others, left out by the caller)."""
    # (a width is a whole number of half cells already: CJK 1, ASCII 0.5)
    return _commonest_long(sorted([w for block in widths for w in block]))


def _commonest_long(ranked: list[float]) -> float:
    """The commonest of the longer widths (the widest of equals) among ``ranked``,
    sorted: equal widths stand together, a run each, told apart by bisection."""
    if not ranked:
        return 0.0
    best, commonest = 0, 0.0
    k = bisect_left(ranked, 0.6 * ranked[-1])  # (the longer widths)
    while k < len(ranked):
        end = bisect_right(ranked, ranked[k])
        if end - k >= best:  # (ascending: the wider of two as common)
            best, commonest = end - k, ranked[k]
        k = end
    return commonest


def _count_in(ranked: list[float], width: float) -> int:
    """How many of the sorted widths ``ranked`` are ``width``."""
    return bisect_right(ranked, width) - bisect_left(ranked, width)


#: a width two cells over the commonest, held by this share of as many lines at least, is the column's
#: (the commonest were paragraphs' first lines, indented two cells: a body of short paragraphs)
_FULL_OVER_FIRST = 1 / 3


def body_width(widths: list[list[float]]) -> float:
    """The column width of a body from its blocks' line widths (each block's last
    line left out by the caller): :func:`common_width`, unless the lines two cells
    wider are common too. A line overruns its column by a pulled-up mark (one
    cell) at most; so those wider lines are full, and the commonest were the
    indented first lines of many short paragraphs."""
    ranked = sorted([w for block in widths for w in block])
    width = _commonest_long(ranked)
    if indents_were_commonest(_count_in(ranked, width + INDENT_CELLS), _count_in(ranked, width)):
        return width + INDENT_CELLS
    return width


def indents_were_commonest(wider: int, common: int) -> bool:
    """Are the ``wider`` lines two cells over a body's commonest width (held by
    ``common`` lines) its full lines, the commonest its paragraphs' indented first lines?"""
    return wider >= 2 and wider >= _FULL_OVER_FIRST * common


def pushed_token_width(line: str, measure=cell_width) -> float:
    """Width of what the typesetter had to move down with the line's first
    token: the token and the marks after it that may open no line (避头尾):
    a line that would have held 绩 but not 绩。 breaks before 绩."""
    first = token_width(line)
    if len(line) < 2 or line[1] not in _PULLED_UP_SET or line[0] in _TOKEN_OPENERS or line[0].isascii():
        return first if measure is cell_width else _measured_token(line, first, measure)
    end = 1
    while end < len(line) and line[end] in _PULLED_UP_SET:
        end += 1
    return measure(line[:end])


def _measured_token(line: str, first: float, measure) -> float:
    """The first token's width in ``measure`` (opening marks may be half a cell)."""
    if line[:1] not in _TOKEN_OPENERS:
        return first
    end = 0
    while end < len(line) and line[end] in _TOKEN_OPENERS:
        end += 1
    return measure(line[:end + 1])


@dataclass(slots=True)
class _Lines:
    """A body's lines with what the boundary test asks of each, computed once per line
    (the test looks at every line three or four times). Read only (not frozen: a frozen
    dataclass sets each field through ``object.__setattr__``, once per body)."""

    text: list[str]
    widths: list[float]
    gaps: list[float]
    closes: list[bool]  # ends_sentence
    ascii: list[int]  # visible ASCII characters
    #: width of each line's first token, and 0.0 after the last line
    first_token: list[float]

    half_marks: bool = False  # widths in the 开明 style (mark_widths.py)

    @classmethod
    def of(cls, lines: list[str], widths: list[float] | None = None, half_marks: bool = False) -> _Lines:
        gaps = [_DATELINE_GAP if opens else 0.0 for opens in lines_opening_datelines(lines)]
        if len(lines) > 1 and not gaps[0] and lines_opening_datelines([lines[0] + lines[1]])[0]:
            gaps[0] = _DATELINE_GAP  # 据新华社布宜诺斯 / 艾利斯3月8日电: a dateline wrapped
        measure = half_mark_width if half_marks else cell_width
        if widths is None:
            widths = [measure(x) for x in lines]
        # a line as wide as its characters holds no ASCII (most lines): no second look
        if half_marks:
            ascii = [0 if len(x) == cell_width(x) else ascii_count(x) for x in lines]
        else:  # (the others found by maps in C, counted one by one: every line so in most bodies)
            ascii = [0] * len(lines)
            for k in compress(range(len(lines)), map(ne, widths, map(len, lines))):
                ascii[k] = ascii_count(lines[k])
        # (a line opening with a CJK character and no mark after it pushes that one cell down: most lines)
        pushed = [1.0 if (first := x[:1]) > "\x7f" and first not in _WIDE_TOKEN_OPENERS and x[1:2] not in _PULLED_UP_SET
                  else pushed_token_width(x, measure) for x in lines]
        pushed.append(0.0)  # (after the last line)
        return cls(lines, widths, gaps, lines_ending_sentences(lines), ascii, pushed, half_marks)

    def core(self, j: int) -> float:
        """Line ``j``'s width without the marks pulled up past the column (most end in none)."""
        if self.text[j][-1:] not in PULLED_UP:
            return self.widths[j]
        return half_mark_width(self.text[j].rstrip(PULLED_UP)) if self.half_marks else core_width(self.text[j])

    def room(self, j: int, cap: float, wide: bool, exact: bool = False) -> bool:
        """Would the next line's first token still have fitted on line ``j``?
        A line that closes a sentence needs no margin for jitter."""
        margin = 0.0 if self.closes[j] or exact else _JITTER
        extra = self.gaps[j] + (_ASCII_SLACK * self.ascii[j] if wide else 0.0)
        return self.widths[j] + extra + self.first_token[j + 1] <= cap - margin


def _ends_past_room(f: _Lines, i: int, capacity: float, width: float, block_end: bool) -> bool:
    """Does the paragraph end after line ``i``? (there is a next line)

    :func:`split_paragraphs` asks the two commonest ends itself, written out (a
    call cost more than they do): a dateline opening the next line, and room
    on line ``i`` for the next line's first token even with wide ASCII; this
    asks the rest, where both failed. ASCII may be set wider than half a cell
    in real pages, so "room left" is tested both ways: room even with wide
    ASCII ends the paragraph; room only with narrow ASCII ends it when the
    next line looks like a first line."""
    text, widths, gaps, first_token, closes_ = f.text, f.widths, f.gaps, f.first_token, f.closes
    closes = closes_[i]
    j = i + 1
    nxt = text[j]
    if closes and opens_point(text[i], nxt):
        return True  # a point hanging from its mark opens flush left (悬挂缩进): no indent tells it
    next_closes = closes_[j]
    # a line inside a paragraph is full at W; a next line full at W-2 but not
    # at W is an indented first line (unless it closes its own paragraph)
    open_end = not next_closes and nxt[-1:] not in _QUOTE_CLOSER_SET
    # (measured with half-width marks, a full line may be a cell short: justification spreads the
    # half cells, so only a whole indent short tells a first line)
    short = INDENT_CELLS if f.half_marks else 1.5
    # (the room tests of :meth:`_Lines.room` written out, narrow and exact: the margin 0, no ASCII slack;
    # the next line's core asked of a line ending in a pulled-up mark only, as :meth:`_Lines.core` does)
    if open_end and j + 1 < len(text) and (
            widths[j] if nxt[-1:] not in PULLED_UP else f.core(j)) <= width - short:
        next_room = widths[j] + gaps[j] + first_token[j + 1]
        if not next_room <= width - INDENT_CELLS and next_room <= width:
            # a next line that is clearly short of the column (no pulled-up mark, no
            # ASCII of uncertain width) is a first line whatever line i was; one
            # that only may be (real columns jitter by a cell) needs line i to close
            if (widths[j] <= width - short and not f.ascii[j]) or closes or capacity < width \
                    or widths[i] + gaps[i] + first_token[j] <= capacity:
                return True
    if not closes:
        return False  # (every end below closes a sentence on line i: most full lines close none)
    # a text block that closes a sentence, then a line short of full: the
    # extractor's block break was a paragraph end (real columns jitter)
    if block_end and widths[j] <= width - 1.0 and not next_closes:
        return True
    if open_end and f.room(j, width - INDENT_CELLS, False):
        # a finished sentence, then a short line that ends unpunctuated: a label
        return True
    if next_closes:
        # two sentence-closing lines of first-line width: two one-line paragraphs
        return capacity < width and abs(widths[j] - capacity) <= 1.0
    return False


def split_paragraphs(blocks: list[list[str]], width: float | None = None,
                     widths: list[list[float]] | None = None, half_marks: bool = False) -> list[str]:
    """Lines of a body (grouped in their text blocks) -> paragraphs.

    Block boundaries are column breaks or paragraph ends; the width test
    tells which, so a sentence cut by a column break is joined again.
    ``widths``: the blocks' line widths, where the caller measured them;
    ``half_marks``: the body was set with half-width marks (mark_widths.py)."""
    # (one block, as most bodies are: its own lists, read only, no copy)
    lines = blocks[0] if len(blocks) == 1 else [line for block in blocks for line in block]
    if not lines:
        return []
    ends: set[int] = set()
    count = 0
    for block in blocks:
        count += len(block)
        ends.add(count - 1)
    if half_marks and not width:
        width = common_width([[half_mark_width(x) for x in (b[:-1] if len(b) > 1 else b)] for b in blocks])
    W = width or column_width(blocks)
    line_widths = None if widths is None else widths[0] if len(widths) == 1 else [w for ws in widths for w in ws]
    features = _Lines.of(lines, line_widths, half_marks)
    paragraphs: list[str] = []
    current: list[str] = []
    last = len(lines) - 1
    around = _around_a_figure(features, W)
    columns = _narrow_runs(features, _block_columns(features.widths, [len(block) for block in blocks], W))
    gaps, measured, narrow, pushed, closes = (features.gaps, features.widths, features.ascii, features.first_token,
                                              features.closes)
    for i, line in enumerate(lines):
        column = columns[i]
        capacity = column - INDENT_CELLS if not current else column
        current.append(line)
        # (the commonest ends written out, see :func:`_ends_past_room`; it asks the rest)
        if i == last or i not in around and (
                gaps[i + 1] or measured[i] + (gaps[i] + _ASCII_SLACK * narrow[i]) + pushed[i + 1] <= capacity - (
                    0.0 if closes[i] else _JITTER) or _ends_past_room(features, i, capacity, column, i in ends)):
            paragraphs.append(join_lines(current))
            current = []
    return paragraphs


#: a block is measured on its own when it has this many lines besides its last
_OWN_LINES = 5
#: ... this share of them is within a cell under its width
_OWN_SHARE = 0.6
#: ... and that width is this far from the body's
_OWN_APART = 2.0
#: rounding a width with a lead in it may leave (its other widths are whole numbers of half cells)
_SPAN_SLACK = 1e-6


def _block_columns(widths: list[float], sizes: list[int], width: float) -> list[float]:
    """Each line's column width: the body's, or its block's own where the
    block is a column of another width (an article set 25 cells wide under
    its headline and 35 below a picture), its full lines agreeing on it."""
    if len(sizes) == 1 and sizes[0] <= _OWN_LINES:
        return [width] * sizes[0]  # (one block too short to tell a width of its own: most bodies)
    out: list[float] = []
    start = 0
    for size in sizes:
        own = widths[start:start + size - 1]
        column = width
        if len(own) >= _OWN_LINES:
            # (the lines within a cell under a width are counted in the sorted widths by two bisections)
            ranked = sorted(own)
            # (lines near the body's width leave too few near any width apart from it: most blocks)
            # (and a width that many lines are near has that many sorted widths within a cell, asked in C
            # first: the spans of as many widths in a row; the slack covers a lead's inexact width)
            if bisect_right(ranked, width) - bisect_left(ranked, width - 1) <= (1 - _OWN_SHARE) * len(own) and min(
                    map(sub, ranked[ceil(_OWN_SHARE * len(own)) - 1:], ranked)) <= 1.0 + _SPAN_SLACK:
                near, top = max((bisect_right(ranked, w) - bisect_left(ranked, w - 1), w) for w in set(own))
                if near >= _OWN_SHARE * len(own) and abs(top - width) >= _OWN_APART:
                    column = top
        out.extend([column] * size)
        start += size
    return out


#: a line this many cells short of the column at least may be set around a figure (an indent is 2:
#: a paragraph's first line in a narrower column than the block's widest is no such line)
_AROUND_SHORT = 3.5
#: such a run of lines is at most this long
_AROUND_LINES = 8
_CLAUSE = "，。；、！？"


def _around_a_figure(f: _Lines, width: float) -> set[int]:
    """Lines of a run set short around a photo or a pulled quote, inside one
    paragraph: between a full line that ends no sentence and a full line, no
    paragraph's first line (W-2), that carries the run's unfinished sentence
    on (the line stream's cut keeps such runs in their block, see
    :mod:`.wrapped_runs`). None of them ends the paragraph, however short."""
    short_at = width - _AROUND_SHORT
    if min(f.widths) > short_at:
        return set()  # (no line that short: many bodies)
    # (a line that short is no full line: the runs are those of the short lines, few in most bodies)
    short = [k for k, w in enumerate(f.widths) if w <= short_at]
    around: set[int] = set()
    full_at = width - 1.25
    widths, closes, n = f.widths, f.closes, len(f.widths)
    at = 0
    while at < len(short):
        end = at
        while end + 1 < len(short) and short[end + 1] == short[end] + 1:
            end += 1
        first, last = short[at], short[end]
        at = end + 1
        above, under = first - 1, last + 1
        if (above >= 0 and under < n and last - first < _AROUND_LINES and widths[above] >= full_at
                and widths[under] >= full_at and not closes[above] and not closes[first] and not closes[last]
                and abs(widths[under] - (width - INDENT_CELLS)) > 1.0
                and any(closes[q] or any(m in f.text[q].rstrip()[:-1] for m in _CLAUSE) for q in range(first, last + 1))):
            around.update(range(first, last + 1))
    return around


#: a run of lines set to a narrower measure beside a figure has this many lines at least ...
_NARROW_LINES = 4
#: ... each this many cells under the column at least (an indented first line is 2 under it) ...
_NARROW_SHORT = 3.0
#: ... and this share of them ends in mid-sentence (one-line paragraphs each end one), this share of
#: those within a cell of the run's commonest width, and at least this many lines at that width
_NARROW_OPEN = 0.5
_NARROW_FULL = 3


#: a sentence's wrapped lines hold clause marks, a third of them at least; labels and contents lists none
_PROSE_SHARE = 1 / 3
_PROSE_MARKS = frozenset("，。、；：！？")


def _reads_as_prose(lines: list[str]) -> bool:
    """Are ``lines`` (ending in mid-sentence) a sentence's wrapped lines rather
    than labels, each a line of its own (subheadings, a contents list)?"""
    marked = sum(1 for line in lines if not _PROSE_MARKS.isdisjoint(line))
    return marked >= 2 and marked >= _PROSE_SHARE * len(lines)


def _narrow_runs(f: _Lines, columns: list[float]) -> list[float]:
    """Each line's column width, with runs of lines set to a narrower measure
    (beside a photo that stands in the column) measured on their own: at least
    four lines short of the column in a row, most of them ending in
    mid-sentence, most of those within a cell of one width (the measure), with
    the marks of prose in them. Such lines are full at that width; their
    shortness ends no paragraph. (A photo at a column's top leaves no full
    line above the run, which :func:`_around_a_figure` needs.)"""
    if len(columns) < _NARROW_LINES or (columns.count(columns[0]) == len(columns)
                                        and sorted(f.widths)[_NARROW_LINES - 1] > columns[0] - _NARROW_SHORT):
        return columns  # (one column with fewer lines that short, told with no pass in Python: most bodies)
    short = [k for k, (w, c) in enumerate(zip(f.widths, columns)) if w <= c - _NARROW_SHORT]
    if len(short) < _NARROW_LINES:
        return columns  # (most bodies: a few paragraphs' last lines)
    out = columns
    at = 0
    while at < len(short):
        end = at
        while end + 1 < len(short) and short[end + 1] == short[end] + 1:
            end += 1
        run = range(short[at], short[end] + 1)
        at = end + 1
        if len(run) < _NARROW_LINES:
            continue  # (most runs: a paragraph's last line, a one-line paragraph)
        # (a line that ends in mid-sentence is full at its measure, or a first line an indent short of it)
        open_cores = Counter(round(f.core(j)) for j in run if not f.closes[j])
        if (open_cores.total() >= _NARROW_OPEN * len(run)
                and _reads_as_prose([f.text[j] for j in run if not f.closes[j]])):
            count, top = max((c, w) for w, c in open_cores.items())
            near = sum(c for w, c in open_cores.items() if abs(w - top) <= 1)
            if count >= _NARROW_FULL and near >= _NARROW_OPEN * open_cores.total():
                out = list(out) if out is columns else out
                for j in run:
                    out[j] = float(top)
    return out
