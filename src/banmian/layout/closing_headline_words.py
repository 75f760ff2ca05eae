"""Does a headline close the text drawn over it (text mode)?

A content stream may draw an article's headline after its body (a picture
story's caption, then its title), and the next article's headline right
after that one. A short line under such a headline is then no column label
of it (a label stands between a headline and the text it opens): it is the
next article's title. The words tell which text a headline was drawn with:
its own body says its character pairs, the next one's seldom does.
"""

from __future__ import annotations

from .roles import BODY, BYLINE, CAPTION, CREDIT, HEADER, TITLE
from .text_direction import ECHO_MARGIN, echo_lean
from .text_units import Unit

#: body units read on each side of a headline for its words
_BODY_UNITS = 4
#: units walked on each side at most (a page of headlines alone is searched no further)
_REACH = 10
#: what may stand between a text and the headline drawn after it (its authors, its photo's lines)
_BETWEEN = (BYLINE, CAPTION, CREDIT)


def _text_from(units: list[Unit], start: int, step: int) -> str:
    """The body text met walking from ``start`` by ``step``, up to the next headline."""
    taken: list[str] = []
    j = start
    while 0 <= j < len(units) and abs(j - start) < _REACH and len(taken) < _BODY_UNITS:
        role = units[j].block.role
        if role in (TITLE, HEADER):
            break
        if role == BODY:
            taken.append("".join(units[j].block.lines))
        elif role not in _BETWEEN:
            break
        j += step
    if step < 0:
        taken.reverse()
    return "".join(taken).replace(" ", "")


def closes_text_over(units: list[Unit], last: int, below: int, signed: bool = False) -> bool:
    """Does headline unit ``last`` (the last of its group: title units walked up
    from there to the text over them) close the text over it, its words said
    there clearly more than in the text from unit ``below`` on? Asked for a few
    headline units only. ``signed``: a name alone over the headline (a text's
    author, drawn with its closing headline) may stand between."""
    first = last
    while first > 0 and units[first - 1].block.role == TITLE:
        first -= 1
    over = units[first - 1] if first else None
    if over is None or over.block.role not in (BODY, *_BETWEEN) or (
            over.block.role == BYLINE and not over.closing and not signed):
        return False  # (nothing over it a headline could close; a byline not closing a text opens the next)
    above = _text_from(units, first - 1, -1)
    if not above:
        return False
    # (the last unit's own words: a group may hold another headline's, drawn over it, that its text says)
    lean = echo_lean(units[last:last + 1], above, _text_from(units, below, 1))
    return lean is not None and -lean >= ECHO_MARGIN


def closed_by_next_headline(units: list[Unit], start: int) -> bool:
    """Does the next headline group after the text from unit ``start`` close that
    text (:func:`closes_text_over` of its last unit)? Then that text is that
    headline's, and no line over it is its title."""
    j = start
    while j < len(units) and j - start < _REACH and units[j].block.role in (BODY, *_BETWEEN):
        j += 1
    if j == start or j >= len(units) or units[j].block.role != TITLE:
        return False
    while j + 1 < len(units) and units[j + 1].block.role == TITLE:
        j += 1
    return closes_text_over(units, j, j + 1, signed=True)


__all__ = ["closed_by_next_headline", "closes_text_over"]
