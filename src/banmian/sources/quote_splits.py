"""Printed lines an extractor split before an opening quote or bracket, joined again.

Papers that set their marks in half a cell (开明式) place an opening mark
(“ 《 （) in a span of its own, half a cell back; PyMuPDF then starts a new
line there, so one printed line comes out as ``斗争。毛泽东同志曾指出：`` /
``“从现``, and each piece looks like a paragraph's end. A line that stops
inside a sentence (at a comma-like mark) and is followed by a line opening
with a quote is one printed line when the two fit in the column's width:
a full line followed by its next line, or a paragraph's last line followed
by the next paragraph's first, never does.
"""

from __future__ import annotations

from .text_fragments import column_widths, width

#: marks that open a quote, a title or a bracket
_OPENING = "“‘《（(〈「『【"
_CLOSING = "”’》）)〉」』】"
#: a line stopped inside a sentence ends at one of these
_INSIDE = "，、；：,;:"
#: marks set in half a cell in the 开明 style (a joined line is measured with them so)
_HALF = "，、；：“”‘’《》（）「」『』〈〉【】"
#: the pieces of one printed line may overrun the column by this much (rounding of half cells)
_SLACK = 0.5


def half_width(line: str) -> float:
    """Width in em with the 开明 style's half-width marks."""
    return width(line) - 0.5 * sum(1 for ch in line if ch in _HALF)


def _opens(line: str) -> bool:
    return line[:1] != "" and line[0] in _OPENING


def _whole_note(line: str) -> bool:
    """A bracketed note alone on its line (（下转第3版）): no piece of a line."""
    return line[0] in "（(" and line[-1] in "）)"


def rejoin_quote_splits(lines: list[str]) -> list[str]:
    """The lines with every piece split off before an opening mark joined to
    the line it was cut from. Blank lines stay; most pages have no such split."""
    if not any(_opens(lines[k]) and lines[k - 1][-1:] in tuple(_INSIDE) for k in range(1, len(lines))):
        return lines
    columns = column_widths([width(line) for line in lines])
    out: list[str] = []
    joined = False  # out[-1] holds pieces joined here
    for k, line in enumerate(lines):
        if out and _opens(line) and out[-1] and not _whole_note(line):
            before = out[-1]
            cut = before[-1] in _INSIDE or (joined and before[-1] in _CLOSING)
            if cut and half_width(before) + half_width(line) <= columns[k] + _SLACK:
                out[-1] = before + line
                joined = True
                continue
        out.append(line)
        joined = False
    return out
