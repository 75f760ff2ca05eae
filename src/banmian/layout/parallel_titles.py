"""A short tagged title takes the parallel phrase that ends the tier over it (text mode).

A title set as parallel phrases of one length (对仗: 巡堤老兵 风雨无阻, 绿水争先
碧波竞渡, 守望 互助 同行) closes with its column's tag (（江城人物谱）),
and a text extractor gives the phrases a line each, so the tag's line alone looks
like the 主题 and the phrases over it like a kicker. A 主题 is seldom a phrase of
two to five characters alone: where the tier over it ends with a phrase exactly
as long, that phrase is the title's first one. The rest over it stays the kicker
when it is one (江城龙舟 over 绿水争先 碧波竞渡); a lead-in ending on a colon
(林江：) or a phrase too short to be a kicker (守望) is the title's too.
"""

from __future__ import annotations

import re

from ..model import Headline
from ..names import starts_with_surname
from .headlines import ends_with_column_tag, looks_like_kicker, sets_the_scene, without_column_tag
from .tier_patterns import CONTEST, TITLE_TAG, has_title_tag

#: the tagged title's words: one phrase of CJK characters, this many at least and at most
_PHRASE = re.compile(r"[\u4e00-\u9fff]{2,5}")
#: a kicker holds this many CJK characters at least (守望 alone is a phrase, no kicker)
_KICKER_CHARS = 3
#: marks after which the tier's last phrase starts (a lead-in's colon, a space between phrases)
_COLONS = "：:"


def parallel_phrase_joins_tagged_title(head: Headline) -> None:
    """Kicker ``…AAAA`` over title ``BBBB（tag）``, AAAA and BBBB of one length:
    AAAA joins the title; the kicker keeps what stands before it, if a kicker."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    if not kicker or not ends_with_column_tag(title) or TITLE_TAG.search(kicker):
        return
    bare = without_column_tag(title)
    if not _PHRASE.fullmatch(bare) or looks_like_kicker(kicker) or sets_the_scene(kicker):
        return
    n = len(bare)
    tail, lead = kicker[-n:], kicker[:-n]
    if not _PHRASE.fullmatch(tail) or not lead.strip():
        return  # a kicker of one phrase over it: the phrase-line rules read those
    spaced, lead = lead != lead.rstrip(), lead.rstrip()
    if lead[-1] in _COLONS:
        head.kicker, head.title = None, f"{kicker} {title}"  # 林江：巡堤老兵 / 风雨无阻（…）
        return
    chunks = lead.split() if spaced else [lead[i:i + n] for i in range(0, len(lead), n)]
    if not all(len(c) == n and _PHRASE.fullmatch(c) for c in chunks):
        return  # the tier's last words cut out of a longer run: no phrase of its own
    if n < _KICKER_CHARS:
        head.kicker, head.title = None, " ".join([*chunks, tail, title])  # 守望 互助 同行（…）
    elif len(chunks) == 1 and not spaced:
        # 江城龙舟 / 绿水争先 / 碧波竞渡（…）, the first two joined as a wrap; (set a space
        # apart on one line, two phrases of a kicker's length may be a slogan band: left be)
        head.kicker, head.title = lead, f"{tail} {title}"


#: a phrase of a title set a line each (街巷干净了 / 邻里热闹了（…）): CJK only, two to eight
_LINE_PHRASE = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: a series number inside a column's tag (（感言·年终走基层（12））), the tag's last word
_SERIES_NUMBER = re.compile(r"[（(]([0-9一二三四五六七八九十]{1,3})[）)](?=[）)]$)")


def _tag_cut(tier: str) -> int | None:
    """Where the column's tag closing ``tier`` opens (its series number, （12）,
    read as the tag's own word), or None."""
    flat = _SERIES_NUMBER.sub(r"\1", tier)
    if not has_title_tag(flat):
        return None
    cut = tier.find("（") if "（" in tier else tier.find("(")
    return cut if cut > 0 else None


def tagged_subtitle_joins_title(head: Headline) -> None:
    """Title ``AAAA`` over a subtitle ``BBBB（tag）``, AAAA and BBBB phrases of
    one length: one title set a phrase a line (街巷干净了 / 邻里热闹了（…）).
    A column's tag closes the title, never a subtitle, and a subtitle says more
    than a phrase as long as the title's."""
    title, subtitle = (head.title or "").strip(), (head.subtitle or "").strip()
    if not subtitle or subtitle[-1:] not in "）)" or not _LINE_PHRASE.fullmatch(title):
        return  # (most headlines)
    cut = _tag_cut(subtitle)
    if cut is not None and len(subtitle[:cut]) == len(title) and _LINE_PHRASE.fullmatch(subtitle[:cut]):
        head.title, head.subtitle = f"{title} {subtitle}", None


#: a phrase of a title set a line each: no clause or sentence mark, no tag, no dash (quotes may stand)
_MARKS = re.compile(r"[，。！？；：,.!?;:、（）()—…·]")
#: a phrase's CJK characters
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: how many CJK characters each phrase of a title set a phrase a line holds, at least and at most
#: (对仗 is short; two tiers of eight, 轮渡新增两条航线 / 江心岛往返更方便, may be title and subtitle)
_PHRASE_CHARS = (2, 7)


def _phrase_length(tiers: list[str]) -> int | None:
    """The one CJK length of ``tiers``, each one phrase, or None where a tier
    is marked, holds more than one phrase or their lengths differ."""
    lengths = set()
    for tier in tiers:
        if _MARKS.search(tier) or " " in tier or "\u3000" in tier:
            return None  # (a kicker of parallel phrases over a title of one is a slogan over its title)
        lengths.add(len(_CJK.findall(tier)))
    if len(lengths) != 1:
        return None
    (n,) = lengths
    if n <= 3 and any(starts_with_surname(tier) for tier in tiers):
        return None  # (a name's length: 看一看 / 王小川 is a label over a byline, no title)
    return n if _PHRASE_CHARS[0] <= n <= _PHRASE_CHARS[1] else None


def parallel_tiers_are_one_title(head: Headline) -> None:
    """A kicker over a title, or a title over a subtitle, that are phrases of
    one length with no mark (“春风”到江城 / “暖心”送上门, 湖水清了 / 鱼虾多了)
    are one title set a phrase a line (对仗): a kicker sets the scene
    and a subtitle says more, in words of their own length, and neither is the
    title's twin (in ~1,800 articles of the varied and independent pages' answers
    no such tier pair stands, against ~190 titles of two such phrases)."""
    kicker, title, subtitle = ((t or "").strip() for t in (head.kicker, head.title, head.subtitle))
    if not title or not (kicker or subtitle):
        return  # (most headlines)
    if kicker and (CONTEST.search(kicker) or looks_like_kicker(kicker) or sets_the_scene(kicker)):
        kicker = ""  # (江城冰雪马拉松赛 / 林海夺得冠军: a kicker naming the contest sets the scene)
    if kicker and subtitle and _phrase_length([kicker, title, subtitle]):
        head.kicker, head.title, head.subtitle = None, f"{kicker} {title} {subtitle}", None
    elif kicker and _phrase_length([kicker, title]):
        head.kicker, head.title = None, f"{kicker} {title}"
    elif subtitle and _phrase_length([title, subtitle]):
        head.title, head.subtitle = f"{title} {subtitle}", None


__all__ = ["parallel_phrase_joins_tagged_title", "tagged_subtitle_joins_title", "parallel_tiers_are_one_title"]
