"""Text mode: a few characters of text with no headline, between two articles
(……办。 or ……领导者。（张三 李四） an extractor cut off a line), are the end of
the text before them, never an article of their own: no article is a clause long."""

from __future__ import annotations

from operator import attrgetter

from .headless_titles import is_headline_shaped
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, DATELINE, TITLE
from .text_units import Unit

#: a text this short (characters, white space aside) is a sentence's tail, not an article
TAIL_CHARS = 16
_CONTENT = (BODY, BYLINE, DATELINE, CAPTION, CREDIT, CONTINUATION)
_ROLE = attrgetter("block.role")


def _tail_only(group: list[Unit]) -> bool:
    if TITLE in map(_ROLE, group):
        return False  # (most groups: a headline of their own, no content role; asked in C)
    if any(u.block.role not in _CONTENT for u in group) or not any(u.block.role == BODY for u in group):
        return False
    text = "".join(line for u in group if u.block.role == BODY for line in u.block.lines)
    return len("".join(text.split())) <= TAIL_CHARS


def join_headless_tails(groups: list[list[Unit]]) -> list[list[Unit]]:
    """Each group that is only such a tail joins the article group before it."""
    out: list[list[Unit]] = []
    for group in groups:
        if not _tail_only(group):  # (most groups: asked first, no group before looked for)
            out.append(group)
            continue
        prev = next((g for g in reversed(out) if any(u.block.role in (TITLE, BODY) for u in g)), None)
        # (a banner between two texts ends the one over it: the text under it is no tail of that one)
        if prev is not None and not (out and out[-1][0].banner):
            prev.extend(group)
            continue
        out.append(group)
    return out


#: a headline's line read as a text of its own holds at most this many lines
_LONE_LINES = 2


def _lone_headline(group: list[Unit]) -> bool:
    """A group that is one body unit of a line or two, shaped as a headline
    (a few words, no sentence, not cut short)."""
    if len(group) != 1 or group[0].block.role != BODY or not 1 <= len(group[0].block.lines) <= _LONE_LINES:
        return False
    text = "".join(line.strip() for line in group[0].block.lines)
    return bool(text) and is_headline_shaped(text)


def _opens_with_headline(group: list[Unit]) -> bool:
    """Does the group open with its headline tiers, its text under them?"""
    if not group or group[0].block.role != TITLE:
        return False
    return any(u.block.role == BODY for u in group)


def lone_headlines_to_headlines_under(groups: list[list[Unit]]) -> list[list[Unit]]:
    """A headline line read as body and left an article of its own, with no
    text (栗战书主持召开委员长会议 / 决定……举行 / 本报北京2月15日电……: the title
    read as a paragraph, its subtitle as the headline), right over an article
    that opens with its headline tiers, is the top tier of that headline: no
    article is one line of a headline's words."""
    out: list[list[Unit]] = []
    for n, group in enumerate(groups):
        nxt = groups[n + 1] if n + 1 < len(groups) else None
        if nxt is not None and _lone_headline(group) and _opens_with_headline(nxt):
            group[0].block.role = TITLE
            nxt.insert(0, group[0])
            continue
        out.append(group)
    return out


__all__ = ["join_headless_tails", "lone_headlines_to_headlines_under"]
