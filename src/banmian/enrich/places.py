"""Places (normalised to administrative divisions) and organisations of an article.

LAC proposes LOC and ORG words; places resolve through the shipped gazetteer
(茂南区 -> 广东省 茂名市 茂南区, short names too: 茂南), namesakes (鼓楼区)
only when another place of the article tells which one is meant.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Place
from .credits import is_contributor
from .gazetteer import Division, Gazetteer
from .han_chars import HAN_RUN
from .lexer import Token, article_text, has_tag
from .titlecomplete import autonomous_kind, complete_title
from .titles import is_title
from .namewords import ABBREVIATIONS as _ABBREVIATIONS  # a word made only of them is a pair (中美, 粤港澳), not a place
from .namewords import RELATION_WORDS as _RELATION_WORDS  # after two abbreviations: two sides (巴中友好, 中美关系)
from .namewords import quoted_alone
from .place_kinds import KINDS_OF_PLACE, KINDS_OF_XIANG, REGION_KINDS, generic_place, generic_region, generic_word
from .placewords import STATE_CHARS as _STATE_CHARS
from .placewords import inside_a_word as _inside_a_word  # the tests of the ninth pass ask it here
from .placewords import COMPASS_POINTS, place_word_fronts, points_a_direction, stray_front
from .placewords import (column_label, level_cut_off, people_name, written_alone, read_as_a_verb,
                         tag_readings, unsure_short_city, without_kind_of_area, without_town_tail, before_an_ocean,
                         note_suffixed, place_margin)
from .villages import village_only_before_opened_word, village_whole
from .placeparts import (AUTONOMOUS_ENDINGS as _AUTONOMOUS_ENDINGS, LANDFORMS as _LANDFORMS, LOCAL_UNITS as _LOCAL_UNITS,
                         apart_from_named_fronts as _apart_from_named_fronts, bare_half as _bare_half,
                         cut_tail_of_named as _cut_tail_of_named, glued_apart as _glued_apart, known as _known)
from .world import CITIES, COUNTRIES, DIRECTION_ENDINGS, PLACE_SUFFIXES, is_world_name, place_shaped, set_phrase

_QUOTES = "“”‘’\"'《》「」"
#: ORG words that are the paper itself or too vague to list
_NOT_ORGANISATIONS = frozenset({"本报", "本台", "我们", "大家"})
#: what an organisation's name ends with (drops LAC's stray ORG words such as 新时代)
_ORG_ENDINGS = re.compile(
    r"(?:[委会局部厅院所处科室站队团社馆校办署司行组社厂矿店庭军营连党]|中心|公司|政府|支部|集团|银行|大学|学院|"
    r"中学|小学|幼儿园|医院|法院|检察院|机构|基地|联盟|协会|商会|学会|基金|集团|电视台|电台|报社|总部|联合国|"
    r"[A-Z]{2,})$")
#: level characters that anchor an abbreviated title (区委, 县长 ...)
ANCHOR_LEVELS = "省市区县镇乡村"


def place_name(word: str, gazetteer: Gazetteer) -> str | None:
    """The place in a LOC word: the word itself, or the division that starts a
    title LAC glued to it (茂南区委书记 -> 茂南区)."""
    word = word.strip(_QUOTES + " ")
    if len(word) < 2:
        return None
    if is_title(word):
        return gazetteer.longest_prefix(word)
    return word


#: a place word followed by one of these is the name of that unit (桂香 + 社区)
_UNIT_SUFFIXES = frozenset({"社区", "村", "镇", "乡", "街道", "县", "区", "市", "州", "盟", "旗", "特别行政区"})
#: the tail of an autonomous division's name LAC cut from its place (某某 + 土家族苗族自治州)
#: (one to four peoples, 双江拉祜族佤族布朗族傣族自治县; each people's name ends at its first 族, so
#: that the names cannot overlap, and their number is bounded: linear time where searched)
_AUTONOMY_TAIL = re.compile(r"(?:[\u4e00-\u65ce\u65d0-\u9fff]{1,5}族){1,4}自治[州县旗]")
#: an unknown place word longer than this is a run of names LAC did not cut
_LONGEST_PLACE = 12
#: endings of facilities, not places (美食街, 滨江路, 乐园, 伯明翰站, 九江港, 三峡大坝); known names (香港, 连云港) resolve first
_FACILITY_ENDINGS = tuple("路街巷园馆楼场店居站桥堂队港") + ("大剧院", "会址", "花市", "公路", "高速", "大道", "园区", "小区",
                                                            "景区", "棚户区", "大坝",
                                                            # walled buildings and complexes named 城: a palace, a wall,
                                                            # a cinema, a mall, an old town (紫禁城, 长城, 某影城, 某商城)
                                                            "宫城", "禁城", "长城", "影城", "商城", "古城")
#: a place word right before these only starts the name of a building or a meeting (钓鱼台国 + 宾馆)
_NAME_CONTINUATIONS = ("宾馆", "剧场", "剧院", "大厦", "饭店", "酒店", "会议", "议会", "大会堂")
#: facilities an unknown LOC word may name (特拉法加 + 广场): the word is no place of its own
_FACILITY_WORDS = ("广场", "公园", "机场", "车站", "码头", "大桥", "医院", "大学", "中学", "小学", "学院", "博物馆")
_STATE_ENDINGS = tuple(_STATE_CHARS) + ("联邦", "王国", "特别行政区")


def _place_words(tokens: list[Token], gazetteer: Gazetteer, text: str = "",
                 suffixed: dict[str, str] | None = None) -> list[str]:
    """LOC words, each whole: spaces of a spaced-out heading dropped (南 京),
    a unit suffix LAC cut off joined again (桂香 + 社区 -> 桂香社区), a river or
    a mountain cut before its bank joined again (澜沧 + 江边), two unknown
    halves of one name joined (波隆纳 + 鲁沃), two known places glued into one
    word taken apart (浙江省衢州市). A term in quotes (“某某村”, a nickname)
    and a name before 先生 (a person) are no places."""
    words: list[str] = []
    if not has_tag(tokens, "LOC"):
        return words
    k = 0
    while k < len(tokens):
        word, tag = tokens[k]
        k += 1
        if tag != "LOC":
            continue
        after_division = k >= 2 and tokens[k - 2][1] == "LOC" and tokens[k - 2][0].endswith(_DIVISION_ENDINGS)
        word = "".join(word.split())
        if _direction_front(tokens, k - 1):
            word = tokens[k - 2][0] + word  # 某某县 + 后/f + 西固村: the village is 后西固村, not 西固村 behind the county
        if quoted_alone(tokens, k - 1) and not _known(word, gazetteer):
            continue
        if column_label(tokens, k - 1) or points_a_direction(tokens, k - 1):
            continue  # 张三摄（影像中国）: a column's name; 美国 + 东北: a direction
        if before_an_ocean(tokens, k - 1):  # 西 + 太平洋 -> 西太平洋 as written; 中东 + 太平洋: the ocean's part, no region
            words += [word + tokens[k][0]] if len(word) == 1 else []
            k += len(word) == 1
            continue
        if _half_of_set_phrase(tokens, k - 1, gazetteer):
            continue  # 文山/LOC + 会海/v: half of a four-character set phrase (文山会海), no place
        if "、" in (tokens[k - 2][0] if k >= 2 else "", tokens[k][0] if k < len(tokens) else "") and is_contributor(
                tokens, k - 1):
            continue  # （本报记者张三、江南、李四）: a reporter's name LAC read as a region
        whole, k = ("", k) if _known(word, gazetteer) else _world_name_around(tokens, k - 1)
        if whole:
            words.append(whole)  # 亚 + 的 + 斯亚贝巴: a city LAC cut at a particle
            continue
        while k < len(tokens) and tokens[k][1] == "LOC" and _joins_next(word, "".join(tokens[k][0].split()), gazetteer):
            word += "".join(tokens[k][0].split())  # 波隆纳 + 鲁沃, 拉丁 + 美洲, 某某 + 土家族苗族自治州
            k += 1
        if len(word) >= 3 and word.endswith("电"):
            word = word[:-1]  # 赫尔辛基电: a dateline's place with its 电
        following = tokens[k][0] if k < len(tokens) else ""
        word = _without_word_suffix(word, following, gazetteer)
        if following.startswith(_NAME_CONTINUATIONS) or following in _TITLES_OF_ADDRESS:
            continue
        if following.startswith(_FACILITY_WORDS) and not _known(word, gazetteer) and not word.endswith(PLACE_SUFFIXES):
            continue  # 特拉法加 + 广场, 铁西 + 公园: an unknown word that names a square or a park only
        if _pair_of_sides(word, following):
            continue
        if not written_alone(word, text):  # 深泽 + 县城; a short name the text also writes alone stays as written
            word += level_cut_off(word, following, lambda name: bool(gazetteer.candidates(name)))
        if following in _UNIT_SUFFIXES and not word.endswith(following):
            if len(word) == 1 and following in ("社区", "街道"):
                continue  # 除夕 + 夜/LOC + 社区: a community's name has two characters at least
            note_suffixed(suffixed, word + following, "" if after_division else word)  # after 某某县: its village
            word += following
        elif _unit_word(word, following, gazetteer):
            word += _unit_word(word, following, gazetteer)  # 桂香 + 社区居民 -> 桂香社区
        elif following in _BANKS and not word.endswith(following[0]) and not word.endswith(_DIVISION_ENDINGS):
            word += following[0]  # 澜沧 + 江边 -> 澜沧江; not 羊角镇 + 山上
        elif following in _LANDFORMS and not word.endswith(_DIVISION_ENDINGS + _LANDFORMS) and not (
                following == "大陆" and (word in COUNTRIES or word.endswith("洲"))):
            word += following  # 某某 + 平原 -> 某某平原: the plain is the place named (not 欧洲 + 大陆: the mainland of a place)
        word = without_kind_of_area(word, lambda name: _known(name, gazetteer))
        if not word:
            continue  # 中央苏区, 大河流域: a kind of area whose front names no place
        words += _glued_apart(without_town_tail(_mountain_of_area(_without_area(word, gazetteer), gazetteer)), gazetteer)
    return words


#: how LAC tags the other half of a set phrase it cut (文山/LOC + 会海/v): a verb's or an adjective's tags
_IDIOM_HALF_TAGS = frozenset({"v", "vn", "a", "ad", "d"})


def _half_of_set_phrase(tokens: list[Token], index: int, gazetteer: Gazetteer) -> bool:
    """Is the two-character word at ``index`` one half of a four-character set
    phrase with a word before or after it that LAC read as a verb or an
    adjective (文山 + 会海/v), even when the half is also a division's short
    name? Two places side by side stay two places (福建 + 福鼎, 浙江 + 江山),
    and a count or a noun before a place makes no phrase (一趟 + 四川, 大国 + 法国)."""
    word = tokens[index][0]
    if len(word) != 2:
        return False
    for other, phrase in ((tokens[index + 1] if index + 1 < len(tokens) else ("", "w"), lambda o: word + o),
                          (tokens[index - 1] if index else ("", "w"), lambda o: o + word)):
        if (len(other[0]) == 2 and other[1] in _IDIOM_HALF_TAGS and not _known(other[0], gazetteer)
                and set_phrase(phrase(other[0]))):
            return True
    return False


#: the longest people's name written before 自治州/县/旗 without 族 (巴音郭楞 + 蒙古自治州, 木垒 + 哈萨克自治县)
_PEOPLE_WITHOUT_ZU_LONGEST = 5


def autonomy_tail(word: str) -> bool:
    """Is ``word`` the tail of an autonomous division's name: its peoples and its
    kind (土家族苗族自治州), or a people written without 族 (蒙古自治州, 哈萨克自治县)?
    Alone it names no place: no autonomous division is named without its own."""
    if _AUTONOMY_TAIL.fullmatch(word):
        return True
    stem = word[:-3]
    return word.endswith(_AUTONOMOUS_ENDINGS[:3]) and 2 <= len(stem) <= _PEOPLE_WITHOUT_ZU_LONGEST and bool(
        HAN_RUN.fullmatch(stem)) and not stem.endswith(("州", "县", "旗", "市", "省"))


def _joins_next(word: str, following: str, gazetteer: Gazetteer) -> bool:
    """Is the next LOC word the rest of this one's name: two unknown halves
    (波隆纳 + 鲁沃), a known whole (拉丁 + 美洲), or the tail of an autonomous
    division LAC cut from its place (湘西 + 土家族苗族自治州: alone, the tail
    names a people's division nowhere)?"""
    if autonomy_tail(following) and not word.endswith(("州", "县", "旗")) and not _known(following, gazetteer):
        return True
    if _bare_half(word, gazetteer) and _bare_half(following, gazetteer) and len(word) + len(following) <= 8:
        return True
    return not _known(word, gazetteer) and _known(word + following, gazetteer)


#: one-character directions that open villages' and towns' names (后西固村, 东王庄, 南坪镇)
_DIRECTION_FRONTS = frozenset("前后东西南北上下中")


def _direction_front(tokens: list[Token], index: int) -> bool:
    """Is the village or town at ``index`` written right after a division and a
    one-character direction (某某县 + 后/f + 西固村)? After a division's name the
    direction can say nothing of it (a place is never 'behind the county' so
    written): it is the first character of the village's name."""
    word = tokens[index][0]
    return (index >= 2 and word.endswith(("村", "镇", "庄", "屯")) and tokens[index - 1][1] == "f"
            and tokens[index - 1][0] in _DIRECTION_FRONTS and tokens[index - 2][1] == "LOC"
            and tokens[index - 2][0].endswith(("县", "区", "市", "乡", "镇", "旗")))


#: areas of a place by what they hold (皖南山区, 黄河滩区, 华北麦区): no division of their own
_AREAS = ("山区", "湖区", "滩区", "麦区", "林区", "牧区", "垦区", "矿区", "产区", "库区")


def _without_area(word: str, gazetteer: Gazetteer) -> str:
    """A known place or region with the area LAC glued to it (皖南 + 山区,
    黄河 + 滩区, 闽西 + 山区) is the place, and a lake whose area is named by it
    (洞庭湖区 -> 洞庭湖, as the annotations read it); not an unknown front (乌蒙山区
    reads as 乌蒙山 + 区 as well, 山区 alone is no place), nor a division so
    named (a city's district called 某某矿区 is that district, not the county
    某某's mines)."""
    stem = word[:-2]
    if not word.endswith(_AREAS) or len(stem) < 2 or gazetteer.candidates(word):
        return word
    if word.endswith("湖区") and place_shaped(word[:-1]):
        return word[:-1]  # 微山湖区 -> 微山湖 (not the county 微山): a lake's area is the lake
    if _known(stem, gazetteer) or stem[-1] in _DIRECTION_FRONTS:
        return stem  # 皖南 + 山区, 闽西 + 山区: a region's mountains
    return word


def _mountain_of_area(word: str, gazetteer: Gazetteer) -> str:
    """A mountain area no list knows is the mountain (某某山区 -> 某某山, as the
    annotations read 大凉山区 and 乌蒙山区): a district so named is in the
    gazetteer; a kind of area (偏远山区, 贫困山区) is left to the kinds' checks."""
    name = word[:-1]
    if (not word.endswith("山区") or len(name) < 3 or gazetteer.candidates(word) or generic_region(word)
            or word[:-2].endswith(REGION_KINDS) or not place_shaped(name)):
        return word
    return name


#: words a division's suffix character opens with the next word (乌克兰乡 + 下来: 乡下; not 开罗市 + 中心, which reads both ways)
_SUFFIX_WORDS = ("乡下", "镇上")


def _without_word_suffix(word: str, following: str, gazetteer: Gazetteer) -> str:
    """A known place with a division's character LAC glued to it that belongs
    to the next word (乌克兰乡 + 下来 -> 乌克兰); else the word."""
    stem, last = word[:-1], word[-1:]
    if len(stem) < 2 or not following or _known(word, gazetteer) or not _known(stem, gazetteer):
        return word
    return stem if any((last + following).startswith(w) for w in _SUFFIX_WORDS) else word


#: how many words a place LAC cut apart may span (亚 + 的 + 斯亚贝巴)
_WORLD_NAME_SPAN = 3


def _world_name_around(tokens: list[Token], index: int) -> tuple[str, int]:
    """A country or city of the world lists that the LOC word at ``index`` is
    only a piece of, with the words around it (亚 + 的 + 斯亚贝巴 -> 亚的斯亚贝巴),
    and the index after it; ('', index + 1) when there is none."""
    word = tokens[index][0]
    best, best_end = "", index + 1
    for start in range(max(0, index - _WORLD_NAME_SPAN + 1), index + 1):
        for end in range(index + 1, min(len(tokens), start + _WORLD_NAME_SPAN) + 1):
            if end - start < 2:
                continue
            joined = "".join(w for w, _ in tokens[start:end])
            if len(joined) > len(best) and len(joined) > len(word) and is_world_name(joined):
                best, best_end = joined, end
    return best, best_end


#: words of a bank or a slope after a river's or a mountain's name LAC cut off (澜沧 + 江边)
_BANKS = frozenset({"江边", "江畔", "江面", "河边", "河畔", "河面", "湖边", "湖畔", "湖面", "山下", "山上", "山顶",
                    "山脚", "岛上"})
#: a place word before these is a person's name (文衡山 + 先生)
_TITLES_OF_ADDRESS = frozenset({"先生", "女士", "同志"})


#: the suffixes of a division's name: a word ending in one is a whole name (羊角镇 + 山上 is no mountain)
_DIVISION_ENDINGS = tuple("省市县区州盟旗镇乡村")
#: words about a village's or a community's people and bodies that open with its unit (村民, 社区党委)
_UNIT_OPENINGS = {"社区": "社区", "村民": "村", "村委": "村", "村党": "村", "村干部": "村", "村两委": "村",
                  "村支书": "村", "村主任": "村", "镇党委": "镇", "镇政府": "镇", "乡党委": "乡", "乡政府": "乡"}


def _unit_word(word: str, following: str, gazetteer: Gazetteer) -> str:
    """The unit an unknown name without a suffix heads when the next word opens
    with it (桂香 + 社区居民 -> 社区, 石桥 + 村民 -> 村); empty otherwise."""
    if _known(word, gazetteer) or word.endswith(PLACE_SUFFIXES):
        return ""
    return next((unit for opening, unit in _UNIT_OPENINGS.items() if following.startswith(opening)), "")


def _pair_of_sides(word: str, following: str) -> bool:
    """Two abbreviations before a word of relations are two sides (巴中友好:
    Pakistan and China), even when they also spell a city (巴中)."""
    return len(word) == 2 and all(c in _ABBREVIATIONS for c in word) and following in _RELATION_WORDS


def _without_direction(name: str) -> str:
    """山东西部 -> 山东, 江西省东部 -> 江西省, 某陵东北 -> 某陵: the place a direction points into."""
    for ending in DIRECTION_ENDINGS + tuple(COMPASS_POINTS):
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[:-len(ending)]
    return name


def _plausible(name: str, resolved: bool, others: set[str], divisions: frozenset[str] = frozenset()) -> bool:
    """A place word the gazetteer does not know is kept unless it is a pair of
    abbreviations, a facility, a kind of place rather than a name (大城市,
    镇里), or a known place with one stray character glued before it (赛 + 德国);
    ``divisions`` are the article's words the gazetteer knows (萧山 of 萧山 + 村集体)."""
    if resolved:
        return True
    if all(c in _ABBREVIATIONS for c in name) and (name[0] == "中" or not is_world_name(name)):
        return False  # 中美, 中非, 粤港澳: a pair of places, not one (巴西 is one)
    if is_world_name(name):
        return True
    if name.endswith(_FACILITY_ENDINGS) or name in KINDS_OF_PLACE or len(name) > _LONGEST_PLACE:
        return False
    if generic_place(name) or len(name) == 2 and name[1] == "里" and name[0] in ANCHOR_LEVELS:
        return False  # 大城市, 镇里
    if len(name) == 2 and name[1] == "方" or name.endswith("驻"):
        return False  # 巴方: a side; 中国驻: the start of 中国驻朝鲜大使馆
    if len(name) >= 3 and name[1:] in others:
        return False  # 赛 + 德国
    if not HAN_RUN.fullmatch(name) or not place_shaped(name) or name.startswith("国家"):
        return False  # 金山银山, 户籍所在地, 南宋, 国家某某试验区: LAC's LOC words that name no place
    if generic_region(name):
        return False  # 平原地区, 中西部地区, 戈公市区: a kind of region, not its name
    if name.endswith(KINDS_OF_XIANG) or len(name) >= 4 and name.endswith("水乡"):
        return False  # 左权家乡, 赣南老乡, 江南水乡: a home town, a fellow villager, a kind of town
    if not name.endswith(PLACE_SUFFIXES) and any(
            other.startswith(name) and 0 < len(other) - len(name) <= 2
            and not other.endswith(PLACE_SUFFIXES + _FACILITY_ENDINGS) for other in others):
        return False  # 阿布扎 beside 阿布扎比, 布基纳 beside 布基纳法索: a name LAC cut short
    if any(name.startswith(other) and len(name) - len(other) == 1 and (
            not place_shaped(name[len(other) - 1:]) or is_world_name(other)) and not (
            is_world_name(other) and name[-1] in _STATE_CHARS)  # 科伦坡 + 市, 北极 + 乡 are places
           and not village_whole(name, other, divisions)
           for other in others if len(other) >= 2 and other != name):
        return False  # 乌克兰 + 科, 广州 + 南: a known place with one stray character (or a station)
    # 伊朗伊斯兰, 越南国防部, 北京人民大会堂: a known place that starts a longer name
    return name.endswith(_STATE_ENDINGS) or not any(
        len(other) >= 2 and name.startswith(other) and len(name) - len(other) >= 2 for other in others if other != name)


#: LAC's margin for a place word (best place tag less best other tag, its least sure character) below
#: which a word no list knows is dropped: on the tuning part place precision 0.949 without it, 0.962 at
#: 0.5, 0.971 at 1 and 0.973 at 1.5 (F1 flat up to 1, lower after); 1 drops a street office a test
#: keeps (城东街道), so 0.5
PLACE_MARGIN = 0.5


def find_places(chunks: list[list[Token]], gazetteer: Gazetteer,
                sureness: dict[str, float] | None = None) -> list[Place]:
    """Every place named, once per division (茂南 and 茂南区 are one place).

    ``sureness`` maps LOC words to LAC's margin for them
    (:meth:`.lexer.Lexer.tag_with_sureness`): a word that neither the
    gazetteer nor the world lists know and that LAC was unsure of is dropped."""
    names: list[str] = []
    article = article_text(chunks)
    suffixed: dict[str, str] = {}  # a name made of a place word and the unit's suffix after it: that word
    for tokens in chunks:
        for word in _place_words(tokens, gazetteer, article, suffixed):
            name = place_name(word, gazetteer)
            name = _without_direction(name) if name else name
            if name and name not in names:
                names.append(name)
    names = _apart_from_named_fronts(names, gazetteer)
    read_whole = {word for tokens in chunks for word, tag in tokens if tag == "LOC" and word.endswith(_LOCAL_UNITS)}
    names = [n for n in names if not _cut_tail_of_named(n, read_whole, gazetteer)]
    readings = tag_readings(chunks, names)
    names = [n for n in names if not read_as_a_verb(readings[n])]  # 惠民/vn beside 惠民/LOC: the word
    resolved: dict[str, Division | None] = {}
    for name in names:
        division = gazetteer.resolve(name)
        if division is None and not name.endswith(_LANDFORMS):  # 江汉平原 is no district 江汉
            prefix = gazetteer.longest_prefix(name)
            division = gazetteer.resolve(prefix) if prefix and prefix != name else None
        resolved[name] = division
    context = [d for d in resolved.values() if d is not None]
    # a short county name (惠民) and a division named by a generic word (老城区, 矿区, 全州) need a related place
    # so does a prefecture's two-character short name LAC was unsure of (安康, 日照, 大同: well-being, sunshine, harmony)
    rejected = {name for name, division in resolved.items()
                if division is not None and (division.name != name and division.level == 3 or generic_word(name)
                                             or unsure_short_city(name, division, sureness))
                and not any(gazetteer.related(division, other) for other in context if other is not division)}
    context = [d for name, d in resolved.items() if d is not None and name not in rejected]
    divisions = frozenset(name for name, d in resolved.items() if d is not None)
    places: list[Place] = []
    seen: set[str] = set()
    # countries and cities that start a word (伊朗 of 伊朗伊斯兰, 柬埔寨 of 柬埔寨戈) count as places of the article
    others = set(names) | {name[:cut] for name in names for cut in range(2, len(name))
                           if name[:cut] in COUNTRIES or name[:cut] in CITIES}
    text = article  # (the same text)
    known = [name for name in names if resolved[name] is not None or is_world_name(name)]
    fronts: list[list[tuple[str, int, str, bool]]] = []  # the place words' fronts, read when a name first needs them
    for name in names:
        division = None if name in rejected else resolved[name] or gazetteer.resolve(name, context)
        if not _plausible(name, division is not None, others, divisions):
            continue
        if division is None and not is_world_name(name) and (
                _inside_a_word(name, text, known) or stray_front(name, place_word_fronts(chunks, fronts))):
            continue  # 查 + 干湖, 高家上 + 石会村, 斯匹次 + 卑尔根群岛: the tail of a longer name
        if people_name(name, text) or name.startswith("族") or village_only_before_opened_word(name, text):
            continue  # 朝鲜 + 族自治州: a people, the tail LAC cut from it; 新年村 + 集体: 村 opens the next word
        if (division is None and not is_world_name(name)
                and place_margin(name, sureness or {}, suffixed, PLACE_MARGIN) < PLACE_MARGIN):
            continue  # 溃坝, 虎山, 人家村: a word no list knows that LAC was unsure of
        key = division.code if division else name
        if key in seen:
            continue
        seen.add(key)
        places.append(Place(_division_name(name, division), division.path(gazetteer) if division else []))
    return places


def _division_name(name: str, division: Division | None) -> str:
    """The place as written, without words LAC glued after a division's name
    (重庆市川剧院 -> 重庆市, 青岛市区 -> 青岛市); glued places stay (宣州区朱桥乡)."""
    if division is None or not name.startswith(division.name) or name == division.name:
        return name
    rest = name[len(division.name):]
    return name if place_shaped(rest) and rest not in ("市区", "城区") else division.name


def place_anchors(chunks: list[list[Token]], places: list[Place], gazetteer: Gazetteer) -> dict[str, str]:
    """The article's main place per level (区 -> 茂南区): the most mentioned of
    its resolved places (short names counting as their full name) and towns."""
    accepted = {p.division[-1] for p in places if p.division} | {p.name for p in places if p.name[-1] in "镇乡村"}
    counts: Counter[str] = Counter()
    for tokens in chunks:
        for word, tag in tokens:
            if tag != "LOC":
                continue
            name = place_name(word, gazetteer)
            if not name:
                continue
            division = gazetteer.resolve(name)
            full = division.name if division is not None else name
            if full in accepted:
                counts[full] += 1
    anchors: dict[str, str] = {}
    for name, _ in counts.most_common():
        if name[-1] in ANCHOR_LEVELS:
            anchors.setdefault(name[-1], name)
        kind = autonomous_kind(name)
        if kind:
            anchors.setdefault(kind, name)
    return with_ancestors(anchors, gazetteer)


def with_ancestors(anchors: dict[str, str], gazetteer: Gazetteer) -> dict[str, str]:
    """Make the upper anchors agree with the lowest one: a 茂南区 article's
    市委 is 茂名市委 even if 佛山 is named as often as 茂名."""
    for level in "区县市":
        division = gazetteer.resolve(anchors[level]) if level in anchors else None
        if division is None:
            continue
        for name in division.path(gazetteer)[:-1]:
            if name[-1] in ANCHOR_LEVELS:
                anchors[name[-1]] = name
            kind = autonomous_kind(name)
            if kind:
                anchors[kind] = name
        break
    return anchors


def find_organizations(chunks: list[list[Token]], anchors: dict[str, str]) -> list[str]:
    """ORG words in order of first mention; 区委 written out as 茂南区委."""
    found: list[str] = []
    for tokens in chunks:
        for word, tag in tokens:
            if tag != "ORG":
                continue
            word = word.strip(_QUOTES + " ")
            if len(word) < 2 or word in _NOT_ORGANISATIONS or is_title(word) or not _ORG_ENDINGS.search(word):
                continue
            name = complete_title(word, anchors)
            if name not in found:
                found.append(name)
    return found
