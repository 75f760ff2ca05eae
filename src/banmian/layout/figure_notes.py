"""A figure box in text mode (数读, 一组数据): each figure called out on a line
of its own (6038.4亿元) over the sentence that explains it (2018年，……累计达
6038.4亿元，同比增长21.8%). That sentence ends no sentence mark and may be cut
off as a headline; it repeats the figure above it word for word, which no
headline over a body does: it is the body's paragraph, as printed."""

from __future__ import annotations

import re

from .roles import BODY, SUBHEADING, TITLE
from .tier_patterns import is_callout
from .text_units import Unit

#: the number of a figure called out (6038.4 of 6038.4亿元)
_NUMBER = re.compile(r"\d[\d.,]*")
#: a figure repeated by its explanation has at least this many characters (no lone digit)
_MIN_DIGITS = 2


def _called_out(line: str) -> str | None:
    text = line.replace(" ", "").strip()
    if not is_callout(text):
        return None
    number = _NUMBER.match(text)
    return number.group(0) if number and len(number.group(0)) >= _MIN_DIGITS else None


def figure_explanations_are_body(units: list[Unit]) -> None:
    """Headline units right under a figure called out (the last line of the
    unit above) whose text repeats that figure are its explanation: body.
    The explanation may be cut into two headline units (推进新、改、扩建公办学校 /
    40所，……学位6135个)."""
    for k in range(1, len(units)):
        prev = units[k - 1]
        if units[k].block.role != TITLE or prev.block.role not in (BODY, SUBHEADING, TITLE) or not prev.block.lines:
            continue
        number = _called_out(prev.block.lines[-1])
        if not number:
            continue
        text = ""
        for j in range(k, min(k + _EXPLANATION_UNITS, len(units))):
            if units[j].role != TITLE:
                break
            text += "".join(units[j].lines).replace(" ", "")
            if number in text:
                for unit in units[k:j + 1]:
                    # (its lines may be joined into one, as a headline's are: a paragraph, no column line)
                    unit.block.role, unit.paragraph_lines = BODY, True
                if prev.role != BODY:  # the figure alone over it: a paragraph of the body too
                    prev.block.role, prev.paragraph_lines = BODY, True
                break


#: an explanation cut off as a headline spans this many units at most
_EXPLANATION_UNITS = 2
