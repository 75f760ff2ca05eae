"""Army units formed anew inside a title (某军新编第三师师长, 暂编第四十五师师长).

A biography names a unit by how it was formed: 新编, 暂编 (a new or a
provisional division) before its number. LAC reads the forming word as a
verb (新编/v, 暂/d + 编/v), and a verb ends a title read backwards from its
head, so the title lost its front (师长 alone, or nothing). The forming verb
is the title's when a numbered army unit follows it and what stands before it
is the unit it belongs to (第三军 + 新编) or a one-character adverb of the
forming (暂 + 编); a post verb (调任 + 第三军…) stands after the name, not
after a unit, and stays the clause's.
"""

from __future__ import annotations

from .lexer import Token

#: army units by size (军, 师, 旅 … 班) and the detachments (纵队, 支队 …): what a number before them names
ARMY_UNITS = frozenset({"军", "师", "旅", "团", "营", "连", "排", "班", "纵队", "支队", "大队", "中队", "分队"})
#: a forming verb is short (新编, 编); longer verbs are the clause's
_LONGEST_FORMING_VERB = 2


def _numbered_unit_at(tokens: list[Token], k: int, end: int) -> bool:
    """A number and an army unit at ``k`` (第45/m + 师/n), or a numbered unit in one word (第45师/m)."""
    if k >= end or tokens[k][1] != "m":
        return False
    word = tokens[k][0]
    return any(word.endswith(unit) for unit in ARMY_UNITS) or k + 1 < end and tokens[k + 1][0] in ARMY_UNITS


def _after_a_unit(tokens: list[Token], k: int) -> bool:
    """Is the word before ``k`` an army unit (军/n, 第三军/ORG): the body the formed unit belongs to?"""
    return k > 0 and any(tokens[k - 1][0].endswith(unit) for unit in ARMY_UNITS) and tokens[k - 1][1] in ("n", "ORG", "m")


def forming_verb(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` a verb forming the numbered unit after it, inside a title ending before ``end``?"""
    word, tag = tokens[k]
    if tag != "v" or len(word) > _LONGEST_FORMING_VERB or not _numbered_unit_at(tokens, k + 1, end):
        return False
    return _after_a_unit(tokens, k) or k > 0 and tokens[k - 1][1] == "d" and len(tokens[k - 1][0]) == 1


def forming_adverb(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` a one-character adverb of a forming verb (暂/d + 编/v + 第45/m + 师)?"""
    word, tag = tokens[k]
    return tag == "d" and len(word) == 1 and k + 1 < end and forming_verb(tokens, k + 1, end)
