"""A drop cap (首字下沉) in extracted text opens its paragraph (text mode).

A paragraph's first character set two or three lines tall comes out of an
extractor as a line of its own (母), and the lines set beside it come out
short: the column's measure less the cap's width (亲的菜园在老屋后 / 面的山坡上，
不大，). Left so, the character reads as a headline line of one glyph and the
short lines as a headline's or a narrow box's. A reader reads the character
as the paragraph's first and the paragraph as the column's. A character
alone on its line whose next two lines are both short of the measure the
text then keeps is such a cap (a headline's tail wrapped alone, …举行会 / 谈,
stands over a paragraph whose first line is short by its indent but whose
second line is full); the paragraph, cap first, is set again at the
column's measure down to its end, as the column sets any paragraph (its
first line set in). Only under an author's name: a cap opens an essay's or
a feature's text, and a glyph alone elsewhere is far more often a tail.
"""

from __future__ import annotations

import re

from ..model import Block
from .reflow import PULLED_UP, cell_width, ends_sentence
from .marked_bylines import marked_bylines
from .rules import name_tokens, opens_with_any_dateline, parse_byline_line

#: the lines after the cap that give the column's measure
_MEASURE_LINES = 6
#: the lines beside a cap are this many cells short of the measure at least, and at most
_CAP_CELLS = 1.5
_WIDEST_CAP = 5.5
#: the narrowest column a drop cap opens
_LEAST_MEASURE = 8
#: a paragraph's first line is set in this many cells
_INDENT = 2
#: the most lines of a paragraph set again
_MOST_LINES = 40
#: a line holding one glyph (a drop cap's line), white space either side
_ONE_GLYPH_LINE = re.compile(r"\n[^\S\n]*\S[^\S\n]*\n")


def _one_glyph(line: str) -> bool:
    text = line.strip()
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff"


def _signed(line: str) -> bool:
    """Is ``line`` a byline (陈秋实, 本报记者 张三, 文/林溪)? A drop cap opens an
    essay's or a feature's text, under its author's name."""
    return bool(parse_byline_line(line) or name_tokens(line) or (("/" in line or "／" in line) and marked_bylines(line)))


def _measure_at(lines: list[str], k: int) -> float | None:
    """The column's measure under a drop cap at line ``k``, or None if it is no cap:
    one character alone, no such line next to it, the two lines under it short."""
    if not _one_glyph(lines[k]) or k + 3 >= len(lines):
        return None
    if (k and _one_glyph(lines[k - 1])) or _one_glyph(lines[k + 1]) or _one_glyph(lines[k + 2]):
        return None  # a name or header set a character a line (陈 / 龙)
    if not k or not _signed(lines[k - 1].strip()):
        return None  # a headline's tail wrapped alone (…国情咨 / 文, …成本降下 / 来): no text signed over it
    measure = max(cell_width(line.strip()) for line in lines[k + 1:k + 1 + _MEASURE_LINES])
    if measure < _LEAST_MEASURE:
        return None  # a table's or a box's short items (明天 / 晴 / 14～25℃): no column of text
    beside = (lines[k + 1].strip(), lines[k + 2].strip())
    if any(ends_sentence(line) for line in beside) or opens_with_any_dateline(list(beside)):
        return None  # a paragraph ending, or a dateline (…斯洛伐 / 克 / 据新华社…): the glyph is a tail
    if all(measure - _WIDEST_CAP <= cell_width(line) <= measure - _CAP_CELLS for line in beside):
        return measure
    return None


def _paragraph_end(lines: list[str], k: int, measure: float) -> int:
    """The last line of the paragraph the cap at ``k`` opens: the first one
    short of the measure that ends its sentence (the lines beside the cap aside)."""
    end = k + 1
    while end + 1 < len(lines) and end - k < _MOST_LINES:
        line = lines[end].strip()
        if end > k + 2 and ends_sentence(line) and cell_width(line) < measure - 0.5:
            break
        end += 1
    return end


def _set_again(text: str, measure: float) -> list[str]:
    """``text`` cut into lines of ``measure`` cells, the first two cells
    short as a paragraph's first line is (its indent), a mark that may not
    open a line pulled up onto the line before."""
    out: list[str] = []
    line, width = "", 0.0
    for ch in text:
        w = cell_width(ch)
        room = measure - (0 if out else _INDENT)
        if width + w > room + 0.01 and line and ch not in PULLED_UP:
            out.append(line)
            line, width = "", 0.0
        line += ch
        width += w
    if line:
        out.append(line)
    return out


def drop_caps_joined(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each drop cap's paragraph set again at its column's
    measure, the cap its first character (the block of the first line beside
    the cap holds the paragraph; the other lines go)."""
    text = "\n".join([line for block in blocks for line in block.lines])
    if not _ONE_GLYPH_LINE.search(f"\n{text}\n"):
        return blocks  # (most pages: no line of one glyph, asked of the page's text at once)
    places = [(b, j) for b, block in enumerate(blocks) for j in range(len(block.lines))]
    lines = [blocks[b].lines[j] for b, j in places]
    texts: dict[tuple[int, int], list[str]] = {place: [lines[n]] for n, place in enumerate(places)}
    k = 0
    changed = False
    while k < len(lines):
        measure = _measure_at(lines, k)
        if measure is None:
            k += 1
            continue
        end = _paragraph_end(lines, k, measure)
        text = "".join(line.strip() for line in lines[k:end + 1])
        texts[places[k]] = []
        texts[places[k + 1]] = _set_again(text, measure)
        for j in range(k + 2, end + 1):
            texts[places[j]] = []
        changed = True
        k = end + 1
    if not changed:
        return blocks
    out: list[Block] = []
    for b, block in enumerate(blocks):
        kept = [line for j in range(len(block.lines)) for line in texts[(b, j)]]
        if kept:
            block.lines[:] = kept
            out.append(block)
    return out


__all__ = ["drop_caps_joined"]
