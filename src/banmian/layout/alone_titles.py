"""A line standing alone between two bodies, in plain text (no type size):
evidence from the bodies around it that it opens a new article rather than
heading a section of the one before (:mod:`.subheadings` asks)."""

from __future__ import annotations

import re

from ..model import Role
from .rules import CLOSING_DATELINE, opens_with_dateline
from .text_units import Unit

#: the last bracket of a body's text, to its end
_LAST_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")


def _closes_with_dateline(lines: list[str]) -> bool:
    """Does the body end with a dateline in brackets (……。（本报杭州5月13日电）),
    the bracket wrapped over two lines or not?"""
    tail = _LAST_BRACKET.search("".join(x.strip() for x in lines[-2:]).replace(" ", ""))
    return tail is not None and CLOSING_DATELINE.fullmatch(tail.group(0)) is not None


def two_datelines_around(units: list[Unit], start: int, end: int) -> bool:
    """Does the body before units ``start:end`` open with a dateline (本报讯)
    and the body after them close with one (（本报杭州5月13日电））? An article
    has one dateline, opening or closing it: these are two articles."""
    k = start - 1
    while k > 0 and units[k - 1].role in (Role.BODY, Role.SUBHEADING):
        k -= 1
    if k < 0 or units[k].role != Role.BODY or not opens_with_dateline(units[k].lines):
        return False
    j = end
    while j + 1 < len(units) and units[j + 1].role == Role.BODY:
        j += 1
    return j < len(units) and units[j].role == Role.BODY and _closes_with_dateline(units[j].lines)
