"""A headline's deck read as body text (text mode): the long 副题 under a
title, a sentence or two without a full stop, wrapped over several lines like
a paragraph (江城改善营商环境再提速 / 从简化流程、数据共享、精 / 准服务、… /
…成本的降低 / 李某某).

A paragraph ends on its sentence's mark; a deck ends on none. Where text
under a headline ends on no mark and the author's name alone follows it, the
name closes no body (no body ended): the text is the headline's last tier and
the name its author's."""

from __future__ import annotations

from ..model import Byline
from .roles import BODY, BYLINE, TITLE
from .reflow import cell_width, ends_sentence, join_lines
from .rules import opens_with_any_dateline
from .text_bylines import names_alone
from .text_units import Unit

#: a deck is a sentence or two wrapped in its column: over two lines at least (one line of
#: another extractor's may be two columns' text side by side) and this many at most
_DECK_LINES = 6
#: what a paragraph's last line may end on besides a sentence's mark (a closing bracket or quote)
_CLOSERS = "）)”’」』》"


def _unfinished(unit: Unit) -> bool:
    """Body text whose last line ends on no mark at all (no sentence, no bracket)."""
    last = unit.block.lines[-1].rstrip() if unit.block.lines else ""
    return bool(last) and not ends_sentence(last) and last[-1] not in _CLOSERS


def _indented(lines: list[str]) -> bool:
    """Is the first line set in, as a paragraph's first line is (two cells
    short of the widest line under it)? A headline tier has no indent."""
    return cell_width(lines[0].strip()) < max(cell_width(line.strip()) for line in lines[1:]) - 1


def decks_over_names(units: list[Unit]) -> None:
    """Body units between a headline unit and a name alone (read as a closing
    byline, or still as a headline line), each ending on no mark, are the
    headline's tiers (one short line: a tier; the last: its deck); the name is
    the headline's author, not a body's closing byline."""
    for i in range(1, len(units) - 1):
        deck, name = units[i], units[i + 1]
        if deck.block.role != BODY or not 2 <= len(deck.block.lines) <= _DECK_LINES or not _unfinished(deck):
            continue  # (most units: asked first, the cheap questions)
        names = names_alone(name.block.lines) if name.block.role == TITLE else None
        if not ((name.block.role == BYLINE and name.closing or names) and not _indented(deck.block.lines)
                and not opens_with_any_dateline(deck.lines)):
            continue
        j = i - 1
        while j > 0 and units[j].role == BODY and len(units[j].lines) == 1 and _unfinished(units[j]):
            j -= 1  # a title's line read as body over it (江城改善营商环境再提速)
        if units[j].role != TITLE:
            continue
        for unit in units[j + 1:i + 1]:
            unit.block.role = TITLE
        deck.block.lines[:] = [join_lines(deck.lines)]  # one tier wrapped like a paragraph: one line
        name.closing = False
        if names:  # (a name alone still read as a headline line: the author's byline now)
            name.block.role = BYLINE
            name.bylines = [Byline(None, person) for person in names]


__all__ = ["decks_over_names"]
