"""Paragraph boundaries in column text, from line widths and punctuation.

A typesetter fills each line of a column up to the column width W (the
first line of a paragraph up to W-2, the indent) and breaks early only where
a paragraph ends. So a line ends its paragraph when the next line's first
token would still have fitted; a full line ends one only when it closes a
sentence and the next line has the shape of an indented first line.
"""

from __future__ import annotations

from collections import Counter

from .reflow import ascii_count, cell_width, ends_sentence, join_lines, leading_ascii_run
from .rules import starts_with_dateline

INDENT_CELLS = 2.0
# ASCII glyphs are half a cell in theory, wider in many real pages
_ASCII_SLACK = 0.25
# the gap a dateline (本报讯) leaves before the text in its line
_DATELINE_GAP = 2.0
# justified real columns jitter by about a cell; a paragraph's last line
# must leave more room than that to count as short
_JITTER = 0.75


def _slack(line: str) -> float:
    slack = _ASCII_SLACK * ascii_count(line)
    if starts_with_dateline(line):
        slack += _DATELINE_GAP
    return slack


def _token_width(line: str | None) -> float:
    if not line:
        return 0.0
    run = leading_ascii_run(line)
    return 0.5 * run if run else 1.0


def column_width(lines: list[list[str]]) -> float:
    """The column width W of a body: the commonest width among its longer
    lines (full lines are the longest; short last lines and one-line
    paragraphs must not outvote them)."""
    counts: Counter[float] = Counter()
    for block in lines:
        for line in block[:-1] if len(block) > 1 else block:
            counts[round(cell_width(line) * 2) / 2] += 1
    if not counts:
        return 0.0
    floor = 0.6 * max(counts)
    long_counts = {w: c for w, c in counts.items() if w >= floor}
    best = max(long_counts.values())
    return max(w for w, c in long_counts.items() if c == best)


def _ends_here(lines: list[str], widths: list[float], slacks: list[float], i: int,
               capacity: float, width: float) -> bool:
    """Does the paragraph end after line ``i``? (there is a next line)"""
    nxt = lines[i + 1]
    if slacks[i + 1] >= _DATELINE_GAP and starts_with_dateline(nxt):
        return True
    # short: the next line's first token would still have fitted
    if widths[i] + slacks[i] + _token_width(nxt) <= capacity - _JITTER:
        return True
    if not ends_sentence(lines[i]):
        return False
    if ends_sentence(nxt):
        # two sentence-closing lines of first-line width: two one-line paragraphs
        return capacity < width and abs(widths[i + 1] - capacity) <= 1.0
    # a full line closing a sentence, then a full first line of a new paragraph (W-2)
    if i + 2 >= len(lines):
        return False
    w = widths[i + 1]
    full_at_indent = w + slacks[i + 1] + _token_width(lines[i + 2]) > width - INDENT_CELLS - _JITTER - 0.5
    return full_at_indent and w <= width - 1.0


def split_paragraphs(blocks: list[list[str]], width: float | None = None) -> list[str]:
    """Lines of a body (grouped in their text blocks) -> paragraphs.

    Block boundaries are column breaks or paragraph ends; the width test
    tells which, so a sentence cut by a column break is joined again."""
    lines = [line for block in blocks for line in block]
    if not lines:
        return []
    W = width or column_width(blocks)
    widths = [cell_width(x) for x in lines]
    slacks = [_slack(x) for x in lines]
    paragraphs: list[str] = []
    current: list[str] = []
    last = len(lines) - 1
    for i, line in enumerate(lines):
        capacity = W - INDENT_CELLS if not current else W
        current.append(line)
        if i == last or _ends_here(lines, widths, slacks, i, capacity, W):
            paragraphs.append(join_lines(current))
            current = []
    return paragraphs
