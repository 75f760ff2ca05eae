"""Which of two headline tiers is set larger, told by how their lines wrap.

Text mode has no type sizes, but the lines still tell them: the tiers of one
headline share its measure, and a tier wrapped over lines fills that measure
at its own size. A tier wrapped after fewer characters than a line of the
other tier holds whole is set in larger type than that tier (the other line
would not fit at its size), and the larger of two tiers is the title: a
kicker and a subtitle are set smaller (江城今明两天 / 有强降雨 / 周末出行的市民
请合理安排行程: the first tier wraps after six characters, the second holds
fourteen on a line, so the first is the title and the second its subtitle).
Tiers set a phrase a line (两个并列短语, one a line) break by choice, not at the
measure: lines of one length tell no size.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, chain
from operator import attrgetter

from ..model import Block, Headline
from .reflow import cell_width, core_width
from .roles import TITLE
from .text_units import Unit
from .tier_patterns import TITLE_TAG

#: the single line must be wider than the wrapped tier's widest line by this many cells (a break at a
#: word's end leaves a line up to a word short of the measure)
_WIDER_BY = 2.0
#: a headline's tiers span this many printed lines at most
_MOST_LINES = 10


def _bare(text: str) -> str:
    return "".join(text.split())


class PrintedLines:
    """The page's lines as the extractor gave them, by line number: the blocks
    the layout starts from, copied as they came (later stages change those blocks
    in place: a wrapped tier's lines put on one line, a name cut off its line).
    Indexed only when first asked."""

    def __init__(self, blocks: list[Block]) -> None:
        # (the lines of all blocks in one flat list, each block's count and first number in two more: not a
        # pair of tuples a block, which the collector walks on a page of tens of thousands of blocks, most
        # pages never asking)
        self._lines = list(chain.from_iterable(map(attrgetter("lines"), blocks)))
        self._counts = list(map(len, map(attrgetter("lines"), blocks)))
        self._given = list(map(attrgetter("line_start"), blocks))
        self._starts: list[int] | None = None
        self._firsts: list[int] = []

    def spelling(self, number: int, chars: int) -> list[str]:
        """The printed lines from line ``number`` on that hold ``chars`` characters
        (spaces left out) or more, at most :data:`_MOST_LINES` of them."""
        if self._starts is None:
            self._starts = [start if start is not None else -1 for start in self._given]
            self._firsts = [0, *accumulate(self._counts)]  # (where each block's lines begin in the flat list)
        starts, firsts, flat = self._starts, self._firsts, self._lines
        i = bisect_right(starts, number) - 1
        if i < 0 or starts[i] < 0:
            return []  # (no number kept)
        out: list[str] = []
        held = 0
        offset = number - starts[i]
        for j in range(i, min(i + _MOST_LINES, len(starts))):
            first = firsts[j] + offset
            for line in flat[first:min(first + _MOST_LINES, firsts[j + 1])]:
                out.append(line)
                held += len(line) - line.count(" ")
                if held >= chars or len(out) >= _MOST_LINES:
                    return out
            offset = 0
        return out


def tier_lines(group: list[Unit], tiers: list[str], printed: PrintedLines) -> list[list[str]] | None:
    """The printed lines each tier of ``tiers`` (in order, one after the other)
    was read from, starting at a headline unit of ``group``; None where no run of
    whole printed lines spells them."""
    wanted = [_bare(t) for t in tiers]
    chars = sum(map(len, wanted))
    for unit in group:
        block = unit.block
        if block.role != TITLE or block.line_start is None or not block.lines or block.lines[0][:1] != tiers[0][:1]:
            continue
        lines = printed.spelling(block.line_start, chars)
        found: list[list[str]] = []
        k = 0
        for tier in wanted:
            spelled, first = "", k
            while k < len(lines) and len(spelled) < len(tier):
                spelled += _bare(lines[k])
                k += 1
            if spelled != tier:
                break
            found.append([line.strip() for line in lines[first:k]])
        if len(found) == len(wanted):
            return found
    return None


def _wraps_at_measure(lines: list[str]) -> bool:
    """Two or more lines not all of one width: lines of one width are a tier set
    a phrase a line, broken by choice (两个并列短语), which tells no measure."""
    return len(lines) >= 2 and len({cell_width(line) for line in lines}) > 1


def _larger_than(wrapped: list[str], single: list[str]) -> bool:
    """Is the tier of printed lines ``wrapped`` set larger than the one-line tier
    ``single``: it wrapped after fewer characters than ``single`` holds? Asked
    only where the wrapped tier says no more than the single line (a long kicker
    or subtitle wrapped in a narrow side headline may be set in a type of its
    own; a title says less than its other tiers)."""
    if len(single) != 1 or not _wraps_at_measure(wrapped):
        return False
    widths = [cell_width(line) for line in wrapped]
    wide = core_width(single[0])
    return wide >= max(widths) + _WIDER_BY and sum(widths) <= wide + 1


def title_by_wrapped_measure(head: Headline, group: list[Unit], printed: PrintedLines) -> None:
    """Two tiers with no dash: the one set larger by its wrap (:func:`_larger_than`)
    is the title (a kicker read over it becomes the title, the title under it the
    subtitle; a title read over it becomes the kicker), unless the other closes on
    its column's tag (…（出行提示）): a tag closes the title, whatever its size."""
    if bool(head.kicker) + bool(head.title) + bool(head.subtitle) != 2 or not head.title:
        return
    upper, lower = (head.kicker, head.title) if head.kicker else (head.title, head.subtitle)
    if len(upper.split()) > 1 or len(lower.split()) > 1:
        return  # (a tier read as two phrases a space apart: broken by choice, not at the measure)
    wrapped, single = (upper, lower) if head.kicker else (lower, upper)
    if cell_width(wrapped) > cell_width(single) + 1:
        return  # (the wrapped tier would say more than the single line: asked of the tiers before their lines)
    lines = tier_lines(group, [upper, lower], printed)
    if lines is None:
        return
    if head.kicker and _larger_than(lines[0], lines[1]) and not TITLE_TAG.search(lower):
        head.kicker, head.title, head.subtitle = None, upper, lower
    elif head.subtitle and _larger_than(lines[1], lines[0]) and not TITLE_TAG.search(upper):
        head.kicker, head.title, head.subtitle = upper, lower, None


__all__ = ["PrintedLines", "tier_lines", "title_by_wrapped_measure"]
