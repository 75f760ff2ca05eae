"""A banner's slogan between two texts, echoing neither, heads nothing (text mode).

A page's banner (两个平行短语: 守正创新 勇毅前行) runs across the columns; the
content stream draws it between two articles' texts, where it reads as a
one-line headline. A headline tells of its text: its words come back in the
text it opens or closes. A line of two parallel phrases, unsigned, alone
between two texts neither of which says a pair of its characters, the text
under it closed by the next headline (drawn after it), is the banner: it is
set apart and the headlines' directions are read again, so it claims neither
text (and leaves each text to its own headline). Where no headline after it
closes the text under it, a title so shaped heads that text (山河锦绣多娇
岁月静好安康 over a report that never says its words).
"""

from __future__ import annotations

import re

from .roles import BODY, BYLINE, OTHER, TITLE
from .text_direction import bigrams, body_text, shared_pairs, title_groups
from .text_units import Unit

#: one line of two parallel phrases, a character apart in length at most (checked after the match)
_SLOGAN = re.compile(r"([\u4e00-\u9fff]{4,7})[ \u3000]+([\u4e00-\u9fff]{4,7})")


def silent_banners_head_nothing(units: list[Unit], directions: dict[int, bool]) -> bool:
    """Set such slogans apart (role OTHER, in place) where the next headline
    closes the text under the slogan (``directions``: that text has its own
    headline, drawn after it; a slogan-shaped title over a text no other
    headline claims heads it: 山河锦绣多娇 岁月静好安康). True when one was set
    apart (the directions are then read again)."""
    found = False
    groups: list[tuple[int, int]] | None = None
    alone: dict[int, int] = {}  # the unit opening a group of one unit -> the group's index
    for k, unit in enumerate(units):
        lines = unit.block.lines
        if unit.block.role != TITLE or len(lines) != 1 or "\u3000" not in lines[0] and " " not in lines[0]:
            continue
        match = _SLOGAN.fullmatch(lines[0].strip())
        if match is None or abs(len(match.group(1)) - len(match.group(2))) > 1:
            continue
        if groups is None:  # (read once a page, when a slogan-shaped line is found)
            groups = title_groups(units)
            alone = {start: n for n, (start, end) in enumerate(groups) if end == start + 1}
        n = alone.get(k)
        if n is None or k + 1 < len(units) and units[k + 1].block.role == BYLINE:
            continue  # (a tier of a headline, or a signed headline)
        if n + 1 == len(groups) or directions.get(groups[n + 1][0], True):
            continue  # no headline after the text under it closes that text
        over = units[groups[n - 1][1] if n else 0:k]
        under = units[k + 1:groups[n + 1][0] if n + 1 < len(groups) else len(units)]
        if not any(u.block.role == BODY for u in over) or not any(u.block.role == BODY for u in under):
            continue
        head = bigrams(lines[0])
        if head and not shared_pairs(head, body_text(over)) and not shared_pairs(head, body_text(under)):
            unit.block.role = OTHER
            unit.banner = True
            found = True
    return found


__all__ = ["silent_banners_head_nothing"]
