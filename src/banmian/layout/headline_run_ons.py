"""Two articles' headlines printed on one line.

``pdftotext -raw`` joins what stands on one baseline: where a page draws each
headline after its body, the headline closing one article and the first tier
of the next one's, set level across two columns, come out as one line, a
space apart (第二届……举行推介会 栗战书主持召开……). Read so, the first
article loses its headline and the second takes both. The words tell the two
apart: the part before the gap is spelled by the body over the line and not
by the one under it, and what follows the gap (the rest of the line, and the
tiers under it) by the body under it more than by the body over it.
"""

from __future__ import annotations

import re

from ..model import Block
from .roles import BODY, BYLINE, CAPTION, CREDIT, DATELINE, TITLE
from .text_direction import bigrams, pairs_between, shared_pairs
from .text_units import Unit

#: the gap between the two headlines on the line
_GAP = re.compile(r"[ \u3000]+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _cjk_count(line: str, start: int, end: int) -> int:
    """How many CJK characters ``line[start:end]`` holds."""
    return sum(map(len, _CJK_RUN.findall(line, start, end)))

#: each part holds this many CJK characters at least (郭声琨强调)
_PART_CHARS = 4
#: the closing headline's share of character pairs the body over it spells, at least
_OWN_ECHO = 0.5
#: ... and how many times the share the body under it spells, at least
_TIMES = 2
#: the body text read on either side (characters: a body unit may hold thousands of lines)
_TEXT_CHARS = 3000
#: what may stand between a body and the headline closing it (its byline, a photo's caption)
_BETWEEN_ABOVE = (BYLINE, CAPTION, CREDIT)
#: what may stand between the next headline's first line and its body (its tiers, its byline, dateline)
_BETWEEN_BELOW = (TITLE, BYLINE, DATELINE)


def split_headlines_on_one_line(units: list[Unit]) -> list[Unit]:
    """``units`` with a headline unit whose first line holds two articles'
    headlines cut in two units at the gap (see the module's docstring)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        cut = _cut(units, k) if unit.block.role == TITLE and _GAP.search(unit.block.lines[0].strip()) else None
        if cut is None:
            out.append(unit)
            continue
        head, tail = cut
        number = unit.block.line_start
        out.append(Unit(Block([head], TITLE, page=unit.block.page, line_start=number)))
        unit.block.lines[0] = tail
        unit.forget_width()
        out.append(unit)
    return out


def _cut(units: list[Unit], k: int) -> tuple[str, str] | None:
    above, below = _body_above(units, k), _body_below(units, k)
    if not above or not below:
        return None
    line = units[k].block.lines[0].strip()
    tiers = _tiers_from(units, k)
    rest = " ".join([*tiers[0].block.lines[1:], *(line for u in tiers[1:] for line in u.block.lines)])
    # (the CJK characters either side of each gap counted once along the line, a run at a time: a
    # long line of many gaps was counted whole at every gap; a gap holds none)
    total, before, at = _cjk_count(line, 0, len(line)), 0, 0
    # the head's pairs grow gap by gap: each pair is looked for in the two bodies once, when the
    # head first holds it (a line of many gaps gathered its whole head again at every gap)
    pairs: set[str] = set()
    over = under = 0
    paired = 0  # the head's pairs are those starting before this index
    for gap in _GAP.finditer(line):
        before += _cjk_count(line, at, gap.start())
        at = gap.end()
        if before < _PART_CHARS or total - before < _PART_CHARS:
            continue
        for pair in pairs_between(line, paired, gap.start()):
            if pair not in pairs:
                pairs.add(pair)
                over += pair in above
                under += pair in below
        paired = max(paired, gap.start() - 1)
        if not pairs:
            continue
        if over < _OWN_ECHO * len(pairs) or over < _TIMES * under:
            continue
        head, tail = line[:gap.start()], line[gap.end():]
        follows = bigrams(tail + rest)
        if follows and shared_pairs(follows, below) > shared_pairs(follows, above):
            return head, tail
    return None


def _body_above(units: list[Unit], k: int) -> str:
    j = k - 1
    while j >= 0 and units[j].block.role in _BETWEEN_ABOVE:
        j -= 1
    if j < 0 or units[j].block.role != BODY:
        return ""
    return "".join(reversed(_taken(reversed(units[j].block.lines))))


def _tiers_from(units: list[Unit], k: int) -> list[Unit]:
    j = k + 1
    while j < len(units) and units[j].block.role == TITLE:
        j += 1
    return units[k:j]


def _body_below(units: list[Unit], k: int) -> str:
    j = k + 1
    while j < len(units) and units[j].block.role in _BETWEEN_BELOW:
        j += 1
    if j == len(units) or units[j].block.role != BODY:
        return ""
    return "".join(_taken(units[j].block.lines))


def _taken(lines) -> list[str]:
    """The lines, in the order given, up to _TEXT_CHARS characters."""
    taken, size = [], 0
    for line in lines:
        if size >= _TEXT_CHARS:
            break
        taken.append(line)
        size += len(line)
    return taken


__all__ = ["split_headlines_on_one_line"]
