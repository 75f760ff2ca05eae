"""Text mode: a few characters of text with no headline, between two articles
(……办。 or ……领导者。（张三 李四） an extractor cut off a line), are the end of
the text before them, never an article of their own: no article is a clause long."""

from __future__ import annotations

from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, DATELINE, TITLE
from .text_units import Unit

#: a text this short (characters, white space aside) is a sentence's tail, not an article
TAIL_CHARS = 16
_CONTENT = (BODY, BYLINE, DATELINE, CAPTION, CREDIT, CONTINUATION)


def _tail_only(group: list[Unit]) -> bool:
    if any(u.block.role not in _CONTENT for u in group) or not any(u.block.role == BODY for u in group):
        return False
    text = "".join(line for u in group if u.block.role == BODY for line in u.block.lines)
    return len("".join(text.split())) <= TAIL_CHARS


def join_headless_tails(groups: list[list[Unit]]) -> list[list[Unit]]:
    """Each group that is only such a tail joins the article group before it."""
    out: list[list[Unit]] = []
    for group in groups:
        prev = next((g for g in reversed(out) if any(u.block.role in (TITLE, BODY) for u in g)), None)
        if prev is not None and _tail_only(group):
            prev.extend(group)
            continue
        out.append(group)
    return out


__all__ = ["join_headless_tails"]
