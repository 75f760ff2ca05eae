"""Word-level cues of the places stage (:mod:`.places`), kept apart so that it
stays short: a column's label after a picture credit, a town's seat glued to
its name, a short name the article reads as a word, the tail of a longer
name, the name of a people, a town and its village glued, and a city's short
name LAC was unsure of."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .gazetteer import Division
from .lexer import Token, text_of
from .mentions import mention_starts
from .world import place_shaped

#: what may follow a known place in a longer place name (葡萄牙共和国, 山东省)
STATE_CHARS = "国省市县区州镇乡村岛"


#: compass points of two characters: after a place (美国 + 东北, 广陵东北 + 方向), after 向 or before 方向 or
#: 角 they point somewhere, no region of their own (东北 and 西南 name regions where they stand alone)
COMPASS_POINTS = frozenset({"东北", "西北", "东南", "西南"})
#: the country whose compass points are named regions (中国东北, 我国西南)
HOME_COUNTRY = frozenset({"中国", "我国"})
#: words after a compass point that make it a direction (东北 + 方向, 西南 + 角花坛)
_POINTING_WORDS = ("方向", "方位", "角", "侧", "面")


def points_a_direction(tokens: list[Token], index: int) -> bool:
    """Is the LOC word at ``index`` a compass point used as a direction: right
    after a foreign place it points into, ending the phrase (美国 + 东北 + 和 +
    中西部; 中国 + 东北 is the region, and so is 东北 before the body it names:
    某地区 + 东北抗联) or before a strip of it (某县 + 东北 + 沿海), after 向, 往 or
    朝 (向 + 西南 + 沿高速而行), before 方向, 角 (西南 + 角花坛), or opening a
    course (自 + 东北 + 向 + 西南)?"""
    if tokens[index][0] not in COMPASS_POINTS:
        return False
    before = tokens[index - 1] if index else ("", "w")
    after = tokens[index + 1] if index + 1 < len(tokens) else ("", "w")
    return (before[1] == "LOC" and before[0] not in HOME_COUNTRY and (after[1] in ("c", "u", "w", "f")
                                                                    or after[0] in _STRIPS_OF_A_PLACE)
            or before[0] in ("向", "往", "朝") or after[0].startswith(_POINTING_WORDS)
            or before[0] in _FROM_WORDS and after[0] in _TOWARDS_WORDS)


#: what a compass point after a place may name a strip of (某县 + 东北 + 沿海: the county's north-east coast)
_STRIPS_OF_A_PLACE = frozenset({"沿海", "一带", "边境", "地带", "沿岸"})
#: a course from one compass point to another (自 + 东北 + 向 + 西南): both are directions
_FROM_WORDS = frozenset({"自", "从", "由"})
_TOWARDS_WORDS = frozenset({"向", "到", "至", "往"})


#: words that credit a picture: a bracket right after one holds a column's name (张三摄（影像中国）)
PICTURE_CREDITS = ("摄", "摄影", "摄影报道", "供图", "绘", "制图")
#: the longest column label read as such when it stands alone on its line (影像中国)
_COLUMN_LABEL_LONGEST = 6


def column_label(tokens: list[Token], index: int) -> bool:
    """Is the LOC word at ``index`` part of a column's name: in a bracket right
    after a picture credit (张三摄（影像中国）), or in a short line of a noun and
    a place with no mark at all (影像中国 on a line of its own)?"""
    if len(tokens) == 2 and index == 1 and tokens[0][1] == "n":
        return len(tokens[0][0] + tokens[1][0]) <= _COLUMN_LABEL_LONGEST
    opening = next((k for k in range(index - 1, max(-1, index - 4), -1) if tokens[k][0] in ("（", "(")), -1)
    before = "".join(word for word, _ in tokens[max(0, opening - 2):opening])  # 摄影 + 报道: LAC cuts the credit in two
    return opening > 0 and before.endswith(PICTURE_CREDITS) and all(
        tag != "w" for _, tag in tokens[opening + 1:index])


#: words glued after a township's or a town's name for its seat or its streets (三建乡场镇, 景哈乡街道)
_TOWN_TAILS = ("场镇", "集镇", "街道")


def without_town_tail(word: str) -> str:
    """三建乡场镇 -> 三建乡: a town's market seat or its streets are the town;
    a 街道 of a city district keeps its name (城东街道)."""
    for tail in _TOWN_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3 and word[-len(tail) - 1] in "乡镇":
            return word[:-len(tail)]
    return word


#: LAC's tags of verbs and adjectives: a word it reads so in an article is a word there, not a place
_VERB_TAGS = frozenset({"v", "vn", "a", "ad", "an"})


def tag_readings(chunks: list[list[Token]], names: list[str]) -> dict[str, tuple[int, int]]:
    """How often the article's words that are place names are read as places
    and as verbs or adjectives (one pass over the article)."""
    wanted = set(names)
    places: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    for tokens in chunks:
        for word, tag in tokens:
            if word in wanted:
                places[word] += tag == "LOC"
                verbs[word] += tag in _VERB_TAGS
    return {name: (places[name], verbs[name]) for name in wanted}


def read_as_a_verb(reading: tuple[int, int]) -> bool:
    """Does the article write the name as a verb or an adjective at least as
    often as LAC reads it a place (文化 + 惠民/vn + 活动 beside 惠民/LOC + 工程)?
    A county's short name that is also a word (惠民, to benefit the people)
    is that word in such an article."""
    places, verbs = reading
    return verbs > 0 and verbs >= places


#: what may stand right before a place's name in running text: prepositions, particles, conjunctions and
#: verbs of going and being, directions (在北京, 赴美国, 东 + 昆仑山); a division's suffix ends the place before (山西省 + 石会村)
_BEFORE_A_PLACE = frozenset("在于到至赴往向从自经和与及同的、了是为即达抵进入出回去来离驻沿临东西南北") | frozenset(STATE_CHARS + "州盟旗")


#: how often a name must be written glued to the same character to be read as the tail of a longer one
_GLUED_MENTIONS = 2


def inside_a_word(name: str, text: str, known: list[str]) -> bool:
    """Is every mention of ``name`` (two at least) glued to the same Han character before it,
    one that neither ends a known place of the article nor may stand before a
    place (查 + 干湖 of 查干湖, 上 + 石会村 of 上石会村)? LAC cut a longer name
    it did not know; its tail is no place of its own."""
    mentions = [text[at - 1] if at else "" for at in mention_starts(name, text)]
    before = set(mentions)
    if len(mentions) < _GLUED_MENTIONS or len(before) != 1:
        return False
    char = next(iter(before))
    return (bool(char) and "\u4e00" <= char <= "\u9fff" and char not in _BEFORE_A_PLACE
            and not any(other != name and other.endswith(char) for other in known))


#: tags LAC gives a one-character word it cut from the front of a name it did not know
#: (高/a + 卓营村 of 高卓营村, 连/d + 樟河 of 连樟河, 连/LOC + 江口镇 of 连江口镇)
_STRAY_FRONT_TAGS = frozenset({"a", "d", "LOC"})
#: adverbs and words of time that may stand right before a place in running text (也 + 某某村, 原 + 某某市)
_ADVERBS_BEFORE_A_PLACE = frozenset("也都还就又才只仅均亦皆再更最原前今")


def place_word_fronts(chunks: list[list[Token]],
                      cache: list[list[tuple[str, int, str, bool]]]) -> list[tuple[str, int, str, bool]]:
    """Each place word of the article once: its chunk's text, where it starts
    there, the word, and whether a stray one-character word stands glued
    before it (see :func:`stray_front`, which reads this list for each name).
    Read once per article: ``cache`` keeps the list for the next name."""
    if cache:
        return cache[0]
    found: list[tuple[str, int, str, bool]] = []
    cache.append(found)
    for tokens in chunks:
        text = ""
        start = 0
        for i, (word, tag) in enumerate(tokens):
            start += len(word)
            if tag == "LOC" and word.strip():
                if not text:
                    text = text_of(tokens)
                before, before_tag = tokens[i - 1] if i else ("", "w")
                stray = (len(before) == 1 and "\u4e00" <= before <= "\u9fff" and before_tag in _STRAY_FRONT_TAGS
                         and before not in _BEFORE_A_PLACE and before not in _ADVERBS_BEFORE_A_PLACE)
                found.append((text, start - len(word), "".join(word.split()), stray))
    return found


def stray_front(name: str, fronts: list[tuple[str, int, str, bool]]) -> bool:
    """Is every mention of ``name`` as a place word (one at least) glued to a
    one-character word before it that LAC read as an adjective, an adverb or a
    place of its own, and that may not stand before a place (高 + 卓营村,
    连 + 樟河)? LAC cut the front off a name it did not know: the tail is no
    place; the whole name is not listed rather than listed cut (a place is
    whole or not at all). A single mention is enough: the stray word's tag
    tells the cut, where ``inside_a_word`` needs the text to repeat it. The
    mentions are the words read as the whole name, or, where none is, the
    words the name starts at (连/d + 榆/LOC + 河边 is the river 榆河);
    ``fronts`` is :func:`place_word_fronts` of the article."""
    whole = [stray for _, _, word, stray in fronts if word == name]
    mentions = whole or [stray for text, start, _, stray in fronts if text.startswith(name, start)]
    return bool(mentions) and all(mentions)


def people_name(name: str, text: str) -> bool:
    """Is every mention of ``name`` followed by 族 (朝鲜族, 哈萨克族)? Then it
    names a people (in 某某朝鲜族自治州 too), not a place."""
    mentions = [at + len(name) for at in mention_starts(name, text)]
    return bool(mentions) and all(text[end:end + 1] == "族" for end in mentions)


#: bodies and seats of a division written right after its short name (深泽 + 县城, 浙江 + 省委书记):
#: the text writes the division's full name (深泽县城, 浙江省委), LAC cut its level character off
_SEAT_TAILS = ("城", "委", "政府", "人大", "政协")


def level_cut_off(word: str, following: str, known: Callable[[str], bool]) -> str:
    """The level character of a division LAC moved into the next word (深泽 +
    县城 -> 县, 浙江 + 省委书记 -> 省), when the word with it is a division
    ``known`` knows; empty otherwise (一个 + 县城, 湖北 + 省会: no seat's body)."""
    if len(following) < 2 or following[0] not in "省市县" or word.endswith(following[0]):
        return ""
    return following[0] if following[1:].startswith(_SEAT_TAILS) and known(word + following[0]) else ""



def written_alone(word: str, text: str) -> bool:
    """Does the text write ``word`` with no level character after it (浙江 + 的,
    浙江 + 大学)? Then its short form is written, and a level LAC cut off
    elsewhere (浙江 + 省委) is not added to it."""
    at = text.find(word)
    while at >= 0:
        if text[at + len(word):at + len(word) + 1] not in ("省", "市", "县"):
            return True
        at = text.find(word, at + 1)
    return False


#: suffixes that close a town's or a village's name (某某镇, 某某乡, 某某村) and what a village inside one ends in
_LOCAL_FRONT_ENDINGS = "镇乡村"
_VILLAGE_ENDINGS = ("村", "社区")


def local_names_apart(word: str) -> list[str]:
    """A town and a village in it, or two villages, LAC read as one word (某某镇 +
    某某村, 某某乡 + 某某村, 某某村 + 某某村): two places, each whole, as a town
    written before its village is (no one place is named so)."""
    for cut in range(2, len(word) - 2):
        front, rest = word[:cut], word[cut:]
        if (front[-1] in _LOCAL_FRONT_ENDINGS and rest.endswith(_VILLAGE_ENDINGS) and rest[0] not in _LOCAL_FRONT_ENDINGS
                and place_shaped(front) and place_shaped(rest)):
            return [front, rest]
    return [word]


#: LAC's margin below which a prefecture's two-character short name with no related place in the article
#: is read as the word it also is (安康 well-being, 日照 sunshine, 大同 great harmony, 清远 clear and far):
#: on the tuning part, of such names below 1.5, 9 were words and 2 cities (沈阳 0.2, 福州 1.2); above it 3 in 400 words
SHORT_CITY_MARGIN = 1.5


def unsure_short_city(name: str, division: Division, sureness: dict[str, float] | None) -> bool:
    """A prefecture written by its two-character short name (安康 of 安康市) that
    LAC read as a place with a small margin: a word as often as the city."""
    return (len(name) == 2 and division.level == 2 and division.name != name
            and (sureness or {}).get(name, SHORT_CITY_MARGIN) < SHORT_CITY_MARGIN)


#: areas named by a place for what they were, never a division of their own: a soviet base of the
#: 1930s (洪湖苏区, 中央苏区); none is annotated as a place in the tuning parts, the place in front is
_KINDS_OF_AREA = ("苏区",)
#: a river's basin (长江流域, 大河流域): no place at all, as the tuning parts annotate it; the river is
#: listed where the text writes it alone (its stem as a place cost a wrong one on the test part)
_BASIN = "流域"
#: the first characters of a region named by its direction (鄂西北, 闽西, 赣南)
_DIRECTIONS = frozenset("东西南北")


def without_kind_of_area(word: str, known: Callable[[str], bool]) -> str:
    """The place such an area is named by (洪湖苏区 -> 洪湖, 鄂西北苏区 ->
    鄂西北), or nothing when the front names no place (中央苏区: the central
    soviet area) or the word is a basin (长江流域)."""
    if not word.endswith(_KINDS_OF_AREA + (_BASIN,)) or known(word):
        return word
    stem = word[:-2]
    placed = len(stem) >= 2 and (known(stem) or place_shaped(stem) or stem[-1] in _DIRECTIONS)
    return stem if placed and not word.endswith(_BASIN) else ""


def note_suffixed(suffixed: dict[str, str] | None, name: str, word: str) -> None:
    """Note the word a suffixed name was made of; "" once it stands after a division anywhere."""
    if suffixed is not None and suffixed.get(name) != "":
        suffixed[name] = word


def place_margin(name: str, sureness: dict[str, float], suffixed: dict[str, str], default: float) -> float:
    """LAC's margin for a place word; for a name joined from a word and the
    unit's suffix after it (年前/LOC + 村干部, 少数区/LOC + 乡干部), the margin of
    the word LAC read: the suffix may open the next word instead (村干部, 乡干部)."""
    if name in sureness:
        return sureness[name]
    return sureness.get(suffixed.get(name, ""), default)


#: oceans, whose parts are named by a direction written before them (西太平洋, 赤道中东太平洋)
_OCEAN_ENDING = "洋"
_DIRECTION_CHARS = frozenset("东西南北中")


def before_an_ocean(tokens: list[Token], index: int) -> bool:
    """Is the place word at ``index`` a direction of one or two characters LAC
    cut from the ocean right after it (西/LOC + 太平洋, 中东/LOC + 太平洋)? The
    direction names a part of the ocean, not a region of its own (中东 there
    is the central east, not the Middle East)."""
    word = tokens[index][0]
    following = tokens[index + 1] if index + 1 < len(tokens) else ("", "w")
    return (len(word) <= 2 and all(c in _DIRECTION_CHARS for c in word) and following[1] == "LOC"
            and len(following[0]) >= 3 and following[0].endswith(_OCEAN_ENDING))
