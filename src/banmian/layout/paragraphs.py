"""Paragraph boundaries in column text, from line widths and punctuation.

A typesetter fills each line of a column up to the column width W (the
first line of a paragraph up to W-2, the indent) and breaks early only where
a paragraph ends. So a line ends its paragraph when the next line's first
token would still have fitted; a full line ends one only when it closes a
sentence and the next line has the shape of an indented first line.
"""

from __future__ import annotations

from collections import Counter

from .reflow import cell_width, ends_sentence, join_lines, leading_ascii_run
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
    slack = _ASCII_SLACK * sum(1 for ch in line if ch.isascii() and not ch.isspace())
    if starts_with_dateline(line):
        slack += _DATELINE_GAP
    return slack


def _token_width(line: str | None) -> float:
    if not line:
        return 0.0
    run = leading_ascii_run(line)
    return 0.5 * run if run else 1.0


def column_width(lines: list[list[str]]) -> float:
    """The column width W of a body: the commonest width of its lines that
    are not the last of their block (those are mostly full)."""
    counts: Counter[float] = Counter()
    for block in lines:
        for line in block[:-1] if len(block) > 1 else block:
            counts[round(cell_width(line) * 2) / 2] += 1
    if not counts:
        return 0.0
    best = max(counts.values())
    return max(w for w, c in counts.items() if c == best)


def _is_short(line: str, nxt: str | None, capacity: float) -> bool:
    """Could the next line's first token still have fitted on this line?"""
    if nxt is None:
        return True
    return cell_width(line) + _slack(line) + _token_width(nxt) <= capacity - _JITTER


def _is_indented_first(line: str, nxt: str | None, width: float) -> bool:
    """Is ``line`` a full first line (W-2) of a paragraph that goes on?"""
    if nxt is None or ends_sentence(line):
        return False
    w = cell_width(line)
    full_at_indent = w + _slack(line) + _token_width(nxt) > width - INDENT_CELLS - _JITTER - 0.5
    return full_at_indent and w <= width - 1.0


def split_paragraphs(blocks: list[list[str]], width: float | None = None) -> list[str]:
    """Lines of a body (grouped in their text blocks) -> paragraphs.

    Block boundaries are column breaks or paragraph ends; the width test
    tells which, so a sentence cut by a column break is joined again."""
    lines = [line for block in blocks for line in block]
    if not lines:
        return []
    W = width or column_width(blocks)
    paragraphs: list[str] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        capacity = W - INDENT_CELLS if not current else W
        current.append(line)
        if nxt is None or _ends_here(line, nxt, lines[i + 2] if i + 2 < len(lines) else None, capacity, W):
            paragraphs.append(join_lines(current))
            current = []
    return paragraphs


def _ends_here(line: str, nxt: str, after: str | None, capacity: float, width: float) -> bool:
    if starts_with_dateline(nxt):
        return True
    if _is_short(line, nxt, capacity):
        return True
    return ends_sentence(line) and _is_indented_first(nxt, after, width)
