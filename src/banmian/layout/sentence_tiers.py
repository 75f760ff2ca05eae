"""A headline candidate standing alone that reads as a sentence of text, not
a headline (text mode): a pull quote or a lead sentence set apart in larger
type (要让群众跟你干，干成事，就得……) has clause after clause, while a title
has hardly ever more than one clause mark (one in about a thousand titles of
a month of 人民日报; kickers and subtitles may say more, but stand with a title)."""

from __future__ import annotations

import re

from .roles import BODY, TITLE
from .reflow import ends_sentence, join_lines
from .text_units import Unit
from .tier_patterns import TITLE_TAG, cjk_count

#: clause marks a lone tier holds at least to read as a sentence, and characters
_CLAUSES = 2
_SENTENCE_CHARS = 20
_CLAUSE_MARK = re.compile(r"[，；]")
#: a subtitle quoting its speaker (习近平强调，……) reads as a sentence but is a tier
_SPEAKER_FIRST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:强调|指出|表示|希望|要求)，")
#: a pull quote set apart takes a line or two (more lines read as a headline are something else)
_QUOTE_LINES = 2


def _reads_as_sentence(text: str) -> bool:
    text = text.strip()
    return (len(_CLAUSE_MARK.findall(text)) >= _CLAUSES and cjk_count(text) >= _SENTENCE_CHARS
            and not TITLE_TAG.search(text) and not text.endswith(("—", "：", ":")) and not _SPEAKER_FIRST.match(text))


def sentences_are_body(units: list[Unit], stream: bool = False) -> None:
    """A headline unit of a line or two between two body units, the text over it
    having ended its sentence, whose text reads as a sentence is body text, a
    paragraph of its own (set apart between the article's paragraphs)."""
    for k, unit in enumerate(units):
        if unit.block.role != TITLE or len(unit.block.lines) > _QUOTE_LINES:
            continue
        prev = units[k - 1] if k else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        # set apart between paragraphs: the text over it ended its sentence, text goes on under it
        if prev is None or nxt is None or prev.block.role != BODY or nxt.block.role != BODY \
                or not ends_sentence(prev.block.lines[-1]):
            continue
        # (its first line a clause already: a title over its subtitle in one block opens with none)
        text = "".join(line.strip() for line in unit.block.lines)
        # (in paragraph blocks its quotes closed: a block of a paragraph's first lines whose quote is left open
        # runs on into the next block, 通过“公司+ / 农户”)
        if _CLAUSE_MARK.search(unit.block.lines[0]) and _reads_as_sentence(text) and (
                stream or text.count("“") == text.count("”")):
            unit.block.lines[:] = [join_lines(unit.block.lines)]  # one paragraph, wrapped or not
            unit._width = None
            unit.block.role, unit.paragraph_lines = BODY, True


__all__ = ["sentences_are_body"]
