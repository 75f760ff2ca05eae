"""The last line of a body that the extractor set apart is no headline
(text mode): a sentence's tail closed by its authors' bracket (采风活动。
（张三 李四）: a brief's text ends so), and an editor's note on where the text
comes from or that a series ends (（综合本报和新华社电）, （本系列评论到此结束）),
which names the paper or the text itself. A column's tag alone in brackets
(（人民论坛）) names neither. Read after :mod:`.closing_tiers`, before the
headline groups are paired with their bodies."""

from __future__ import annotations

import re

from ..model import Role
from .closing_authors import ends_with_authors
from .reflow import ends_sentence
from .text_units import Unit

_TIERS = (Role.TITLE, Role.KICKER, Role.SUBTITLE)
#: an editor's note in brackets that names the paper, its agency or the text itself
_EDITORS_NOTE = re.compile(r"[（(](?=[^（）()]{5,30}[）)]$)[^（）()]*(?:本报|新华社|本系列|本文|本栏|本版|综合)")


def closing_lines_to_body(units: list[Unit]) -> None:
    """A one-line headline unit right under a body that is that body's
    last line (see the module's docstring) becomes body again."""
    for k in range(1, len(units)):
        unit, prev = units[k], units[k - 1]
        if unit.role not in _TIERS or len(unit.lines) != 1 or prev.role != Role.BODY or not prev.lines:
            continue
        text = unit.lines[0].strip()
        if _EDITORS_NOTE.match(text) and ends_sentence(prev.lines[-1].rstrip()):
            unit.block.role = Role.BODY  # （综合本报和新华社电）: the note closes the text above
        elif "。" in text[:-2] and ends_with_authors([text], 0):
            unit.block.role = Role.BODY  # 采风活动。（张三 李四）: a sentence's tail and its authors


__all__ = ["closing_lines_to_body"]
