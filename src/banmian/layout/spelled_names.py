"""Name-shaped lines under a headline that its own body spells (text mode).

A headline tier wrapped so that its last word stands alone on a line (…一张
特殊的回乡 / 车票, …天津队胜 / 江苏队) looks like an author's name: two or
three characters, a surname first. An author's name is almost never a word of
the article it signs; a headline's word is told again in its body. So a line
of "names" right under a headline, every one of them spelled by the body next
to it (outside brackets, where a dateline's reporters stand), is the
headline's, not its byline. Lines of names after it stay bylines.
"""

from __future__ import annotations

import re

from ..model import Block
from .roles import BODY, BYLINE, HEADER, TITLE
from .text_units import Unit

#: body units either side of the headline that are read, up to the next headline, within this many
#: units of it (a page of headlines alone is searched no further)
_NEAR_UNITS = 3
_REACH = 12
#: a bracket's text (（记者 张三 李四）): reporters named in the body, not its words
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
#: a "name" the body spells holds this many characters at least (one is any text's)
_MIN_CHARS = 2


def names_the_body_spells(units: list[Unit]) -> list[Unit]:
    """Turn the leading lines of a byline unit right under a headline back into
    headline lines where the body next to them spells every name they hold.
    Returns the units (a unit whose lines part is split in two)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if not (k and unit.block.role == BYLINE and units[k - 1].block.role == TITLE and not unit.closing
                and unit.bylines and all(b.role is None for b in unit.bylines)):
            out.append(unit)
            continue
        body = _near_body(units, k)
        lead = 0
        for line in unit.block.lines:
            words = line.split()
            if not words or not all(len(w) >= _MIN_CHARS and w in body for w in words):
                break
            lead += 1
        if lead == 0:
            out.append(unit)
            continue
        lines = unit.block.lines
        above = units[k - 1]
        if lead == 1 and _wrapped_end(above.block.lines[-1], lines[0]):
            above.block.lines[-1] = above.block.lines[-1].rstrip() + lines[0].strip()
            above.forget_width()
        elif lead == len(lines):
            unit.block.role, unit.bylines = TITLE, []
            out.append(unit)
            continue
        else:
            block = unit.block
            out.append(Unit(Block(lines[:lead], TITLE, page=block.page, line_start=block.line_start,
                                  bbox=block.bbox, font_size=block.font_size)))
        if lead == len(lines):
            continue  # (the one line went up to the headline line it ends)
        block = unit.block
        kept = set(" ".join(lines[lead:]).split())
        unit.bylines = [b for b in unit.bylines if b.name in kept or b.name.replace(" ", "") in kept]
        block.lines = lines[lead:]
        if block.line_start is not None:
            block.line_start += lead
        unit.forget_width()
        out.append(unit)
    return out


def _wrapped_end(line: str, tail: str) -> bool:
    """Is ``tail`` short enough to be the end of headline line ``line`` wrapped
    (half as wide at most), under a line that no column tag, closing bracket or
    sentence mark closes?"""
    line, tail = line.strip(), tail.strip()
    return bool(line) and len(tail) * 2 <= len(line) and line[-1] not in _CLOSED


#: what a whole headline line may close on: no word of it wraps onto the next line then
_CLOSED = "）)》”’。！？!?—"


def _near_body(units: list[Unit], k: int) -> str:
    """The body text of the few body units either side of unit ``k`` (up to a
    headline past them), brackets taken out, spaces too."""
    parts: list[str] = []
    for step in (-1, 1):
        j, taken = k + step, 0
        while 0 <= j < len(units) and abs(j - k) <= _REACH and taken < _NEAR_UNITS and units[j].block.role != HEADER:
            role = units[j].block.role
            if role == BODY:
                parts.append("".join(units[j].block.lines))
                taken += 1
            elif taken and role == TITLE:
                break
            j += step
    return _BRACKETED.sub("", "".join(parts).replace(" ", ""))


__all__ = ["names_the_body_spells"]
