"""A chart's words are no article (text mode).

An infographic prints its title, its data source (数据来源：…, 资料来源：…)
and who drew it (本版制图：…); an extractor gives them as text among the
articles', the title shaped like a headline. A real article never opens its
text with a source note, and a source note is one short closing line, so a
short group of units whose text opens with one, or with no headline is a
third source notes, is a chart's notes: its text stays on the page as blocks, no
article is made of it."""

from __future__ import annotations

from .roles import BODY, BYLINE, DATELINE, TITLE
from .rules import SOURCE_NOTE, SOURCE_NOTE_WORDS
from .text_units import Unit

#: the most characters a chart's notes hold (a source named over two or three lines, a maker, a date)
_NOTES_CHARS = 200
#: a group with no headline is a chart's notes when one line in this many at least names a source or a
#: maker (a report whose headline was missed may close with the page's 本版制图：…)
_NOTES_SHARE = 3
#: the most characters of a piece of a chart's notes cut off after them (a date, a source's last words)
_PIECE_CHARS = 60


def is_chart_notes(group: list[Unit]) -> bool:
    """Is the group a chart's title and notes: its text (short) opens with a
    source note, or, with no headline, a third of its lines at least are
    source notes? (A short report may close with the page's 本版制图：…: that
    alone makes no chart.)"""
    body: list[str] = []
    size = 0
    for unit in group:
        if unit.block.role == BODY:
            lines = unit.block.lines
            size += sum(map(len, lines))
            if size > _NOTES_CHARS:
                return False  # (told as soon as the text runs too long: an article's, most groups)
            body += lines
    if not body:
        return False
    text = "".join(body)
    if not any(map(text.__contains__, SOURCE_NOTE_WORDS)):
        return False  # (most groups: no line can be a source note, told by the words every note holds)
    notes = sum(SOURCE_NOTE.match(line) is not None for line in body)
    if not notes:
        return False
    headless = not any(u.block.role == TITLE for u in group)
    return SOURCE_NOTE.match(body[0]) is not None or (headless and _NOTES_SHARE * notes >= len(body))


def chart_groups(groups: list[list[Unit]]) -> list[int]:
    """The indexes of the groups that are a chart's notes, with a small
    unsigned group right after them (the notes' last words an extractor cut
    off as a headline and a line: ……2017年6月16日发布的 / 相关数据。): no article
    is so short, and a chart's words stand together."""
    out: list[int] = []
    for n, group in enumerate(groups):
        if is_chart_notes(group) or (out and out[-1] == n - 1 and _notes_piece(group)):
            out.append(n)
    return out


def _notes_piece(group: list[Unit]) -> bool:
    if any(u.block.role in (BYLINE, DATELINE) for u in group):
        return False
    return sum(len(line) for u in group for line in u.block.lines) <= _PIECE_CHARS


__all__ = ["chart_groups", "is_chart_notes"]
