"""Headline tiers told by their words alone where an extractor's blocks say nothing
of type sizes (text mode): a quotation set whole is the 主题, so is a question or an
exclamation of one clause (…为何…？), a contest named over
its result is the kicker, and a word of two or three characters over a kicker and
its title is the 主题's first word set apart on its own line."""

from __future__ import annotations

import re

from ..model import Headline
from .tier_patterns import CONTEST, TITLE_TAG, cjk_count, is_brief_heading, is_lead_label

_CJK = re.compile(r"[\u4e00-\u9fff]")


#: a tier that is a quotation set whole (“乡亲们越干越有劲”), its column's tag after it or not
_QUOTED_TIER = re.compile(r"“[^“”]+”(?:[（(][^（）()]+[）)])?")


def quoted_tier(tier: str) -> bool:
    """Is ``tier`` someone's words quoted whole? A headline sets a quotation as its 主题
    under a kicker that names the speaker or the scene (…第一书记某某—— / “…”); a
    subtitle is the reporter's own words."""
    return _QUOTED_TIER.fullmatch(tier.strip()) is not None


#: what closes a question or an exclamation, and the marks that part clauses or sentences
_ASKED_ENDS = "？！?!"
_CLAUSE_PARTS = "，。；？！?!"


def asked_tier(tier: str) -> bool:
    """Is ``tier`` a question or an exclamation of one clause (江城为何阴雨连绵？)?
    A headline sets one as its 主题; a kicker sets the scene and a subtitle
    reports, in statements."""
    tier = tier.strip()
    return len(tier) > 1 and tier[-1] in _ASKED_ENDS and not any(mark in tier[:-1] for mark in _CLAUSE_PARTS)


def kicker_told_by_words(head: Headline, dashed: bool) -> None:
    """Two tiers with no dash read as a title and its subtitle (the extractor gave
    them in one block) where the words say the first is the kicker: the second is
    a quotation set whole or a question of one clause, or the first names a contest (…世界杯某某站 / 某某
    排名第十二: the result is the news). Whatever block holds them: a block tells
    where lines stand, not what size they were set in."""
    if (not dashed and not head.kicker and head.title and head.subtitle and not TITLE_TAG.search(head.title)
            and (quoted_tier(head.subtitle) or asked_tier(head.subtitle) or CONTEST.search(head.title.rstrip()))):
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None


#: a first tier this short (CJK characters) is no kicker: a kicker says more than a word
_WORD_CHARS = 3


def word_set_apart(first: str | None, body: str) -> bool:
    """Is ``first`` (a tier over a kicker-and-title pair read as a label) one word
    of two or three characters the article's ``body`` spells (北京, a place; 王某某,
    a person): the 主题's first word set apart on its line (北京 支持科创…), not a
    column's label, which names no one and nowhere the text tells of?"""
    word = (first or "").strip()
    return (bool(word) and _CJK.fullmatch(word[0]) is not None and 2 <= cjk_count(word) == len(word) <= _WORD_CHARS
            and not is_brief_heading(word) and not is_lead_label(word) and word in body)
