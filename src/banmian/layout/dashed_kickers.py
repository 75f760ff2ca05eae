"""A kicker that ends on its dash (……第一书记张三——) leads into the title under it.

The dash says the next tier goes on from it: no headline closes on ——, so
a short unit under it that says no sentence (邻里纠纷 / 就地化解, a title
with its column's tag) is that title, however the words read alone
(a phrase, or a clause with a comma, looks like body text). Without it the
kicker was left to stand as the article's title and the title opened its text.
"""

from __future__ import annotations

from .reflow import ends_sentence
from .roles import BODY, TITLE
from .rules import opens_with_any_dateline
from .text_units import Unit

#: the title under a dashed kicker takes this many lines at most
_TITLE_LINES = 4
#: and this many characters at most (a title, not a paragraph)
_TITLE_CHARS = 40


def titles_under_dashed_kickers(units: list[Unit]) -> None:
    """A body unit right under a headline line ending on —— (not a dashed
    subtitle opening on it), short and no sentence, is the title it leads into."""
    for k in range(len(units) - 1):
        unit = units[k]
        if unit.block.role != TITLE or not unit.block.lines:
            continue
        last = unit.block.lines[-1].strip()
        if not last.endswith("——") or last.startswith("——") or not last.strip("—"):
            continue
        nxt = units[k + 1]
        if nxt.block.role != BODY or _said(nxt.block.lines):
            continue
        nxt.block.role = TITLE


def _said(lines: list[str]) -> bool:
    """Does the unit read as text: long, a sentence's end, a dateline first?"""
    text = "".join(line.strip() for line in lines)
    return (len(lines) > _TITLE_LINES or len(text) > _TITLE_CHARS or not text
            or any(ends_sentence(line.rstrip()) for line in lines) or opens_with_any_dateline(lines))


__all__ = ["titles_under_dashed_kickers"]
