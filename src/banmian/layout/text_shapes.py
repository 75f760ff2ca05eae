"""The shape of a text unit's lines (text mode): a column's lines are of one
width, each full or closing its paragraph; a headline wrapped in a narrow box
has lines of many widths that end nothing; a block that opens with the last
characters of a sentence the body above left open carries that body on."""

from __future__ import annotations

import re

from .roles import BODY
from .stream_joins import SENTENCE_TAIL
from .mark_widths import CLAUSE_MARKS, QUOTE_MARKS
from .paragraphs import column_width
from .reflow import core_width, ends_sentence
from .text_units import Unit

#: what closes a quote or bracket at a line end
_CLOSER_MARKS = "”’）」』》"


#: a headline box (tight leading: one block) holds none of these; an enumeration comma (、) it may
_BOX_FREE_OF = "，。；！？：“”"
_BOX_MARK = re.compile(f"[{_BOX_FREE_OF}]")
#: a headline box wraps a kicker and a title over this many lines at most
_BOX_LINES = 6


def headline_box(lines: list[str], width: float) -> bool:
    """A kicker and title wrapped in a narrow box (原国家……总 / 局党组成员、
    副局长 / 某某严重违纪违法 / 被开除党籍): a few lines of many widths,
    ending nothing, the last short, no clause mark, no quote; a column's lines
    are one width (a subheading over the first lines of its paragraph ends full)."""
    if len(lines) > _BOX_LINES or ends_sentence(lines[-1]):
        return False
    widths = [core_width(line) for line in lines]
    unmarked = not any(map(_BOX_MARK.search, lines))
    # a column running on into the next block ends full; a box free of marks is ragged anywhere (鼓励他们用心做好当 /
    # 代的好战士在人 / 民军队的大熔炉中书 / 写火热的青春篇章): a column's line inside a paragraph is never short
    ragged = (unmarked and any(w < max(widths) - 1.5 for w in widths[1:-1])
              and not "".join(lines).encode("ascii", "ignore"))  # (no ASCII character: counted in C)
    return ((widths[-1] < max(widths) - 1 or ragged) and (unmarked or _tier_break(lines))
            and not one_column_width(lines, width))


def _tier_break(lines: list[str]) -> bool:
    """A line that ends a kicker (……——) before the last: a wrapped kicker over its
    title in one box, whatever marks the title holds (“小区就是家，人人要爱护”)."""
    return any(line.rstrip().endswith("——") for line in lines[:-1])


#: the ASCII characters str.isspace takes
_ASCII_SPACES = bytes(c for c in range(128) if chr(c).isspace())


def one_column_width(lines: list[str], width: float) -> bool:
    """Are the lines one column's: each line but the last full at the column's
    width, or closing its paragraph, or a paragraph's indented first line (after
    a line that closed one)? A headline wrapped in a box of several lines has
    lines of many widths that end nothing."""
    for k, line in enumerate(lines[:-1]):
        # (the visible ASCII characters counted in C: the ASCII ones less those str.isspace takes)
        core = core_width(line) + 0.25 * len(line.encode("ascii", "ignore").translate(None, _ASCII_SPACES))
        if core >= width - 1.5 or ends_sentence(line) or line.rstrip()[-1:] in _CLOSER_MARKS:
            continue
        if abs(core - (width - 2)) <= 1.0 and (k == 0 or ends_sentence(lines[k - 1])):
            continue
        return False
    return True


def is_column_shaped(lines: list[str], width: float | None = None) -> bool:
    """Lines of one column: none is wider than the column (its commonest
    long width) plus a pulled-up punctuation mark. Headline lines are not
    wrapped at the column width, so a long one stands out."""
    width = column_width([lines]) if width is None else width
    room = width + 2.5
    for line in lines:
        if len(line) <= room:
            continue  # (no line is wider than its characters: most need no measuring)
        core = core_width(line)
        if core > room and not _fits(core, room, line):
            return False
    return True


def _fits(core: float, room: float, line: str) -> bool:
    """Does a line of width ``core`` fit ``room``, squeezed marks counted (asked only past it)?
    Quotes and book-title marks are often printed in half a cell (the body
    font's own narrow glyphs): a column line holding several is that much
    narrower than its count of cells."""
    squeezed = room + min(0.5 * _squeezed_marks(line), _SQUEEZED_CELLS)
    return core <= squeezed or core - 0.5 * sum(map(line.count, _NARROW_MARKS)) <= squeezed


#: marks the body font may draw in half a cell (the 开明 style's half marks are more: mark_widths.py)
_NARROW_MARKS = tuple(QUOTE_MARKS)


#: marks a printed line may set at half width, so that a line holding many of them holds
#: more characters than the column's width (标点挤压)
_SQUEEZABLE = CLAUSE_MARKS + "。"
#: the most cells squeezed marks make room for in one line
_SQUEEZED_CELLS = 1.0


def _squeezed_marks(line: str) -> int:
    """The marks inside ``line`` (its last character aside) a printer may squeeze."""
    return sum(line.count(mark) for mark in _SQUEEZABLE) - (line.rstrip()[-1:] in _SQUEEZABLE)


def finishes_sentence_above(units: list[Unit], i: int) -> bool:
    """Does unit ``i`` open with the last characters of the sentence the body
    unit above left unfinished (……威尔 / 逊。（张三 李四）)? A block break
    inside a sentence is a column break of one article: no headline opens there."""
    prev = units[i - 1] if i else None
    if prev is None or prev.block.role != BODY or ends_sentence(prev.block.lines[-1]):
        return False
    last = prev.block.lines[-1].rstrip()
    return bool(last) and last[-1] not in _CLOSER_MARKS and bool(SENTENCE_TAIL.match(units[i].block.lines[0].strip()))


__all__ = ["finishes_sentence_above", "headline_box", "is_column_shaped"]
