"""Words LAC tags as people's names that name no person where they stand.

Kept apart from :mod:`.people` (which finds the people and their titles):
these checks only say that one PER word is not a person's name here, from
its own shape (刘师傅: a surname and a form of address) or from what stands
around it (a quoted term, an item of a list of places, the front of a place
name LAC reads as a place elsewhere in the article: 苏伊士 of 苏伊士运河).
"""

from __future__ import annotations

import re

from collections.abc import Iterable

from ..names import NEWS_SURNAMES as SURNAMES
from .lexer import Token
from .world import PLACE_SUFFIXES, is_world_name

#: forms of address after a surname (刘师傅, 李大爷, 胡先生): a way to speak of
#: someone whose name the text does not give
ADDRESS_TERMS = frozenset({"师傅", "师父", "大爷", "大妈", "大娘", "大叔", "大婶", "大姐", "大哥", "阿姨", "阿婆",
                           "先生", "女士", "小姐", "老汉", "老伯", "奶奶", "爷爷", "婆婆", "嫂子", "老太", "老爷子",
                           "老太太", "老先生", "老人家", "太太"})
#: one-character abbreviations of countries and of China's provinces (中美, 巴中, 京津)
ABBREVIATIONS = frozenset("中美俄英法德日韩朝印巴欧非亚澳加意越泰老柬缅菲西丹蒙伊土叙"
                          "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁港台")
#: words after two abbreviations that make them two sides (中美友好, 韩日两国)
RELATION_WORDS = frozenset({"友好", "友谊", "关系", "合作", "两国", "双方", "建交", "贸易", "交往", "友好关系",
                            "经贸", "磋商", "对话", "谈判", "联合", "共同", "边境", "边界"})
#: kinds of settlement before a name that make it a place's (小镇桑某, 古城某某)
_SETTLEMENTS = frozenset({"小镇", "古镇", "城镇", "小城", "古城", "城市", "村庄", "山村", "小村", "村落", "港城"})
#: words after a list that say its items are places (罗马等6个城市, 广州、深圳等地)
_PLACE_KINDS = ("城市", "国家", "地区", "省份", "省区", "省市", "地", "国", "省", "市", "县", "区", "州", "镇", "乡",
                "村", "个城市", "个国家", "大城市", "城镇", "小镇", "村镇", "县城", "村庄")
#: what joins the last item of a list (广州、深圳和珠海)
_LAST_JOINS = ("和", "与", "及")
_QUOTES_OPEN = ("“", "‘", "「", "\"")
_QUOTES_CLOSE = ("”", "’", "」", "\"")


#: common parts of Tibetan names (Tashi, Tsering, Dolkar, Dawa, Lhamo, Norbu ...), each two
#: characters as Chinese writes them; a name of two of them has no surname (扎西次仁, 普布卓嘎)
TIBETAN_NAME_PARTS = frozenset({
    "扎西", "次仁", "卓嘎", "达瓦", "达哇", "拉姆", "央金", "曲珍", "平措", "旦增", "丹增", "顿珠", "多吉", "格桑",
    "尼玛", "巴桑", "普布", "次旦", "边巴", "德吉", "白玛", "罗布", "诺布", "索朗", "洛桑", "强巴", "措姆", "卓玛",
    "央宗", "群培", "江村", "益西", "贡布", "旺堆", "旺姆", "拉巴", "琼达", "仁增", "桑珠", "土登", "阿旺", "次珠",
    "米玛", "德庆", "晋美", "多杰", "泽仁", "泽旺", "才让", "仁青", "仁钦", "索南", "嘉措", "加措", "坚参", "拉珍",
    "玉珍", "央拉", "次央", "边珍", "巴珠", "邓珠", "登珠", "才仁", "嘎玛", "噶玛", "南杰", "朗杰", "旺久", "次仁",
})


def is_tibetan_name(word: str) -> bool:
    """Two parts of Tibetan names (索朗次仁, 旺堆顿珠): a name, though it opens with no surname."""
    return len(word) == 4 and word[:2] in TIBETAN_NAME_PARTS and word[2:] in TIBETAN_NAME_PARTS


def tibetan_shaped(word: str) -> bool:
    """Four characters with a part of Tibetan names at one end (次仁拉某, 某某南杰):
    a Tibetan name whose other part is less common, or one part alone; it opens with no surname."""
    return (len(word) == 4 and (word[:2] in TIBETAN_NAME_PARTS or word[2:] in TIBETAN_NAME_PARTS)
            or word in TIBETAN_NAME_PARTS)  # 顿珠, 卓玛: many Tibetans go by one part


#: a kinship word after a surname and a rank or age word (刘二嫂, 王老叔, 孙老头)
_RANKS = frozenset("大二三四五六七老小")
_KIN = frozenset("哥姐嫂叔婶伯爷爹娘妈头妹弟舅姑")
#: kinship characters children double to address an elder (妈妈, 叔叔, 爸爸, 姥姥)
_DOUBLED_KIN = frozenset("哥姐叔婶伯爷爹娘妈舅姑爸奶姥婆公")


#: kinship characters a surname alone takes to address an elder (李叔, 王姨, 张婶), a sibling's
#: (郝哥, 李姐, 王嫂) or a manager (刘总): forms of address, no names (李工 may be a name: 副主席张工)
_ELDERS = frozenset("叔婶姨伯哥姐嫂总")


def is_address_form(word: str) -> bool:
    """A surname and a form of address (刘师傅, 杨阿姨, 刘二嫂, 朱老爷子, 陈太太,
    and 陈太 as Hong Kong writes Mrs Chan, 李叔, 王姨), or a kinship word doubled
    as children speak (杨妈妈, 李叔叔, 王爸爸), not a name."""
    return (3 <= len(word) <= 4 and word[1:] in ADDRESS_TERMS or len(word) == 3 and word[1] in _RANKS and word[2] in _KIN
            or len(word) == 3 and word[1] == word[2] and word[1] in _DOUBLED_KIN and word[0] in SURNAMES
            or len(word) == 2 and word[1] == "太" and word[0] in SURNAMES
            or len(word) == 2 and word[1] in _ELDERS and word[0] in SURNAMES)


def pair_of_sides(tokens: list[Token], index: int) -> bool:
    """Are the two characters at ``index`` two sides (韩日 + 两国, 中美 +
    之间): abbreviations of countries or provinces before a word of relations?"""
    word = tokens[index][0]
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return (len(word) == 2 and all(c in ABBREVIATIONS for c in word)
            and (following in RELATION_WORDS or following == "之间"))


def after_a_settlement(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the name of a town or a village, right after
    the kind of settlement (法国小镇某某, 古城某某)? A person is never so introduced."""
    return index > 0 and tokens[index - 1][0] in _SETTLEMENTS or in_dateline(tokens, index)


#: the agencies and papers that open a dateline (本报某地2月1日电, 新华社某地电)
_DATELINE_SOURCES = ("本报", "新华社", "中新社", "人民网", "新华网", "央视网")


def in_dateline(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the city of a dateline (本报某某2月10日电, 新华社某某电)?
    A place, wherever else the article names it."""
    if index == 0 or not tokens[index - 1][0].endswith(_DATELINE_SOURCES):
        return False
    rest = [word for word, _ in tokens[index + 1:index + 3]]
    return rest[:1] == ["电"] or len(rest) == 2 and rest[0][-1:] == "日" and rest[1] == "电"


def in_book_title(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` inside 《…》 (the title of a work: 《鹬·蚌·鱼》,
    《李尔王》)? A name there names a work, not a person of the news."""
    for k in range(index - 1, -1, -1):
        word = tokens[k][0]
        if "》" in word:
            return False
        if "《" in word:
            return True
    return False


def quoted_alone(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the whole of a quotation (“瓦吉瓦”, a term or a
    nickname)? A person is named in running text, not quoted."""
    return (0 < index < len(tokens) - 1 and tokens[index - 1][0] in _QUOTES_OPEN
            and tokens[index + 1][0] in _QUOTES_CLOSE)


def in_place_list(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` an item of a list of places: a list joined by
    、 (its last item maybe by 和) whose one-word items are mostly places, or
    that closes with 等 and a kind of place (维罗纳、帕多瓦、米兰等5个城市)?"""
    first = index
    if first >= 2 and tokens[first - 1][0] in _LAST_JOINS and first >= 4 and tokens[first - 3][0] == "、":
        first -= 2  # 塔什干、撒马尔罕和 + 某某: the last item
    while first >= 2 and tokens[first - 1][0] == "、":
        first -= 2
    last = index
    while last + 2 < len(tokens) and tokens[last + 1][0] == "、":
        last += 2
    if last != index and last + 2 < len(tokens) and tokens[last + 1][0] in _LAST_JOINS:
        last += 2
    if first == last:
        return False
    tags = [tokens[k][1] for k in range(first, last + 1, 2)]
    return tags.count("LOC") > tags.count("PER") or _closed_by_a_kind_of_place(tokens, last + 1)


def _closed_by_a_kind_of_place(tokens: list[Token], start: int) -> bool:
    """Does 等 (and a number) and a kind of place that ends its phrase stand at
    ``start`` (等6个城市演出; not 等国家领导人), or a number and a kind of place
    without 等 (某县、某县4个县城: the count sums the list up)?"""
    if start >= len(tokens) or tokens[start][0] != "等" and tokens[start][1] != "m":
        return False
    k = start + 1 if tokens[start][0] == "等" else start
    while k < len(tokens) and tokens[k][1] in ("m", "q"):
        k += 1
    if k >= len(tokens) or tokens[k][0] not in _PLACE_KINDS and not (
            tokens[k - 1][1] == "m" and tokens[k - 1][0] + tokens[k][0] in _PLACE_KINDS):
        return False
    return k + 1 >= len(tokens) or tokens[k + 1][1] not in ("n", "nz", "nw", "PER", "ORG")


#: words after which a name is a city's (首都阿布贾)
_SEATS = frozenset({"首都", "首府", "省会", "州府"})


def after_a_seat(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the name of a capital (首都阿布贾)?"""
    return index > 0 and tokens[index - 1][0] in _SEATS


def place_fronts(place_words: Iterable[str], names: Iterable[str]) -> dict[str, int]:
    """How often each name opens a longer place word of the article that ends
    in a place suffix or is a country or city (杜寨 of 杜寨村, 苏伊士 of 苏伊士运河,
    毛里 of 毛里求斯; not 吴某 of 吴某中医诊所)."""
    words = list(place_words)
    return {name: sum(1 for w in words if len(w) > len(name) and w.startswith(name)
                      and (w.endswith(PLACE_SUFFIXES) or is_world_name(w))) for name in names}


#: measure words that count kinds of things (4种药品, 3类产品, 5款游戏), never people
_KIND_MEASURES = ("种", "类", "款", "项", "件", "味")


def in_list_of_kinds(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` an item of a bracketed list right after a count
    of kinds of things (4种药品（某某胞苷、安罗替尼、…）)? The items are those
    things, whatever LAC made of them; people are counted by 名, 位, 人."""
    k = index
    while k > 0 and (tokens[k - 1][0] == "、" or tokens[k - 1][1] in ("PER", "nz", "n")):
        k -= 1
    return (k >= 3 and k < index + 1 and tokens[k - 1][0] in ("（", "(") and tokens[k - 2][1] == "n"
            and tokens[k - 3][1] == "m" and tokens[k - 3][0].endswith(_KIND_MEASURES))


#: measure words that count bodies and works (5家企业, 3所大学, 2部电影), never people
_BODY_MEASURES = _KIND_MEASURES + ("家", "所", "座", "部", "首", "本", "篇")
#: the most tokens one item of such a list may hold (钱某/PER + 康复/v), and the most tokens the list may run
_ITEM_TOKENS = 3
_LIST_TOKENS = 16


def in_counted_list(tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` an item of a 、 list closed by 等 and a count of
    bodies or works (大全、法某胜、钱某康复等5家企业)? The items are what the
    count counts, whatever LAC made of them; people are counted by 名, 位, 人."""
    if not (index > 0 and tokens[index - 1][0] == "、" or index + 1 < len(tokens) and tokens[index + 1][0] == "、"):
        return False
    k, item = index + 1, 1
    while k < len(tokens) and k - index < _LIST_TOKENS and tokens[k][0] != "等":
        if tokens[k][0] == "、":
            item = 0
        elif tokens[k][1] == "w" or item >= _ITEM_TOKENS:
            return False
        else:
            item += 1
        k += 1
    return (k + 1 < len(tokens) and tokens[k][0] == "等" and tokens[k + 1][1] == "m"
            and tokens[k + 1][0].endswith(_BODY_MEASURES))


#: dynasties whose one character opens a date by reign (明 + 永乐 + 初, 唐 + 开元 + 年间)
_DYNASTIES = frozenset("汉晋宋齐梁陈隋唐元明清秦魏周")
#: what follows a reign's name in such a date: its early, middle or late years, a year's count
_REIGN_DATE = re.compile(r"^(?:[初中末]|年间|年|[元一二三四五六七八九十廿]+年)")


def dated_by_reign(tokens: list[Token], index: int) -> bool:
    """Is the name-shaped word at ``index`` a dynasty and a reign (明 + 某乐 +
    初, 清 + 某熙 + 三十二年, 唐 + 某元 + 年间)? Three characters, the first a
    dynasty's, then the reign's early, middle or late years or a year by its
    count: a date, not a person."""
    word = tokens[index][0]
    after = "".join(w for w, _ in tokens[index + 1:index + 3])
    # 唐文宗 + 年间: a sovereign's temple name (宗, 帝, 祖) names the man, his years follow him
    return len(word) == 3 and word[0] in _DYNASTIES and word[-1] not in "宗帝祖" and bool(_REIGN_DATE.match(after))


#: digits and the large numerals written after them (720万, 3亿)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_LARGE_NUMERALS = frozenset("万亿千百")


def after_a_number(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` written right after a number (720万 + 雷亚尔,
    1 + 雷亚尔)? A word that a number counts is a unit (a currency, a measure),
    never a person: people are counted with a measure word between (3名选手)."""
    if index == 0:
        return False
    before = tokens[index - 1][0].rstrip()
    if not before or before != tokens[index - 1][0]:
        return False  # a space: a byline's number or a list's, not a count
    if tokens[index][0][0] == "于" and len(tokens[index][0]) == 2 and (
            len(before) == 1 and tokens[index - 1][1] == "v" or before.endswith("之")):
        return True  # 生 + 于斯, 取之 + 于农: the preposition after a verb, not the surname 于
    if len(before) >= 2 and before[-2] == "一" and before[-1] == tokens[index][0][0]:
        return True  # 一张 + 张某桑 of 一张张沧桑: a measure word doubled (一张张, 一个个) opens the word
    return before[-1] in _DIGITS or len(before) >= 2 and before[-1] in _LARGE_NUMERALS and before[-2] in _DIGITS
