"""A run-in lead phrase: words in a heavier face opening a line of plain text.

A news brief's title is often run into its text, set in 黑体 or bold at the
body size (``城南公园完成提升改造　经过半年施工，……``); the PDF source marks
its length on the line (:attr:`banmian.model.TextLine.bold_lead`) for layout.
"""

from __future__ import annotations

from ..model import LEAD_MARKS

_HEAVY_WORDS = ("hei", "黑", "gothic", "bold", "heavy", "black")


def heavy_face(font: str, bold: bool) -> bool:
    """Bold, or set in 黑体 or another heavy face (a lead phrase in a 宋体 text)."""
    lower = font.lower()
    return bold or any(word in lower for word in _HEAVY_WORDS)


def run_in_lead(joined: str, lead: int) -> int:
    """How many characters of the stripped line the heavy words opening it
    (the first ``lead`` characters of ``joined``) take, when they hold Chinese
    words and a plain rest follows (a character will do after a mark closing
    the phrase, ■: the rest of the text runs on on the next line); else 0."""
    if not lead:
        return 0
    head, rest = joined[:lead].strip(), joined[lead:].strip()
    shortest = 1 if head.endswith(tuple(LEAD_MARKS)) else 2
    if len(rest) < shortest or not any("\u4e00" <= c <= "\u9fff" for c in head):
        return 0
    return len(head)


__all__ = ["heavy_face", "run_in_lead"]
