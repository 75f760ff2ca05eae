"""Body text set narrower around a figure, told from headline lines in a line stream.

Text that runs around a photo, a map or a pulled quote is set in a shorter
measure for a few lines, line lengths following the figure's outline (not
equally short). In an extractor's line stream those lines look like headline
lines: short, often ending no sentence. What gives them away is what stands
on both sides: a full column line above, and under them a full line that is
no paragraph's first line (no indent) and so goes on with a sentence the run
left open. A headline group is followed by its body's first line, a byline
or a dateline, never by the middle of a sentence at full measure.
"""

from __future__ import annotations

from itertools import compress

from ..names import starts_with_surname
from .rules import is_closing_note, is_continuation_line, name_tokens, parse_byline_line
from .stream_measure import Measure, has_inner_clause
from .text_credits import closes_with_credit

#: a run around a figure is at most this many lines
_MOST_LINES = 8
#: a run line is this many cells short of its column at least (an indented first line is 2 short)
_SHORT = 3.0


def first_line_like(m: Measure, k: int) -> bool:
    """As wide as a paragraph's first line (W-2), by its characters or by its
    measure (digits and Latin make the measure uncertain either way)."""
    return m.indents[k] or abs(m.widths[k] - (m.columns[k] - 2)) <= 1.0


def _shorts(m: Measure) -> list[bool]:
    """Which lines are short of their column by :data:`_SHORT` cells or more, neither full
    nor set vertically (every line asked at once)."""
    return [not full and width < column - _SHORT and not vertical
            for full, width, column, vertical in zip(m.fulls, m.widths, m.columns, m.vertical)]


def _plain_text(m: Measure, k: int) -> bool:
    """No line that stands alone in a stream: dateline, byline, closing or 转 note,
    a bracket closing a line (the authors of a brief: …文章。（张三 李四））."""
    line = m.lines[k]
    if m.bracket_ends[k] or closes_with_credit(line.rstrip()) or line.rstrip().endswith("摄"):
        return False  # a photo's credit (…付颖春摄) closes a caption
    names = name_tokens(line)
    if names and len(names) <= 3 and all(starts_with_surname(name) for name in names):
        return False  # authors' names alone under a headline (汪 涛, 张文 杨希壮)
    return not (m.datelines[k] or parse_byline_line(line) or is_closing_note(line) or is_continuation_line(line))


def runs_around_figures(m: Measure) -> list[bool]:
    """Which lines are in a run of short lines between a full column line and
    a full line, not indented, that goes on with the run's unfinished
    sentence (read once for the page, line by line). Some line of the run must
    read as running text: a clause mark inside it, a sentence's end, or a
    quote or bracket the line under the run closes (…“勉强协 / 调”的…)."""
    around = [False] * len(m.lines)
    short = _shorts(m)
    k = 0  # the lines before k are read
    for start in compress(range(len(short)), short):  # (the short lines alone are walked from)
        if start < k:
            continue  # in the run read last
        first = last = start
        while last + 1 < len(short) and short[last + 1]:
            last += 1
        if _runs_around(m, first, last):
            around[first:last + 1] = [True] * (last - first + 1)
        k = last + 1
    return around


def _runs_around(m: Measure, first: int, last: int) -> bool:
    above, under = first - 1, last + 1
    if above < 0 or under >= len(m.lines) or last - first + 1 > _MOST_LINES or m.closes[first]:
        return False  # (a run opening with a paragraph's last line, …致远。, may be followed by a headline)
    if not (m.fulls[above] and m.fulls[under]) or first_line_like(m, under) or m.closes[last] or m.closes[above]:
        return False
    if m.widths[under] < m.columns[above] - _SHORT / 2:
        return False  # the line under the run is full in a narrower measure: another column's
    if m.datelines[under] or m.vertical[above] or m.vertical[under]:
        return False
    run = range(first, last + 1)
    if not all(_plain_text(m, q) for q in run):
        return False
    return any(m.closes[q] or has_inner_clause(m.lines[q]) for q in run) or m.unbalanced[last]
