"""Where white space alone parts the rows of a page, a column of one row may
stand right over a column of the next, a band of white space between. A
column that stops mid-sentence goes on at the top of the column beside it
when that column's top is level with its own (text runs on from a column's
foot to the next column's top, row by row): its text does not run on down
across the band into the row under it, so the column beside goes on from it,
not from the foot of the column under the band."""

from __future__ import annotations

from .columns import ColumnBlock


def stops_at_band(foot: ColumnBlock, under: ColumnBlock, reached: float, block: ColumnBlock, body: float) -> bool:
    """Does the column's text stop at ``foot`` (its foot at ``reached``) rather
    than go on down into ``under``, across a band of white space, when ``block``
    (the column on its right) opens level with ``foot``'s top?"""
    return under.top - reached > 1.5 * body and abs(block.top - foot.top) <= body and block.top < reached \
        and _mid_sentence(foot.lines[-1].text.strip())


def _mid_sentence(text: str) -> bool:
    """The line stops inside a sentence: on a character or a mark inside one
    (not an end mark, a closing bracket, a name's bracket)."""
    last = text[-1:]
    return bool(last) and (last.isalnum() or last in "，、“‘《（(")
