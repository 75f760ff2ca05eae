"""A place word's parts: two places LAC read as one word, a named place
glued before a village or a zone, a front LAC cut off a village's name.

Split from :mod:`.places` (which keeps what finds and keeps the places):
these only take a word apart or tell whether its parts stand alone.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .place_kinds import generic_region
from .placewords import COMPASS_POINTS, HOME_COUNTRY, local_names_apart
from .world import CITIES, COUNTRIES, DIRECTION_ENDINGS, PLACE_SUFFIXES, is_world_name, place_shaped

#: the endings of an autonomous division's whole name (湘西土家族苗族自治州)
AUTONOMOUS_ENDINGS = ("自治州", "自治县", "自治旗", "特别行政区")

#: landforms whose name opens with a region's (江汉 + 平原, 某某 + 丘陵): the whole is the place written
LANDFORMS = ("平原", "丘陵", "大陆", "盆地", "高原", "半岛", "群岛", "山脉")


def known(name: str, gazetteer: Gazetteer) -> bool:
    """A division of the gazetteer (full or short name) or a country, region or city of the world lists."""
    return bool(gazetteer.candidates(name)) or is_world_name(name)


def bare_half(word: str, gazetteer: Gazetteer) -> bool:
    """A LOC word that may be half of a name LAC cut in two: unknown, and
    ending in no place suffix or direction (波隆纳, 拉丁; not 代尔祖尔省东部)."""
    return not known(word, gazetteer) and not word.endswith(PLACE_SUFFIXES + DIRECTION_ENDINGS)


def glued_apart(word: str, gazetteer: Gazetteer) -> list[str]:
    """Two known places LAC read as one word (浙江省衢州市, 卡塔尔多哈), each
    on its own, and so a chain of divisions (某自治区某市某县); any other word as
    it is (宣州区朱桥乡 keeps its town)."""
    if len(word) < 4 or known(word, gazetteer):
        return [word]
    for cut in range(len(word) - 2, 1, -1):
        rest = word[cut:]
        pointing = (rest in COMPASS_POINTS or rest in DIRECTION_ENDINGS) and word[:cut] not in HOME_COUNTRY
        if rest in LANDFORMS or pointing:
            continue  # 江汉 + 平原: a plain, not the county 平原 beside a district; 某城 + 南部: a part of it
        if known(word[:cut], gazetteer) and (known(rest, gazetteer) or rest[-1] == "市" and rest[:-1] in CITIES):
            return [word[:cut], rest]  # 斯里兰卡 + 科伦坡市
    for cut in range(len(word) - 3, 1, -1):
        front, rest = word[:cut], word[cut:]
        if rest[-1] == "省" and front in COUNTRIES:
            continue  # 朝鲜 + 外务省: a ministry
        if (front in COUNTRIES or known(front, gazetteer)) and len(rest) >= 3 and place_shaped(rest) and rest[-1] in _LANDFORM_ENDINGS:
            return [front, rest]  # 某国 + 亚霍里纳山, 某县 + 南天湖: a place and a mountain, a lake or an island in it
        if known(front, gazetteer) and rest.endswith("景区") and place_shaped(rest):  # 某省 + 某市某山风景区
            named = rest.removesuffix("景区").removesuffix("风")
            return [front] if known(named, gazetteer) else [front, *(
                part for part in glued_apart(rest, gazetteer) if not part.endswith("景区"))]
        if (known(front, gazetteer) or len(front) >= 3 and front[-1] in "省州") and _division_shaped(rest):
            # 巴西 + 米纳斯吉拉斯州, 俾路支省 + 本杰古尔区; a chain of three (某自治区 + 某市 + 某县) comes apart whole
            return [front, *glued_apart(rest, gazetteer)]
    return local_names_apart(word)


#: last characters of mountains, rivers and lakes, which a country's name may be glued to
_LANDFORM_ENDINGS = frozenset("山峰河江湖岛")


#: kinds of zone that end like a division but name no place of their own (苏州 + 高新区)
_ZONE_ENDINGS = ("新区", "园区", "开发区", "示范区", "试验区", "合作区", "保税区", "功能区", "自贸区", "市区", "城区",
                 "保护区", "景区")


def _division_shaped(rest: str) -> bool:
    """The unknown tail of a glued word that is a division's whole name: three
    characters or more ending in a division's suffix, no kind of zone. A
    region written with 地区 is named by what stands before 地区 (塘 + 地区: no name)."""
    stem = rest[:-2] if rest.endswith(("社区", "街道", "地区")) else rest[:-1]
    return (len(stem) >= 2 and rest[-1] in "省州市县区镇乡" and place_shaped(rest)
            and not rest.endswith(_ZONE_ENDINGS) and not generic_region(rest))


#: kinds of zone a province or a city sets up and names after itself (某省 + 自由贸易试验区, 某市 + 高新区); not
#: 新区 or 保护区, which carry names of their own (雄安 + 新区 of 河北雄安新区)
_ZONES_NAMED_BY_FRONT = ("园区", "开发区", "高新区", "经开区", "示范区", "试验区", "合作区", "保税区", "功能区", "自贸区")


def _names_alone(rest: str) -> bool:
    """Can the tail of a glued word be a place of its own: not a kind of zone
    named by the front (自由贸易试验区, 高新区) nor a kind of region, and a street
    office's, a community's or a region's name has two characters or more
    before its unit (源 + 地区 has one)."""
    stem = rest[:-2] if rest.endswith(("社区", "街道", "地区")) else rest
    return len(stem) >= 2 and not rest.endswith(_ZONES_NAMED_BY_FRONT) and not generic_region(rest)


#: what ends the name of a place inside a county or a city (古田镇, 元古堆村)
_LOCAL_ENDINGS = tuple("县区镇乡村")


def apart_from_named_fronts(names: list[str], gazetteer: Gazetteer) -> list[str]:
    """定西元古堆村 where the article also names 定西 alone: the village in it,
    定西 being listed already. Only then: a village's whole name may open with
    a county's short name (东方红村 is no 东方 + 红村), and a glued front the
    article never names alone is left as it is; so is a word whose tail names
    nothing alone (某省 + 自由贸易试验区, 三江 + 源地区: a zone or a region of the
    whole word's name, not a place inside the front)."""
    out: list[str] = []
    for name in names:
        if not known(name, gazetteer) and name.endswith(_LOCAL_ENDINGS):
            name = next((name[cut:] for cut in range(len(name) - 3, 1, -1)
                         if _named_front(name[:cut], names) and known(name[:cut], gazetteer)
                         and (known(name[cut:], gazetteer) or place_shaped(name[cut:]) and _names_alone(name[cut:]))),
                        name)
        if name not in out:
            out.append(name)
    return out


#: units of a village's, a town's or a street office's name: one LAC cut the first character from is the
#: same place as the whole name the article writes elsewhere (和 + 睦屯村 beside 和睦屯村)
LOCAL_UNITS = ("村", "乡", "镇", "街道", "社区")
#: the most characters LAC cuts from the front of such a name
_CUT_FRONT_LONGEST = 2


def cut_tail_of_named(name: str, read_whole: set[str], gazetteer: Gazetteer) -> bool:
    """Is ``name`` a village, town or street office that LAC also reads, as one
    place word, with one or two characters more in front that are no place
    (睦屯村 of 和睦屯村, 西溪乡 of 东西溪乡): the same place, its first characters
    cut off once? Not a two-character county (安乡 beside a date's 初 + 安乡),
    nor a place after its city (坎墩街道 beside 慈溪坎墩街道)."""
    return len(name) >= 3 and name.endswith(LOCAL_UNITS) and any(
        other.endswith(name) and 0 < len(other) - len(name) <= _CUT_FRONT_LONGEST
        and not known(other[:len(other) - len(name)], gazetteer) for other in read_whole)


def _named_front(front: str, names: list[str]) -> bool:
    """Does the article name ``front`` alone, or as the start of a division's
    whole name (湘西 of 湘西土家族苗族自治州)?"""
    return front in names or any(n.startswith(front) and n.endswith(AUTONOMOUS_ENDINGS) for n in names)
