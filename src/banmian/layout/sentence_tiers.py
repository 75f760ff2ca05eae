"""A headline candidate standing alone that reads as a sentence of text, not
a headline (text mode): a pull quote or a lead sentence set apart in larger
type (要让群众跟你干，干成事，就得……) has clause after clause, while a title
has hardly ever more than one clause mark (one in about a thousand titles of
a month of 人民日报; kickers and subtitles may say more, but stand with a title)."""

from __future__ import annotations

import re

from ..model import Role
from .text_units import Unit
from .tier_patterns import TITLE_TAG, cjk_count

#: clause marks a lone tier holds at least to read as a sentence, and characters
_CLAUSES = 2
_SENTENCE_CHARS = 20
_CLAUSE_MARK = re.compile(r"[，；]")
#: a pull quote set apart takes a line or two (more lines read as a headline are something else)
_QUOTE_LINES = 2


def _reads_as_sentence(text: str) -> bool:
    text = text.strip()
    return (len(_CLAUSE_MARK.findall(text)) >= _CLAUSES and cjk_count(text) >= _SENTENCE_CHARS
            and not TITLE_TAG.search(text) and not text.endswith(("—", "：", ":")))


def sentences_are_body(units: list[Unit]) -> None:
    """A headline unit of a line or two with no headline unit either side of it
    (no kicker, no subtitle, no byline under it) whose text reads as a sentence
    is body text, a paragraph of its own."""
    for k, unit in enumerate(units):
        if unit.role != Role.TITLE or len(unit.lines) > _QUOTE_LINES:
            continue
        prev = units[k - 1].role if k else None
        nxt = units[k + 1].role if k + 1 < len(units) else None
        if prev in (Role.TITLE, Role.BYLINE) or nxt in (Role.TITLE, Role.BYLINE):
            continue
        # (its first line a clause already: a title over its subtitle in one block opens with none)
        if _CLAUSE_MARK.search(unit.lines[0]) and _reads_as_sentence("".join(line.strip() for line in unit.lines)):
            unit.block.role, unit.paragraph_lines = Role.BODY, True


__all__ = ["sentences_are_body"]
