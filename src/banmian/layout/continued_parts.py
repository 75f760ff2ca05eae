"""Text mode: where a part continued from another page ends.

A part that goes on from another page (opened by （上接第N版）) has no
headline of its own on this page; in a line stream the next article's body
may follow it with nothing between them (that article's headline drawn after
its body). The two are set in two measures: where the body after the part's
last full stop runs to another measure than the part's, the part is over."""

from __future__ import annotations

from .measure_cuts import set_in_one_measure
from .paragraphs import column_width
from .reflow import CLOSERS
from .roles import BODY, BYLINE, CAPTION, CREDIT, DATELINE, SUBHEADING, CONTINUATION, TITLE
from .text_units import Unit

#: lines each side needs to show its measure
_MEASURE_LINES = 4
#: lines read ahead for the next text's measure
_AHEAD_LINES = 8
#: two measures this many cells apart are two texts
_OTHER_MEASURE = 1.5
#: a part longer than this (in units) is not asked (each body unit would re-read it)
_MOST_UNITS = 60


def leaves_continued_part(current: list[Unit], units: list[Unit], i: int) -> bool:
    """Does body unit ``i`` open another text after ``current``, a part opened
    by a note saying it goes on from another page, with no headline, whose
    body ended a sentence and was set in a measure the text at ``i`` is not,
    that text closed by a headline drawn after it?"""
    if not current or len(current) > _MOST_UNITS or not _opened_by_note(current):
        return False
    if any(u.block.role == TITLE for u in current):
        return False
    lines = [line.strip() for u in current if u.block.role == BODY for line in u.block.lines]
    if len(lines) < _MEASURE_LINES or not _full_stop(lines[-1]):
        return False
    ahead: list[str] = []
    j = i
    while j < len(units) and units[j].block.role == BODY and len(ahead) < _AHEAD_LINES:
        ahead.extend(line.strip() for line in units[j].block.lines)
        j += 1
    ahead = ahead[:_AHEAD_LINES]
    if len(ahead) < _MEASURE_LINES:
        return False
    width, other = column_width([lines]), column_width([ahead])
    return (abs(width - other) >= _OTHER_MEASURE and set_in_one_measure(lines, width)
            and set_in_one_measure(ahead[:-1], other) and _closed_by_headline(units, i))


#: what an article's text holds between its first body and a headline drawn after it
_TEXT_ROLES = (BODY, SUBHEADING, BYLINE, DATELINE, CAPTION, CREDIT)
#: units looked through for that headline
_MOST_AHEAD = 200


def _closed_by_headline(units: list[Unit], i: int) -> bool:
    """Is the text from unit ``i`` closed by a headline drawn after it (the
    page's headlines after their bodies)? A part's own text that narrows
    (set around a quotation, a picture) runs on to no headline of its own."""
    for j in range(i, min(len(units), i + _MOST_AHEAD)):
        role = units[j].block.role
        if role == TITLE:
            return True
        if role not in _TEXT_ROLES:
            return False
    return False


def _full_stop(line: str) -> bool:
    """Does the line end a sentence with a full stop (。！？, a closing quote
    after it)? A colon or semicolon leads on, to a quotation set in, say."""
    return line.rstrip("".join(CLOSERS))[-1:] in ("。", "！", "？") and line[-1:] not in "）)"


def _opened_by_note(current: list[Unit]) -> bool:
    """Does the article open (past no body) with a note from another page?"""
    for unit in current[:3]:
        if unit.block.role == CONTINUATION:
            return unit.note is not None and unit.note.direction == "from"
        if unit.block.role == BODY:
            return False
    return False


__all__ = ["leaves_continued_part"]
