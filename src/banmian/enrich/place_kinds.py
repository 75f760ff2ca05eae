"""Kinds of place that are no place's name: 大城市, 新农村, 全州, 平原地区, 老城区.

LAC tags these as LOC words and the gazetteer may even know a division of the
name (阳泉's 矿区); an article that writes them points at a kind of place, so
the place finder (:mod:`.places`) leaves them out.
"""

from __future__ import annotations

#: a kind of place, not a name: 大城市, 小村庄, 新农村, 邻村, 全州 (unknown words only)
_GENERIC_START = frozenset("大小新老邻全本各该贵我两他")
_GENERIC_END = frozenset("村镇城市区乡县州国庄")
#: words that name a kind of place, never one place
KINDS_OF_PLACE = frozenset({"中华", "北国", "南国", "古都", "古城", "海外", "大陆", "内地", "边疆", "家乡", "故乡",
                            "山区", "城区", "乡村", "农村", "城乡", "沿海", "异地", "当地", "各地", "全国",
                            "美丽乡村", "移民村", "脱贫村", "贫困村", "自然村", "行政村", "中心村", "示范村",
                            "建制村", "高原", "边关", "东道国", "沿江", "沿湖", "沿线",
                            # zones by what they are for, written without their city (某市 + 高新区)
                            "高新区", "开发区", "经开区", "自贸区", "保税区", "试验区", "示范区",
                            # an autonomous division named by its kind alone (自治州州长): the kind, no name
                            "自治区", "自治州", "自治县", "自治旗"})


#: words ending in 乡 that name no town: a home town, a fellow villager, a foreign land
KINDS_OF_XIANG = ("家乡", "老乡", "故乡", "他乡", "异乡", "同乡", "城乡")


#: what stands inside a kind of village (新农村, 老山村), not inside a village's name (新田村, 大塘村)
_GENERIC_MIDDLES = frozenset("城农村乡镇县市区山")


def generic_place(name: str) -> bool:
    """A kind of place, not a name: a generic opening (大, 新, 邻 …) and a
    place ending (大城市, 新城区, 邻村, 全州); a village's name may open so
    (新田村, 小岗村, 大塘村) unless only a generic word stands inside (新农村)."""
    if name[0] not in _GENERIC_START or name[-1] not in _GENERIC_END:
        return False
    return len(name) == 2 or name[-1] != "村" or all(c in _GENERIC_MIDDLES for c in name[1:-1])


#: divisions whose names are also words for a kind of area (阳泉's 矿区, 郊区 and 城区)
_AREA_WORDS = frozenset({"矿区", "郊区", "城区", "新区", "市区", "林区", "牧区", "垦区", "库区", "景区", "老区"})


#: openings that point at a place rather than name it (全州, 本县, 该市, 邻县)
_WHOLE_OR_THIS = frozenset("全本各该我邻两")


def generic_word(name: str) -> bool:
    """A division's name that is also an ordinary word for a kind of place
    (老城区, 矿区, 全州: the old town, a mining area, the whole prefecture)."""
    return (name in _AREA_WORDS or name in KINDS_OF_PLACE or generic_region(name)
            or len(name) == 2 and name[0] in _WHOLE_OR_THIS and name[1] in _GENERIC_END)


#: what stands before 地区 in the name of a kind of region (平原地区, 西部地区, 热带地区)
REGION_KINDS = ("平原", "山区", "高原", "沿海", "沿边", "边远", "偏远", "贫困", "农村", "城市", "牧区", "林区", "寒带",
                "温带", "热带", "干旱", "发达", "内陆", "边疆", "部", "方")


#: endings of a kind of area, not of a name: a downtown, a small town, villages as such, an area by
#: what is done or found there (作业区, 居民区, 结冰区, 产区, 灾区), members of a group of states
_KIND_ENDINGS = ("市区", "城区", "小镇", "小村", "村庄", "郊区", "老区", "作业区", "居民区", "冰区", "繁殖区", "产区",
                 "灾区", "缔约国", "成员国", "岛国", "签约国", "度假村", "度假区",
                 # islands in a river, a lake a landslide dammed, remote or rocky hills, a village by its people (藏族村)
                 "江心洲", "河心岛", "湖心岛", "堰塞湖", "远山区", "石山区", "族村")


def generic_region(name: str) -> bool:
    """A kind of region rather than its name: X地区 after a direction or a kind
    (中西部地区, 平原地区), the downtown of a city (X市区, X城区), a small town
    (X小镇), the other kinds of area of ``_KIND_ENDINGS`` (戈壁村庄, 革命老区)."""
    if name.endswith("地区"):  # 北地区 of 以北地区: a direction only
        return name[:-2].endswith(REGION_KINDS) or len(name) == 3 and name[0] in "东南西北中"
    return name.endswith(_KIND_ENDINGS)


__all__ = ["KINDS_OF_PLACE", "KINDS_OF_XIANG", "REGION_KINDS", "generic_place", "generic_region", "generic_word"]
