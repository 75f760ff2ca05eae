"""A heading over nothing but closing notes (text mode): the stream gives a
headline-sized line after a body that a headline over it already opened, and
under that line only the text's closing notes (（本系列评论到此结束）,
（作者为…）), maybe the author's name. No article is headed so (it would have no text):
the line is the body's last subheading, and the notes under it close the
article above."""

from __future__ import annotations

from .roles import BODY, BYLINE, OTHER, SUBHEADING
from .closing_notes import closes_body
from .rules import is_closing_note
from .text_direction import title_groups
from .text_units import Unit


def _note(unit: Unit) -> bool:
    """Is the unit a body unit that is only a closing note?"""
    lines = unit.block.lines
    return unit.block.role == BODY and bool(lines) and (closes_body(lines) or (
        len(lines) == 1 and is_closing_note(lines[0])))


def _text(unit: Unit) -> bool:
    """Is the unit body text (no closing note)?"""
    return unit.block.role == BODY and bool(unit.block.lines) and not _note(unit)


def headings_over_notes_only(units: list[Unit], directions: dict[int, bool]) -> None:
    """A headline group under the text the group before it opens, with only
    closing notes (and names, labels) under it up to the next group: its
    units are subheadings of that text, and no group of their own."""
    groups = title_groups(units)
    for n in range(1, len(groups)):
        start, end = groups[n]
        prev_start, prev_end = groups[n - 1]
        if not directions.get(prev_start, False) or not any(_text(u) for u in units[prev_end:start]):
            continue
        hi = groups[n + 1][0] if n + 1 < len(groups) else len(units)
        under = units[end:hi]
        if not any(_note(u) for u in under) or not all(_note(u) or u.block.role in (BYLINE, OTHER) for u in under):
            continue
        for unit in units[start:end]:
            unit.block.role = SUBHEADING
        for unit in under:
            if unit.block.role == BYLINE:
                unit.closing = True  # the author's name over the note signs the text above
        directions.pop(start, None)


__all__ = ["headings_over_notes_only"]
