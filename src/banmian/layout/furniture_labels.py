"""A short label drawn among the page's furniture heads nothing (text mode).

A column's logo (深一度, 观察) is a box of a few characters that a content
stream may draw with the masthead, first or last on the page: the extractor
then gives it between the header's lines and the page's end. Read as a
headline, it closed the last text on the page as that text's headline, and
the text's own title was lost. No article's headline is drawn after the
masthead with no text after it: a one-line title unit of a few characters
there is a label.
"""

from __future__ import annotations

from .roles import FOOTER, HEADER, OTHER, TITLE
from .text_units import Unit

#: a logo's characters at most
_LABEL_CHARS = 6
#: what a headline line holds and a logo never does
_SENTENCE_MARKS = "，。！？；：、"


def _furniture(unit: Unit) -> bool:
    return unit.block.role in (HEADER, FOOTER)


def labels_among_furniture(units: list[Unit]) -> None:
    """A one-line title unit of a few characters after the page's furniture,
    with nothing but furniture after it, is a label, no headline. (At the
    page's start a label tells that headlines come first: it is left there.)"""
    for k, unit in enumerate(units):
        if unit.block.role != TITLE or len(unit.block.lines) != 1:
            continue
        text = "".join(unit.block.lines[0].split())
        if len(text) > _LABEL_CHARS or any(c in _SENTENCE_MARKS for c in text):
            continue
        if k and _furniture(units[k - 1]) and all(_furniture(u) for u in units[k + 1:]):
            unit.block.role = OTHER
