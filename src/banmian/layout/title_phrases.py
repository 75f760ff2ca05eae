"""A title set a phrase a line under its kicker, in text mode.

A kicker over a title of two phrases, set one phrase a line, reads in text as a
long line, a short phrase and a line closed by the column's tag (……货物出厂就装入
集装箱 / 货运散改集 / 唤回好空气（美丽中国）). The tag closes the 主题, so the short
phrase over it is the title's first phrase, not the short last line of the
kicker's box: a box's short last line most often has its tier's words cut off
(…递交国 / 书并…), which the line-end tests read first.
"""

from __future__ import annotations

import re

from .headlines import ends_with_column_tag
from .reflow import cell_width

#: a title's phrase alone on its line: a few characters, no mark but quotes
_SHORT_PHRASE = re.compile(r"[\u4e00-\u9fff“”]{3,6}")
#: a column's tag opened and left open at the line's end (…最大（美丽中国·绿): the tag wraps
_OPEN_TAG = re.compile(r"[\u4e00-\u9fff”][（(][\u4e00-\u9fff·]{2,14}$")


def phrase_over_tagged_title(over: str, line: str, under: list[str]) -> bool:
    """Is ``line`` a short phrase under ``over`` (more than twice as wide) and
    over a line closed by the column's tag (``under``: the lines after it; the
    tag may wrap once)? Then it opens the title under it."""
    line = line.strip()
    if not under or not _SHORT_PHRASE.fullmatch(line) or 2 * cell_width(line) >= cell_width(over.strip()):
        return False
    first = under[0].strip()
    if first.startswith(("“", "‘")):
        return False  # a title wholly a quotation (“维护公平正义…”（…）) stands alone: its kicker names the speaker,
        # …检察科原 / 检察员张三, and that kicker's box may end short
    if ends_with_column_tag(first):
        return True
    opened = _OPEN_TAG.search(first)
    if opened is None:
        return False  # (我国贡献最大（美丽中国·绿 / 色奇迹①）: the tag wraps; its line may be all the unit holds)
    return len(under) == 1 or ends_with_column_tag(first + under[1].strip())


__all__ = ["phrase_over_tagged_title"]
