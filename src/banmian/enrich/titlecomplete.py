"""Abbreviated titles written out with the article's places (区委副书记 ->
茂南区委副书记): kept apart from the title grammar (:mod:`.titles`), which
finds the titles, as this only rewrites one found title."""

from __future__ import annotations

import re

#: a title abbreviated to its level (区委副书记, 副区长, 县政府党组书记)
_ABBREVIATED = re.compile(r"^(副|常务副)?([区县市省镇乡村州])")
#: words that start with a level character but are not abbreviations
_LEVEL_WORDS = ("区域", "区块", "区间", "区别", "市场", "市民", "市容", "市政", "县域", "省份", "镇街", "村民", "村庄", "村级",
                "村干部", "村官", "村医")
#: a former holder's mark before an abbreviated title (原村支书, 原区委书记)
_FORMER = "原"
#: a village committee written out (村民委员会主任): the village's body, though it opens with 村民
_VILLAGE_COMMITTEE = "村民委员会"
#: departments of a party committee: after X委常委 they belong to X委
_COMMITTEE_DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委", "党校", "秘书长", "办公室")
#: autonomous divisions, named in a title by their kind alone (自治区主席, 自治州州长): the
#: anchor of such a kind is keyed by the kind itself, as 区 would mix a region with a district
AUTONOMOUS_KINDS = ("自治区", "自治州", "自治县", "自治旗")
#: a subdistrict of a city (某某街道): a title opening with the bare word (街道党工委书记) is its office;
#: its anchor is keyed by the word itself, as 道 is no level character
SUBDISTRICT = "街道"
#: the people of a subdistrict, not its offices (街道干部, 街道居民): written as they stand, as 村干部
_SUBDISTRICT_PEOPLE = ("干部", "居民", "群众", "工作人员")
#: the shortest name before 街道 (柳荫桥街道, 城西街道); the divisions above it are cut off (某区 + 某某街道)
_SHORTEST_SUBDISTRICT_NAME = 2
_DIVISION_ENDS = "省市区县"
#: a community (某某社区): 某社区街道办事处 is the subdistrict's office there, not a subdistrict's name
_COMMUNITY = "社区"


def subdistrict_name(word: str) -> str | None:
    """The subdistrict a LOC word names (某区某某街道 -> 某某街道), else None."""
    if not word.endswith(SUBDISTRICT):
        return None
    cut = max(word.rfind(c, 0, len(word) - len(SUBDISTRICT)) for c in _DIVISION_ENDS) + 1
    name = word[cut:]
    own = name[:-len(SUBDISTRICT)]
    if len(own) < _SHORTEST_SUBDISTRICT_NAME or own.endswith(_COMMUNITY):
        return None
    return name


def autonomous_kind(place: str) -> str | None:
    """The kind of an autonomous division's name (某某自治区 -> 自治区), else None."""
    kind = place[-3:]
    return kind if kind in AUTONOMOUS_KINDS and len(place) > len(kind) else None


#: the prefecture level (州委书记, 州机关事务管理局局长): keyed by 州 only where the text writes a
#: prefecture's short form (:func:`prefecture_short_form`)
PREFECTURE = "州"
#: the shortest place name before 州 in a prefecture's short form (青松州, 某某州)
_SHORTEST_PREFECTURE_PLACE = 2


def prefecture_short_form(prefecture: str, text: str) -> str | None:
    """The short form of an autonomous prefecture (某某土家族苗族自治州 -> 某某州)
    that ``text`` writes: its place name (the longest front of the full name
    the text writes with 州 right after it) and 州; None when the text writes none."""
    if autonomous_kind(prefecture) != "自治州":
        return None
    for size in range(len(prefecture) - len("自治州"), _SHORTEST_PREFECTURE_PLACE - 1, -1):
        short = prefecture[:size] + PREFECTURE
        if short in text:
            return short
    return None


def complete_title(title: str, anchors: dict[str, str], committee: str | None = None) -> str:
    """Write out an abbreviated title with the article's place of that level.

    ``anchors`` maps a level character (区, 县, 市 ...) to the place the
    article is about at that level (茂南区). 区委副书记 -> 茂南区委副书记,
    区长 -> 茂南区区长, 副区长 -> 茂南区副区长. ``committee`` (茂南区委) is
    prefixed to a department title that follows X委常委 in the same chain
    (组织部部长 -> 茂南区委组织部部长).
    """
    if committee and title.startswith(_COMMITTEE_DEPARTMENTS):
        return committee + title
    if title.startswith(_FORMER) and len(title) > len(_FORMER) + 1:  # 原村支书 -> 原某村支书: the post as it was
        rest = complete_title(title[len(_FORMER):], anchors)
        return title if rest == title[len(_FORMER):] else _FORMER + rest
    if title.startswith(SUBDISTRICT) and len(title) > len(SUBDISTRICT) + 1:  # 街道党工委书记 -> 某某街道党工委书记
        rest = title[len(SUBDISTRICT):]
        place = anchors.get(SUBDISTRICT)
        return place + rest if place and not rest.startswith(_SUBDISTRICT_PEOPLE) else title
    kind = title[:3]
    if kind in AUTONOMOUS_KINDS and len(title) > len(kind):  # 自治区主席 -> 某某自治区主席
        return anchors[kind] + title[len(kind):] if anchors.get(kind) else title
    match = _ABBREVIATED.match(title)
    if not match or (title.startswith(_LEVEL_WORDS, len(match.group(1) or ""))
                     and not title.startswith(_VILLAGE_COMMITTEE)):
        return title
    level = match.group(2)
    place = anchors.get(level)
    if not place:
        return title
    rest = title[match.end():]
    if match.group(1) or rest.startswith("长"):  # 副区长, 区长: the office of the whole place
        return place + title
    return place + rest if place.endswith(level) else place + title
