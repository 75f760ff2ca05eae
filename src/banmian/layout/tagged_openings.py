"""A title closed by its column's tag, read as the first lines of a body (text mode).

An extractor may give a headline's last lines in one block with the text under
them (三年帮扶见成效（新春走 / 基层·驻村干部的一年） / 得知自己获评…). A column's tag
closes a title, never a paragraph's first line: lines at a body block's head
with no clause mark, the last of them closing on such a tag after a phrase of
its own, are that text's headline. They are cut off as a headline unit, the
tiers passes then read them (a kicker over the tagged title too).
"""

from __future__ import annotations

from dataclasses import replace

from .opening_titles import CLAUSE_MARK
from .roles import BODY, TITLE
from .text_units import Unit
from .tier_patterns import TITLE_TAG, cjk_count, is_lead_label

#: a headline at a body block's head holds this many lines at most
_HEAD_LINES = 3
#: the phrase before the tag holds this many CJK characters at least (a bracket alone is a note or names)
_PHRASE_CHARS = 4
#: marks a lead's points open with, and the most characters of a lead's label (核心阅读, 内容提要：)
_BULLETS = "●■▲◆•·"
_LABEL_CHARS = 5
#: what a text's first line may hold though it has no clause mark: a name and a title (…记者 张三）)
_NAMES = ("记者", "通讯员", "本报", "作者", "编者", "摄")


def _tagged_head(lines: list[str]) -> int:
    """How many lines of a body block's head make a title closed by its
    column's tag (0: none)."""
    text = ""
    for k, line in enumerate(lines[:_HEAD_LINES]):
        text += line.strip()
        bare = text.replace(" ", "")
        if CLAUSE_MARK.search(bare) or bare[:1] in _BULLETS or is_lead_label(bare[:_LABEL_CHARS]):
            return 0  # (a paragraph's line says its clauses, a lead's points open on a mark or its label)
        found = TITLE_TAG.search(bare)
        if found is not None:
            if k + 1 == len(lines) or cjk_count(bare[:found.start()]) < _PHRASE_CHARS or any(
                    word in bare for word in _NAMES):
                return 0
            return k + 1
    return 0


def _may_close_bracket(lines: list[str]) -> bool:
    """Does any of the lines hold a closing bracket at all (asked in C, before each line's end is)?"""
    text = "".join(lines)
    return "）" in text or ")" in text


def tagged_titles_off_bodies(units: list[Unit]) -> list[Unit]:
    """Cut a tagged title at a body block's head off as a headline unit; return the units."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        lines = unit.block.lines
        # (the cheap question first: a body block's first lines close on a bracket seldom; and a text
        # going on from the body over it has no headline at its head)
        head = _tagged_head(lines) if unit.block.role == BODY and len(lines) > 1 and _may_close_bracket(
            lines[:_HEAD_LINES]) and any(line.rstrip().endswith(("）", ")")) for line in lines[:_HEAD_LINES]) and not (
            k and units[k - 1].block.role == BODY) else 0
        if not head:
            out.append(unit)
            continue
        start = unit.block.line_start
        out.append(Unit(replace(unit.block, lines=lines[:head], role=TITLE)))
        unit.block.lines = lines[head:]
        if start is not None:
            unit.block.line_start = start + head
        unit.forget_width()
        out.append(unit)
    return out


__all__ = ["tagged_titles_off_bodies"]
