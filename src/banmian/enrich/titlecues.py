"""Cues of the title grammar (:mod:`.titles`) found in issue 11's thirteenth
pass: a quoted honour before a name, names an appointing verb lists before
the one title they take, and a word of a title LAC cut into characters."""

from __future__ import annotations

import re

from .lexer import Token
from .titlehead import COUNTED, HEAD_SET, TITLE_TAGS, is_title
from .titlewords import APPOINTING


def cut_into_characters(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` a single character LAC read as an adverb, a verb or an
    adjective, between a place, body or noun and another single character it
    read as a noun (驻某国/LOC + 特/d + 命/n + 全权大使)? LAC cut a word it did
    not know into characters; the two belong together, inside the title."""
    word, tag = tokens[k]
    return (tag in ("d", "v", "a") and len(word) == 1 and 0 < k < len(tokens) - 1
            and tokens[k - 1][1] in ("LOC", "ORG", "n", "nz") and len(tokens[k + 1][0]) == 1
            and tokens[k + 1][1] in ("n", "nz"))


#: what may stand between names listed after an appointing verb: the sex in brackets and list marks
_APPOINTED_LIST_WORDS = frozenset({"、", "和", "（", "）", "(", ")", "女", "男"})
#: the most words a list of appointed names may hold (13 names with their sex marks)
_APPOINTED_LIST_LONGEST = 60


def appointed_as(tokens: list[Token], index: int) -> int:
    """Where the title starts when the name at ``index`` is one of the names an
    appointing verb lists before 为 (任命赵某（女）、钱某、孙某为某法院审判员):
    the title after 为 is each listed name's, as a title before a list is each
    name's. 0 when the name is not so appointed."""
    start = index
    while start > 0 and index - start < _APPOINTED_LIST_LONGEST and (
            tokens[start - 1][1] == "PER" or tokens[start - 1][0] in _APPOINTED_LIST_WORDS):
        start -= 1
    if start == 0 or tokens[start - 1][0] not in APPOINTING:
        return 0
    end = index + 1
    while end < len(tokens) and end - index < _APPOINTED_LIST_LONGEST and (
            tokens[end][1] == "PER" or tokens[end][0] in _APPOINTED_LIST_WORDS):
        end += 1
    return end + 1 if end + 1 < len(tokens) and tokens[end][0] == "为" else 0


#: the longest quoted honour before a name (“杂交水稻之父”, “时代楷模”)
_HONOUR_LONGEST = 12
#: what a quoted honour ends in: a noun (楷模, 之父), a term or a nickname read as a name (“拼命黄郎”)
_HONOUR_END_TAGS = frozenset({"n", "nz", "nw", "PER"})


def quoted_honour(tokens: list[Token], index: int) -> list[str]:
    """A quoted noun phrase right before the name (“杂交水稻之父”柯文明, “时代楷模”
    柯武明): an honour the text gives the person, kept with its quotes. Not a
    quotation that is a sentence (a mark inside: “到了！”柯文明说), nor one
    that ends in a verb or an adjective."""
    if index < 3 or tokens[index - 1][0] != "”":
        return []
    start = index - 2
    while start >= 0 and tokens[start][0] != "“" and index - start <= _HONOUR_LONGEST:
        if tokens[start][1] == "w":
            return []
        start -= 1
    if start < 0 or tokens[start][0] != "“" or tokens[index - 2][1] not in _HONOUR_END_TAGS:
        return []
    if start + 2 == index - 1 and tokens[start + 1][1] == "PER" or tokens[index][0][-1] in _PLACE_WORD_ENDINGS:
        return []  # “功夫熊猫”阿宝: a character's name; 在“杂学”涵泳中: a place word, not a name
    if tokens[start + 1][1] == "TIME":
        return []  # “当代柯公”: a likeness to a figure of another time (the modern-day X), no honour
    before = tokens[start - 1] if start else ("", "w")
    if before[1] in ("a", "p", "u"):
        return []  # 资深“驴友”, 走在“…乡村”, 曾经的“仪表人”: the quote is a word of the clause, not an honour
    text = "“" + "".join(w for w, _ in tokens[start + 1:index - 1]) + "”"
    if before[1] == "m" and _GENERATION_ORDINAL.match(before[0]):
        text = before[0] + text  # 第五代“花儿某”: the generation is the honour's
    return [text] if 4 <= len(text) <= _HONOUR_LONGEST + 2 else []


def quote_opened_before(tokens: list[Token], start: int, end: int) -> int:
    """Where the quote opens whose closing mark ends the title run ``tokens[start:end]``
    right before a name, when the run started inside the quote (“献身/v + 某某事业 +
    杰出科学家”某某: the grammar stopped at the verb); -1 when it did not, or when
    a mark inside says the quote is a sentence. The quote bounds the honour."""
    if end - start < 2 or tokens[end - 1][0] != "”" or any(w == "“" for w, _ in tokens[start:end]):
        return -1
    k = start - 1
    while k >= 0 and end - k <= _HONOUR_LONGEST + 2 and tokens[k][0] != "“":
        if tokens[k][1] == "w":
            return -1
        k -= 1
    return k if k >= 0 and tokens[k][0] == "“" and k < start - 1 else -1


#: marks and conjunctions between the names of a list
_LIST_JOINS = ("、", "和", "及", "与")
#: the most tokens of a title after a counted list (副/a + 委员长; 全国人大 + 代表)
_COUNTED_TITLE_LONGEST = 6


def counted_list_title(tokens: list[Token], index: int) -> list[str]:
    """The title after a list of names and their count (曹某、吉某、武某 + 三位 +
    副委员长 + 带队): the count says the names are so many of that title, so
    each name has it. Not after 等 (A、B等 + title: some of a larger group)."""
    k = index + 1
    while k + 1 < len(tokens) and tokens[k][0] in _LIST_JOINS and tokens[k + 1][1] == "PER":
        k += 2
    listed = k > index + 1 or index >= 2 and tokens[index - 1][0] in _LIST_JOINS and tokens[index - 2][1] == "PER"
    if not listed or k >= len(tokens) or tokens[k][1] != "m" or not COUNTED.match(tokens[k][0]):
        return []
    end = k + 1
    while end < len(tokens) and end - k <= _COUNTED_TITLE_LONGEST and (
            tokens[end][1] in TITLE_TAGS or tokens[end][0] in HEAD_SET):
        end += 1
    title = "".join(word for word, _ in tokens[k + 1:end])
    return [title] if end > k + 1 and is_title(title) else []


#: an ordinal generation before a quoted honour (第五代“花儿金”)
_GENERATION_ORDINAL = re.compile(r"^第[一二三四五六七八九十0-9]+代$")
#: the last characters of place and time words (中, 里, 上): a word ending so after a quote is none of its names
_PLACE_WORD_ENDINGS = frozenset("时后前里中上下间内外")


#: ranks that open a head and that LAC reads as adjectives or adverbs (副总 + 编辑, 副 + 台长)
_RANK_PREFIXES = frozenset({"副", "总", "副总", "常务", "执行"})


def rank_read_as_adjective(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` a rank LAC read as an adjective or an adverb right
    before a noun of the title (人民日报社 + 副总/a + 编辑, 工程 + 副总/a + 指挥)?"""
    word, tag = tokens[k]
    return tag in ("a", "d") and word in _RANK_PREFIXES and k < end - 1 and tokens[k + 1][1] == "n"


def delegate_after(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` 代表 as a noun right after a name, before a mark or a
    verb (来自某村的某某代表，畅谈…; 某某代表带来…)? The delegate the person is;
    before an object (某某代表公司) it is the verb, which LAC tags so."""
    following = tokens[k + 1][1] if k + 1 < len(tokens) else "w"
    return tokens[k] == ("代表", "n") and following in ("w", "v")


#: words of a move to the place where a post is taken (某某到某村任第一书记)
_MOVES = frozenset({"到", "赴", "来到", "调到", "派驻到", "下派到", "回到"})
#: verbs that take the post after the move
_POST_VERBS = frozenset({"任", "担任"})
#: the most words the place or body of the move may be cut into (某县/LOC + 某局/ORG; 某省 + 某市 + 某村: a chain of divisions)
_MOVE_PLACE_WORDS = 4


def post_after_move(tokens: list[Token], k: int) -> int:
    """Where the post starts when the words from ``k`` tell a move to a place or
    a body and the post taken there (到某村任第一书记, 去年7月到某村担任第一书记,
    转岗到某区纪委，任某室主任): the post is the title of the name the clause
    follows. 0 when the words are no such move."""
    if k < len(tokens) and tokens[k][1] == "TIME":
        k += 1  # 去年7月 + 到
    if k + 1 < len(tokens) and tokens[k][1] == "v" and tokens[k][0] not in _MOVES and tokens[k + 1][0] in _MOVES:
        k += 1  # 转岗 + 到
    if k >= len(tokens) or tokens[k][0] not in _MOVES:
        return 0
    k += 1
    place_words = 0
    while k < len(tokens) and tokens[k][1] in ("LOC", "ORG") and place_words < _MOVE_PLACE_WORDS:
        k += 1
        place_words += 1
    if not place_words:
        return 0
    if k < len(tokens) and tokens[k][0] in ("，", ","):
        k += 1
    return k + 1 if k + 1 < len(tokens) and tokens[k][0] in _POST_VERBS else 0


#: the most words between a copula and the 的 whose title follows (是 + 安徽某市人民医院 + 针灸 + 理疗科 + 的)
_WHOSE_LONGEST = 8
#: what names the body or the place a title after 的 belongs to (某医院, 某地, 工地实验室)
_WHOSE_TAGS = frozenset({"ORG", "LOC", "n", "nz", "s", "m", "q", "f", "vn", "a", "b", "j"})


#: adverbs of a past state before the copula (原是, 曾是, 生前是): a former occupation, not the convention's shape
_PAST_STATE = frozenset({"原", "曾", "曾经", "生前"})


def _named_body(tokens: list[Token], k: int, copula: int) -> bool:
    """A person's name inside a body's, after a place (某市 + 乔纳森·格兰特/PER + 高中):
    the school or the foundation named after someone, not a person of the clause."""
    return (tokens[k][1] == "PER" and k > copula + 1 and tokens[k - 1][1] in ("LOC", "ORG") and k + 1 < len(tokens)
            and tokens[k + 1][1] in ("n", "nz", "ORG"))


def title_after_whose(tokens: list[Token], name: int, copula: int) -> int:
    """Where the title starts in ``name + 是 + …的 + title`` (某某是某医院理疗科的医生,
    某某是江城一家面馆的店主): the words before 的 say where the person
    works, and the title is what follows the 的 (the conventions since dev10:
    袭某是某车间的一名维修工 -> 维修工). 0 when the words before 的 name no
    body: a pronoun (是我的学生: a relation), a place alone (是村里的, 是某区的
    居民: where one lives), a name, a mark or a verb; and after a past state
    (某某原是某学校的老师: the convention reads ``name + 是`` only)."""
    if any(word in _PAST_STATE for word, _ in tokens[name + 1:copula]):
        return 0
    if copula + 3 < len(tokens) and tokens[copula + 1][1] == "a" and tokens[copula + 2][0] == "的":
        return copula + 3  # 某某是 + 有名/a + 的 + 乡土专家: an adjective of the person, the title after the 的
    k = copula + 1
    while k < len(tokens) and k - copula <= _WHOSE_LONGEST and (
            tokens[k][1] in _WHOSE_TAGS or _named_body(tokens, k, copula) or _degree_before_adjective(tokens, k)):
        k += 1
    # not a place alone (村里的, 某区的居民); a count says a role follows (是 + 某市 + 一名 + 普通 + 的 + 职工)
    has_body = any(tag in ("ORG", "n", "nz") or COUNTED.match(word) for word, tag in tokens[copula + 1:k])
    # 是 + 当地 + 有名 + 的 + 种粮大户: an adjective right before 的 describes the person, and the place before it
    # says where the person is known, not only where they live (是某区的居民 stays without a title)
    known_for = k > copula + 1 and tokens[k - 1][1] == "a"
    return k + 1 if (has_body or known_for) and k + 1 < len(tokens) and tokens[k][0] == "的" else 0


def _degree_before_adjective(tokens: list[Token], k: int) -> bool:
    """A degree adverb before an adjective that describes the person (某团 + 最 +
    年轻 + 的 + 演员): part of the words before 的, as the adjective is."""
    return tokens[k][1] == "d" and len(tokens[k][0]) <= 2 and k + 1 < len(tokens) and tokens[k + 1][1] == "a"


#: closing quotes: a quoted subject ends before them
_CLOSING_QUOTES = ("”", "’")


def copula_after_quote(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` 系 right after a closing quote (所谓“某事”系…)? Then it
    is the copula after a quoted subject: a school's department (某大学数学系)
    follows its field, never a quote."""
    return k >= 1 and tokens[k][0] == "系" and tokens[k - 1][0] in _CLOSING_QUOTES


#: verbs whose object may be the subject of a verb after it (邀请专家某某讲课, 看到志愿者某某在…): pivots and
#: verbs of perceiving, wishing and thanking; before a role and a name they act on the person
_PIVOT_VERBS = frozenset({"邀请", "组织", "带领", "率领", "派遣", "安排", "鼓励", "号召", "要求", "动员", "帮助", "支持",
                          "推荐", "选派", "委托", "指导", "引导", "督促", "陪同", "欢迎", "聘请", "培养", "教育", "看到",
                          "看见", "听到", "听说", "发现", "希望", "祝愿", "感谢", "祝贺", "表扬", "批评", "提醒", "通知",
                          "告诉", "允许", "迎接", "吸引", "促使", "带动", "协助", "陪伴", "跟随", "随同", "护送", "目睹",
                          "看望", "慰问", "走访", "探望", "会见", "接见", "采访", "询问", "请求", "建议", "让", "请"})
#: what may open the predicate after a name that is its clause's subject (说, 正在, 在)
_PREDICATE_OPENING_TAGS = frozenset({"v", "d", "p"})


def duty_verb_front(tokens: list[Token], start: int, end: int) -> bool:
    """Is the two-character verb right before a bare head the title's first
    word: it opens its clause, no pivot verb (whose object may act: 邀请 + 专家 +
    某某 + 讲课) nor one of holding an office, and the name after the head
    opens the predicate as its subject (。带班/v + 科长 + 某某 + 说; ，值班/v +
    员工 + 某某 + 打着)? A verb with no subject before it cannot be the clause's
    own; with the head it tells the person's duty. Not before 所 (正如 + 某某 +
    所述: as X says)."""
    k = start - 1
    if k < 0 or start >= end or end + 1 >= len(tokens):
        return False
    word, tag = tokens[k]
    if (tag != "v" or len(word) != 2 or word in _PIVOT_VERBS or word.endswith(_HOLDING) or start != end - 1
            or k > 0 and tokens[k - 1][0] not in _CLAUSE_OPENERS):
        return False  # 时任 + 指导员: the office held, no duty; 包括 + 某国 + 总统: a body before the head, the verb's object
    following, following_tag = tokens[end + 1]
    return (following_tag in _PREDICATE_OPENING_TAGS and not following.startswith("所") and tokens[end][1] == "PER"
            and (tokens[start][0] in HEAD_SET or is_title(tokens[start][0])))


#: the ending of verbs of holding an office (时任, 现任, 曾任, 担任): before a bare head they state the office
_HOLDING = "任"
#: marks after which a clause opens (not a quote or a bracket, which a quotation or a note opens)
_CLAUSE_OPENERS = frozenset({"，", "。", "；", "：", "！", "？", "”", ",", ";", ":"})
