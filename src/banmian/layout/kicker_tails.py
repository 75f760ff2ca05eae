"""A headline's kicker that an extractor's stream ran onto the body before it.

In a line stream a short kicker line (国台办： / 外交部发言人—— / 《……》“……”：)
stands right over its title: the stream cuts it into the column text before
it when it follows that text's last sentence, so the kicker closes the
neighbour's body and its own headline loses it. A body's paragraph ends its
sentence; a line after a sentence's end that is a few words leading on to
what follows (a colon or a dash closing it, no sentence mark inside) with a
headline right under it is that headline's kicker, whichever way the page
draws its headlines (over or after their bodies): it leads into the title
under it, never back into the text over it.
"""

from __future__ import annotations

import re

from ..model import Block
from .roles import BODY, TITLE
from .text_units import Unit

#: a kicker leading on to its title: a few words closed by a colon or a dash, no sentence or clause mark
#: inside (a quoted or bracketed name may stand in it: 《……》“……”：)
_LEADS_ON = re.compile(r"[^。！？!?，,；;：:\s]{2,16}(?:[：:]|——)")
#: marks a sentence ends on, a closing quote or bracket after them
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)》]*$")


def _kicker_line(line: str) -> bool:
    """A few words leading on (国台办： / 外交部发言人——)?"""
    return _LEADS_ON.fullmatch(line.strip()) is not None


def ends_sentence_line(line: str) -> bool:
    """Does the line end a sentence (its mark, a closing quote or bracket after it)?"""
    return _SENTENCE_END.search(line.rstrip()) is not None


def kickers_off_body_ends(units: list[Unit]) -> list[Unit]:
    """The units with a kicker line closing a body unit (after a sentence's
    end, a headline unit right under it) cut off as a headline unit of its own;
    a body unit that is only such a line, after a body and over a headline,
    becomes a headline unit. Returns the units."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if unit.block.role != BODY:
            out.append(unit)  # (most units: no body, nothing looked for under it)
            continue
        nxt = units[k + 1] if k + 1 < len(units) else None
        lines = unit.block.lines
        if unit.block.role != BODY or nxt is None or nxt.block.role != TITLE or not _kicker_line(lines[-1]):
            out.append(unit)
            continue
        if len(lines) == 1:
            if out and out[-1].block.role == BODY and ends_sentence_line(out[-1].block.lines[-1]):
                unit.block.role = TITLE
            out.append(unit)
            continue
        if not ends_sentence_line(lines[-2]):
            out.append(unit)
            continue
        src = unit.block
        last = src.line_start + len(lines) - 1 if src.line_start is not None else None
        out.append(Unit(Block(lines[:-1], BODY, page=src.page, line_start=src.line_start, bbox=src.bbox,
                              font_size=src.font_size), bylines=unit.bylines, closing=unit.closing, note=unit.note,
                        credit=unit.credit, paragraph_lines=unit.paragraph_lines, lead=unit.lead,
                        set_wide=unit.set_wide))
        out.append(Unit(Block([lines[-1]], TITLE, page=src.page, line_start=last, font_size=src.font_size)))
    return out


__all__ = ["ends_sentence_line", "kickers_off_body_ends"]
