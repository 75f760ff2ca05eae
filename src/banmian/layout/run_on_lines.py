"""A line of text that an extractor's stream stood apart, read as a headline
candidate (text mode), that stops in mid-clause: its clause goes on in the
unit under it, so it is that unit's first line. Such a line is a column's
last line where the text turns to the next column (据了解，该镇还设立了…，保障种 /
子化肥按时…), the first line of a paragraph set wider than the columns (an
editor's note, a link box: ……从今天起，本 / 报推出…故事。), or a photo caption's
first line cut off from it. A headline ends on a phrase's end, seldom holds
two clause marks, and never holds a sentence's end (。) with more after it
(a caption's line may hold one comma only: its 。 inside tells it)."""

from __future__ import annotations

import re

from .reflow import cell_width, ends_sentence, join_lines
from .roles import BODY, CAPTION, TITLE
from .text_units import Unit
from .tier_patterns import TITLE_TAG, cjk_count

#: clause marks a line holds at least to read as text, and characters (a title has hardly ever
#: more than one clause mark: :mod:`.sentence_tiers`)
_CLAUSES = 2
_TEXT_CHARS = 16
_CLAUSE_MARK = re.compile(r"[，；]")
#: a sentence's end marks, which no headline holds with more after them
_INNER_END = re.compile(r"[。！？](?=.)")
#: a column's line is this much narrower than the column at most (a paragraph's first line, indented
#: two cells), and this much wider (a mark hung past the column's edge)
_INDENT_CELLS = 2.5
_HUNG_CELLS = 1.0


def _runs_on(text: str) -> bool:
    """Does the text stop on a character of its clause (no mark, no closing quote or bracket)?"""
    return "\u4e00" <= text[-1:] <= "\u9fff"


def _reads_as_text(text: str) -> bool:
    return (len(_CLAUSE_MARK.findall(text)) >= _CLAUSES and cjk_count(text) >= _TEXT_CHARS
            and not TITLE_TAG.search(text))


def _as_wide_as(width: float, column: float) -> bool:
    return bool(column) and column - _INDENT_CELLS <= width <= column + _HUNG_CELLS


def _wide_tail(width: float, nxt: Unit) -> bool:
    """Is ``nxt`` one line closing the sentence that a line ``width`` wide, set
    wider than it, leaves open (……和技术服务 / 等方面提供支持。)?"""
    if len(nxt.block.lines) != 1:
        return False
    tail = nxt.block.lines[0].strip()
    return ends_sentence(tail) and cell_width(tail) < width


def join_run_on_lines(units: list[Unit], stream: bool = False) -> list[Unit]:
    """Put each such line back on the unit under it: a caption's first line on
    its caption (it ends a sentence inside it, as wide as the caption's lines);
    a line of text on the body under it when the text over it ended its
    sentence or the line ends one inside it, and the line is as wide as a
    line of the column over or under it, or wider than the one line under it
    that closes its sentence (then the two are one paragraph, set wide: no
    line of the column to measure the column by). Returns the units left."""
    joined: set[int] = set()
    for k in range(len(units) - 1):
        unit, nxt = units[k], units[k + 1]
        if unit.block.role != TITLE or len(unit.block.lines) != 1 or nxt.block.role not in (BODY, CAPTION):
            continue
        text = unit.block.lines[0].strip()
        if not _runs_on(text) or not (stream or text.count("“") == text.count("”")):
            continue
        width, inner_end = cell_width(text), _INNER_END.search(text) is not None
        if nxt.block.role == CAPTION:
            if inner_end and cjk_count(text) >= _TEXT_CHARS and _as_wide_as(width, nxt.width):
                nxt.block.lines[:0] = unit.block.lines
                nxt.forget_width()
                joined.add(k)
            continue
        prev = units[k - 1] if k else None
        ended = prev is not None and prev.block.role == BODY and ends_sentence(prev.block.lines[-1])
        if not (ended or inner_end) or nxt.paragraph_lines or not _reads_as_text(text):
            continue
        if _as_wide_as(width, nxt.width) or (prev is not None and prev.block.role == BODY
                                              and _as_wide_as(width, prev.width)):
            nxt.block.lines[:0] = unit.block.lines  # its clause goes on in the text under it
            nxt.forget_width()
            joined.add(k)
        elif _wide_tail(width, nxt):
            nxt.block.lines[:] = [join_lines([text, nxt.block.lines[0]])]
            nxt.forget_width()
            nxt.paragraph_lines = nxt.set_wide = True
            joined.add(k)
    return [u for k, u in enumerate(units) if k not in joined] if joined else units


__all__ = ["join_run_on_lines"]
