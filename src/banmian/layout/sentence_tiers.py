"""A headline candidate standing alone that reads as a sentence of text, not
a headline (text mode): a pull quote or a lead sentence set apart in larger
type (要让群众跟你干，干成事，就得……) has clause after clause, while a title
has hardly ever more than one clause mark (one in about a thousand titles of
a month of 人民日报; kickers and subtitles may say more, but stand with a title)."""

from __future__ import annotations

import re

from .roles import BODY, CAPTION, TITLE
from .reflow import cell_width, ends_sentence, join_lines
from .text_units import Unit
from .tier_patterns import TITLE_TAG, cjk_count

#: clause marks a lone tier holds at least to read as a sentence, and characters
_CLAUSES = 2
_SENTENCE_CHARS = 20
_CLAUSE_MARK = re.compile(r"[，；]")
#: a subtitle quoting its speaker (习近平强调，……) reads as a sentence but is a tier
_SPEAKER_FIRST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:强调|指出|表示|希望|要求)，")
#: a pull quote set apart takes a line or two (more lines read as a headline are something else)
_QUOTE_LINES = 2


#: a line of a column cut off in mid-clause (no mark at its end) reads as a sentence with fewer
#: characters: its clause goes on in the text under it
_RUN_ON_CHARS = 16
#: a column's line is this much narrower than the column at most (a paragraph's first line, indented
#: two cells), and this much wider (a mark hung past the column's edge)
_INDENT_CELLS = 2.5
_HUNG_CELLS = 1.0


def _runs_on(text: str) -> bool:
    """Does the text stop on a character of its clause (no mark, no closing quote or bracket)?"""
    return "\u4e00" <= text.rstrip()[-1:] <= "\u9fff"


def _column_line(unit: Unit, prev: Unit, nxt: Unit) -> bool:
    """Is ``unit`` one line as wide as a line of the column over it or under it?"""
    if len(unit.block.lines) != 1:
        return False
    width = cell_width(unit.block.lines[0].strip())
    return any(w and w - _INDENT_CELLS <= width <= w + _HUNG_CELLS for w in (prev.width, nxt.width))


def _caption_line(unit: Unit, caption: Unit) -> bool:
    """Is the one line ``unit``, over a caption, that caption's first line cut
    off from it? It ends a sentence inside it (a headline holds no 。) and
    stops in mid-clause, as wide as the caption's lines."""
    if len(unit.block.lines) != 1:
        return False
    line = unit.block.lines[0].strip()
    width = cell_width(line)
    return (_runs_on(line) and any(m in line for m in _INNER_ENDS)
            and caption.width - _INDENT_CELLS <= width <= caption.width + _HUNG_CELLS)


#: a sentence's end marks, which no headline holds inside it
_INNER_ENDS = "。！？"


def _reads_as_sentence(text: str, least: int = _SENTENCE_CHARS) -> bool:
    text = text.strip()
    return (len(_CLAUSE_MARK.findall(text)) >= _CLAUSES and cjk_count(text) >= least
            and not TITLE_TAG.search(text) and not text.endswith(("—", "：", ":")) and not _SPEAKER_FIRST.match(text))


def sentences_are_body(units: list[Unit], stream: bool = False) -> list[Unit]:
    """A headline unit of a line or two between two body units, the text over it
    having ended its sentence, whose text reads as a sentence is body text, a
    paragraph of its own (set apart between the article's paragraphs); cut off
    in mid-clause, it is the first line of the paragraph under it (a line
    standing apart where a column of text turns to a narrower one: 据了解，该镇
    还设立了…，保障种 / 子化肥按时…). Returns the units left."""
    joined: set[int] = set()
    for k, unit in enumerate(units):
        if unit.block.role != TITLE or len(unit.block.lines) > _QUOTE_LINES:
            continue
        prev = units[k - 1] if k else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        if nxt is not None and nxt.block.role == CAPTION and _caption_line(unit, nxt):
            nxt.block.lines[:0] = unit.block.lines  # the caption's first line, cut off from it
            nxt._width = None
            joined.add(k)
            continue
        # set apart between paragraphs: the text over it ended its sentence, text goes on under it
        if prev is None or nxt is None or prev.block.role != BODY or nxt.block.role != BODY \
                or not ends_sentence(prev.block.lines[-1]):
            continue
        # (its first line a clause already: a title over its subtitle in one block opens with none)
        text = "".join(line.strip() for line in unit.block.lines)
        # (in paragraph blocks its quotes closed: a block of a paragraph's first lines whose quote is left open
        # runs on into the next block, 通过“公司+ / 农户”)
        if not _CLAUSE_MARK.search(unit.block.lines[0]) or not (stream or text.count("“") == text.count("”")):
            continue
        if (_runs_on(text) and not nxt.paragraph_lines and _column_line(unit, prev, nxt)
                and _reads_as_sentence(text, _RUN_ON_CHARS)):
            nxt.block.lines[:0] = unit.block.lines  # its clause goes on in the text under it
            nxt._width = None
            joined.add(k)
        elif _reads_as_sentence(text):
            unit.block.lines[:] = [join_lines(unit.block.lines)]  # one paragraph, wrapped or not
            unit._width = None
            unit.block.role, unit.paragraph_lines = BODY, True
    return [u for k, u in enumerate(units) if k not in joined] if joined else units


__all__ = ["sentences_are_body"]
