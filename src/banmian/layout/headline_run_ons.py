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
from collections import Counter

from ..model import Block
from .roles import BODY, BYLINE, CAPTION, CREDIT, DATELINE, TITLE
from .text_direction import FEW_PAIRS, bigrams, pairs_at, pairs_between
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
    over_text, under_text = _Spelled(above), _Spelled(below)
    # (the CJK characters either side of each gap counted once along the line, a run at a time: a
    # long line of many gaps was counted whole at every gap; a gap holds none)
    total, before, at = _cjk_count(line, 0, len(line)), 0, 0
    # the head's pairs grow gap by gap and the tail's shrink: each pair is looked for in the two
    # bodies once (a line of many gaps gathered its whole head and tail again at every gap)
    pairs: set[str] = set()
    over = under = 0
    paired = 0  # the head's pairs are those starting before this index
    follows: _Tail | None = None
    for gap in _GAP.finditer(line):
        before += _cjk_count(line, at, gap.start())
        at = gap.end()
        if before < _PART_CHARS or total - before < _PART_CHARS:
            continue
        for pair in pairs_between(line, paired, gap.start()):
            if pair not in pairs:
                pairs.add(pair)
                over += over_text.spells(pair)
                under += under_text.spells(pair)
        paired = max(paired, gap.start() - 1)
        if not pairs:
            continue
        if over < _OWN_ECHO * len(pairs) or over < _TIMES * under:
            continue
        follows = follows or _Tail(line + rest, over_text, under_text)
        follows.start_at(gap.end())  # the tail and the tiers under it (line[gap.end():] + rest)
        if follows.counts and follows.under > follows.over:
            return line[:gap.start()], line[gap.end():]
    return None


class _Spelled:
    """Which character pairs a body spells: a few asked, each sought in the
    text; past a headline's worth, the body's pairs gathered once."""

    def __init__(self, text: str) -> None:
        self.text, self.asked, self.pairs = text, 0, None

    def spells(self, pair: str) -> bool:
        if self.pairs is not None:
            return pair in self.pairs
        self.asked += 1
        if self.asked > FEW_PAIRS:
            self.pairs = bigrams(self.text)
            return pair in self.pairs
        return pair in self.text


class _Tail:
    """The distinct pairs of ``text`` from an index on, and how many of them
    each body spells; the index only moves on (the gaps along a line)."""

    def __init__(self, text: str, over_text: _Spelled, under_text: _Spelled) -> None:
        self.found = pairs_at(text)
        self.counts = Counter(pair for _, pair in self.found)
        self.over_text, self.under_text = over_text, under_text
        self.over = sum(map(over_text.spells, self.counts))
        self.under = sum(map(under_text.spells, self.counts))
        self.next = 0  # the first of self.found still counted

    def start_at(self, index: int) -> None:
        found, counts = self.found, self.counts
        while self.next < len(found) and found[self.next][0] < index:
            pair = found[self.next][1]
            self.next += 1
            counts[pair] -= 1
            if not counts[pair]:
                del counts[pair]
                self.over -= self.over_text.spells(pair)
                self.under -= self.under_text.spells(pair)


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
