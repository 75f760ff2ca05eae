"""A poem's verse in text mode: short lines with no sentence's full stop,
one after another under the poem's title and its poet's name. Each line
stands apart as a headline candidate (no column width, no clause marks),
but a headline holds a tier or three, never a stanza: the run is the poem's
text. The line just over the next byline (or over the next body) is the
next article's title and stays one."""

from __future__ import annotations

from ..model import Block
from .reflow import cell_width
from .roles import BODY, BYLINE, TITLE
from .text_units import Unit

#: a verse line is this many cells wide at most (a column line of prose is wider)
_VERSE_CELLS = 12
#: lines of verse enough to tell a poem from a headline's tiers
_VERSE_LINES = 6
#: what ends a sentence in prose: a verse line may ask or exclaim, it seldom ends on 。
_PROSE_END = "。；"


def _verse_lines(unit: Unit) -> bool:
    return all(line.strip() and cell_width(line.strip()) <= _VERSE_CELLS
               and not any(mark in line for mark in _PROSE_END) for line in unit.block.lines)


def verse_is_body(units: list[Unit]) -> list[Unit]:
    """Headline candidates in a run right under a title and its byline, each
    line a short one with no full stop, six lines or more: the poem's verse,
    body text. The run stops before the candidate over a byline or a body
    (the next article's title). Returns the units (a title the stream ran
    onto the verse's last line is cut off it)."""
    k = 2
    while k < len(units):
        if not (units[k - 2].block.role == TITLE and units[k - 1].block.role == BYLINE):
            k += 1
            continue
        verse = units[k]
        if (verse.block.role == BODY and len(verse.block.lines) > _VERSE_LINES
                and k + 1 < len(units) and units[k + 1].block.role == BYLINE and _verse_lines(verse)):
            # the verse, read as one body, took the next title over its byline as its last line
            title = Block([verse.block.lines.pop()], TITLE, page=verse.block.page)
            verse.forget_width()
            units.insert(k + 1, Unit(title))
            k += 2
            continue
        end = k
        while end < len(units) and units[end].block.role == TITLE and _verse_lines(units[end]):
            end += 1
        if end < len(units) and units[end].block.role in (BYLINE, BODY) and end > k:
            end -= 1  # the line over the next byline or body is that article's title
        if sum(len(u.block.lines) for u in units[k:end]) >= _VERSE_LINES:
            for unit in units[k:end]:
                unit.block.role = BODY
        k = max(end, k + 1)
    return units


__all__ = ["verse_is_body"]
