"""Where a word is written in a text, without a pattern compiled per word.

The rules look up each name or place of an article in its text; ``re.finditer``
on ``re.escape(word)`` compiled a new pattern for nearly every word (the
pattern cache holds far fewer than the words of a day's pages), which cost
more than the search itself.
"""

from __future__ import annotations

import re


def mention_starts(word: str, text: str) -> list[int]:
    """Where ``word`` starts in ``text``, each mention after the end of the
    one before (what ``re.finditer(re.escape(word), text)`` finds)."""
    if not word:
        return list(range(len(text) + 1))  # an empty pattern matches at every position
    starts: list[int] = []
    at = text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + len(word))
    return starts


def pattern_spans(pattern: str, text: str) -> list[tuple[int, int]]:
    """Where ``re.finditer(pattern, text)`` matches, as (start, end): a
    pattern without any special character (a name) is looked for as a word."""
    if re.escape(pattern) == pattern:
        return [(at, at + len(pattern)) for at in mention_starts(pattern, text)]
    return [m.span() for m in re.finditer(pattern, text)]
