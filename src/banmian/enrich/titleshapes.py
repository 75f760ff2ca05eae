"""Shapes of text around a title found in issue 11's twelfth pass (dev11), kept
apart from the title grammar (:mod:`.titles`, which asks them): a word of a
body's name LAC read as a verb, the matter a talk is about before the talkers'
titles, a company's place in brackets, a board game player's rank."""

from __future__ import annotations

import re

from .lexer import Token
from .titlewords import HEADS

_HEADS = frozenset(HEADS)

#: an era by its dynasty (明末, 清初, 唐代, 北宋, 东晋): it dates a title (明末苏州画家)
_ERA = re.compile(r"^[东西南北]?[汉晋宋周魏齐梁陈隋唐元明清秦][代朝末初]?$")
#: eras named otherwise than by a dynasty (近代, 当代, 民国时期, 战国时期)
_NAMED_ERA = re.compile(r"^(?:[古近现当]代|近现代|[\u4e00-\u9fff]{2}时期)$")


def is_era(time: str) -> bool:
    """Is the time word an era (明末, 唐代, 近代, 民国时期), not a date?"""
    return bool(_ERA.match(time) or _NAMED_ERA.match(time))


#: the last characters of the kind of body that closes an organisation's name (机构, 公司, 研究所, 管理局)
_BODY_KIND_ENDINGS = frozenset("构司局部院所处厅委团队站厂社馆校会心")


def inside_a_body_name(tokens: list[Token], k: int) -> bool:
    """A one-character verb between a noun and the kind of body that closes a
    name (国际 + 原子 + 能/v + 机构 + 总干事): a word of the body's name that
    LAC read as a verb, not a verb of the clause."""
    before, before_tag = tokens[k - 1] if k > 0 else ("", "w")
    following, following_tag = tokens[k + 1]
    return (len(before) >= 2 and before_tag in ("n", "nz", "LOC", "ORG") and tokens[k][0] not in _CLAUSE_VERBS
            and len(following) == 2 and following_tag in ("n", "nz", "ORG") and following[-1] in _BODY_KIND_ENDINGS
            and following not in _HEADS)


#: one-character verbs that link a clause to what follows (是, 任, 到): never words of a body's name
_CLAUSE_VERBS = frozenset("是为任系到去来对向给让请邀派把被叫由在有称说见访赴往至当做作")


#: nouns of a matter discussed (就某某问题与某国总统通电话): a title never holds one before 与/同/和 (事务 may:
#: 宗教事务和文化部)
_TOPICS = ("问题", "事宜", "议题", "局势", "形势", "危机")


def after_topic(tokens: list[Token], start: int, end: int) -> int:
    """Where a title opens after the matter a talk is about (普京 + 就 + 叙利亚问题
    + 与 + 法国总统 + 马克龙): 与, 同 or 和 after a topic noun joins the
    talkers, not two halves of a body's name (环境与农牧业部 keeps its 与)."""
    for k in range(end - 2, start, -1):
        if tokens[k][0] in ("与", "同", "和") and tokens[k - 1][0].endswith(_TOPICS):
            return k + 1
    return start


def bracket_opened(tokens: list[Token], start: int, end: int) -> int:
    """Where a title ending before ``end`` opens when its run starts inside a
    bracket (恒远 + （ + 江城）食品有限公司 + 董事长): a company's place or alias in
    brackets is part of its name, so the title takes the bracket and the word before it."""
    if start < 2 or tokens[start - 1][0] != "（":
        return start
    run = "".join(word for word, _ in tokens[start:end])
    closing = run.find("）")
    if closing < 0 or "（" in run[:closing] or start < 2 or tokens[start - 1][0] != "（":
        return start
    front, tag = tokens[start - 2]
    return start - 2 if tag in ("ORG", "nz", "n", "LOC", "PER") and re.fullmatch(r"[\u4e00-\u9fff]{2,}", front) else start


#: a board game player's rank, written right after the name (某某九段, 某某初段)
PLAYER_RANK = re.compile(r"^[一二三四五六七八九初]段$")


def bracketed_place(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` a bracket around a place inside a name (中国 + （ + 海南 + ）改革…)?
    LAC may glue the closing bracket to the next word."""
    word = tokens[k][0]
    if word in ("（", "("):
        return k + 2 < len(tokens) and tokens[k + 1][1] == "LOC" and tokens[k + 2][0][:1] in ("）", ")")
    if word[:1] in ("）", ")"):
        rest = word[1:]
        return k >= 2 and tokens[k - 1][1] == "LOC" and tokens[k - 2][0] in ("（", "(") and (
            not rest or bool(re.fullmatch(r"[\u4e00-\u9fff]+", rest)))
    return False


#: the longest note in brackets after a stated title ((专职), (正部长级))
_NOTE_LONGEST = 5


def note_bracket_end(tokens: list[Token], start: int) -> int:
    """The index after a short bracketed note at ``start`` ((专职) after a
    post), or 0 when none stands there."""
    if start >= len(tokens) or tokens[start][0] not in ("（", "("):
        return 0
    text = ""
    for k in range(start + 1, min(len(tokens), start + 5)):
        if tokens[k][0] in ("）", ")"):
            return k + 1 if text else 0
        text += tokens[k][0]
        if tokens[k][1] == "w" or len(text) > _NOTE_LONGEST:
            return 0
    return 0


def note_bracket_before(tokens: list[Token], index: int) -> int:
    """The index of the opening bracket of a short note between a title and
    the name at ``index`` (某国常驻某地副代表（大使）+ 某某, 某委主任（正部长级）+ 某某),
    or 0: a note on the post, as after a stated one; no name, no mark inside."""
    if index < 3 or tokens[index - 1][0] not in ("）", ")"):
        return 0
    text = ""
    for k in range(index - 2, max(0, index - 6), -1):
        if tokens[k][0] in ("（", "("):
            return k if text and k > 0 and tokens[k - 1][1] != "w" else 0
        text = tokens[k][0] + text
        if tokens[k][1] in ("w", "PER") or len(text) > _NOTE_LONGEST:
            return 0
    return 0
