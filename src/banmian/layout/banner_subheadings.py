"""A page's banner drawn between two texts is no subheading of either (text mode).

A banner's slogan (两个平行短语: 砥砺奋进 再创辉煌) runs across the page; the
content stream may draw it between two articles' bodies, where the width of
the text around it reads it as an in-body subheading: the two texts became
one article. A subheading heads a part of its story and tells of it; a line
of two parallel phrases a space apart, unsigned, that neither the text over it
nor the text under it says a character pair of, is the banner: it is set
apart (role OTHER, ``banner``), and the text under it starts anew.
"""

from __future__ import annotations

import re

from .roles import BODY, OTHER, SUBHEADING, TITLE
from .subheadings import mark_subheadings
from .text_direction import bigrams, body_text, shared_pairs
from .text_units import Unit

#: one line of two parallel phrases, a character apart in length at most (checked after the match)
_SLOGAN = re.compile(r"([\u4e00-\u9fff]{4,7})[ \u3000]+([\u4e00-\u9fff]{4,7})")


def mark_subheadings_not_banners(units: list[Unit], stream: bool) -> list[Unit]:
    """:func:`.subheadings.mark_subheadings`, then set apart the banners it
    read as subheadings; return the units."""
    units = mark_subheadings(units, stream)
    for k, unit in enumerate(units):
        lines = unit.block.lines
        if unit.block.role != SUBHEADING or len(lines) != 1 or " " not in lines[0] and "\u3000" not in lines[0]:
            continue  # (most subheadings: one phrase, no space)
        match = _SLOGAN.fullmatch(lines[0].strip())
        if match is None or abs(len(match.group(1)) - len(match.group(2))) > 1:
            continue
        over, under = _text_beside(units, k, -1), _text_beside(units, k, +1)
        head = bigrams(lines[0])
        if over and under and not shared_pairs(head, over) and not shared_pairs(head, under):
            unit.block.role = OTHER
            unit.banner = True
    return units


def _text_beside(units: list[Unit], k: int, step: int) -> str:
    """The body text next to unit ``k`` on one side, up to a headline or another subheading."""
    j = k + step
    run: list[Unit] = []
    while 0 <= j < len(units) and units[j].block.role not in (TITLE, SUBHEADING):
        run.append(units[j])
        j += step
    return body_text(run) if any(u.block.role == BODY for u in run) else ""


__all__ = ["mark_subheadings_not_banners"]
