"""Mending LAC's reading of names before people are looked for: names cut
short (金冲 + 及), glued to the next word (王战说, 谢某文任), split at a dot
(艾力更 · 依明巴海) or in three (次旦 + 搭 + 杰), read as a place after a title
(科罗廖夫/LOC), or a surname LAC read as a verb (镇长 + 谈 + 庆雷).

Kept apart from :mod:`.people` (which finds the people and their titles in
the mended tokens); the repairs of dotted names are :mod:`.foreignnames`',
the trims of what LAC glued to a name :mod:`.nametrims`'.
"""

from __future__ import annotations

import re
from operator import itemgetter

# DOTS, SPEECH, AFTER_NAME and COPULA_CHARS live in .nameshapes; other modules import them from here too

from ..names import COMMON_SURNAMES, NEWS_SURNAMES as _SURNAMES
from .foreignnames import PERSON_NOUN_ENDS as _PERSON_NOUN_ENDS, merge_foreign_names
from .lexer import Token, has_tag
from .namelists import NOT_NAME_ENDINGS as _NOT_NAME_ENDINGS
from .nameends import name_ends_apart
from .namelists import mend_name_lists
from .han_chars import HAN_NAME, HAN_PART
from .nameshapes import (AFTER_NAME, COPULA_CHARS, DOTS, SPEECH, TRANSLITERATION, end_item_of_name_list,
                         married_surname_glued_to_head, transliterated_tail)
from .nametrims import home_apart, join_tibetan_names, quotes, spaces_apart, speaker_recut, trim_name_endings
from .rosters import roster_name_end
from .titlefronts import title_read_as_name, two_sides_body, whole_cut_places
from .titles import HEAD_ENDINGS, HEADS, PLAYER_RANK, POSTFIX_HEADS, is_title
from .titlewords import APPOINTING

_WORD_OF = itemgetter(0)
#: white space, the characters str.strip removes (str.isspace's)
_WHITE_SPACE = re.compile(r"\s")

_HEAD_WORDS = frozenset(HEADS) | POSTFIX_HEADS
#: tags LAC gives a whole name it did not know as one (宣传司司长 + 续梅/v + 介绍)
_MISREAD_NAME_TAGS = frozenset({"v", "nz", "a", "ad", "an"})
#: one-character verbs of going to or addressing a person, which LAC may glue to the head after them
_VISITING_VERBS = frozenset("去来到找看帮陪给问请让叫向对跟")
#: one-character conjunctions that may end a name LAC cut (金冲及, 魏凤和)
_CONJUNCTIONS = frozenset("同与及跟和")


def repair_names(tokens: list[Token]) -> list[Token]:
    """Mend the names LAC tags wrongly, from the shape of the sentence:

    * an untagged item between names in a list is a name (刘奇葆、苏辉、郑建邦);
    * a head glued to a surname (主席赛 + 宋蓬) gives the surname back, and a
      surname read as a word of its own after a title joins the name (镇长 谈 庆雷);
    * a transliterated tail joins its name (艾达尔 + 别科夫);
    * 2-3 characters between a title and a speech verb are a name
      (证监会主席 + 易会满 + 表示), and so is a transliteration LAC read as a
      place there (海军总司令 + 科罗廖夫/LOC + 11日 + 说);
    * a name, one character and a one-character name are one name (次旦 + 搭 + 杰).
    """
    out = mend_name_lists(list(tokens))
    # both list rules below need a 、 beside the word: a sentence without one skips the scan
    for i in (range(len(out)) if "、" in map(_WORD_OF, out) else ()):
        word, tag = out[i]
        if (tag != "PER" and 2 <= i < len(out) - 2 and out[i - 1][0] == "、" and out[i + 1][0] == "、"
                and out[i - 2][1] == "PER" and out[i + 2][1] == "PER" and HAN_NAME.fullmatch(word)
                and len(word) <= 4):
            out[i] = (word, "PER")
        elif tag != "PER" and end_item_of_name_list(out, i):
            out[i] = (word, "PER")  # 搭档张某/PER、周旋/v，: the list's last item; 白鸽/n、郭某某/PER等: its first
    mended: list[Token] = []
    i, count = 0, len(out)  # out stays as it is below: its length and each word's are read once
    while i < count:
        word, tag = out[i]
        size = len(word)
        following = out[i + 1] if i + 1 < count else ("", "")
        if (tag != "PER" and following[1] != "PER" and (size == 1 or tag == "w")
                and word.rstrip("”’")[-1:] not in HEAD_ENDINGS and not (
                    tag == "p" and len(following[0]) == 2 and i + 2 < count and out[i + 2][0] in SPEECH)):
            mended.append((word, tag))  # a particle or a mark before no name: no rule below can fire
            i += 1
            continue
        if ((size == 2 or size > 7) and tag != "PER" and following[1] != "PER" and word[0] != "兼"
                and not (i and (out[i - 1][0] in ("”", "’") or tag in _BODY_TAGS and (
                    word[0] in _SURNAMES or following[0] == "为")))
                and not (i + 2 < count and (out[i + 2][0] in SPEECH or i + 3 < count and (
                    out[i + 3][0] in SPEECH or i + 4 < count and out[i + 4][0] in SPEECH)))
                and not PLAYER_RANK.match(following[0])):
            # a word of two characters (or more than seven) before no name, after no quotation, not shaped as
            # a name and no speech verb two to four words on: what each rule below asks first fails
            mended.append((word, tag))
            i += 1
            continue
        if (tag != "PER" and following[1] == "PER" and len(following[0]) >= 2 and size >= 3
                and (word[-1] in _SURNAMES and len(following[0]) == 2
                     or word[-1] in TRANSLITERATION and all(c in TRANSLITERATION for c in following[0][-1:]))
                and is_title(word[:-1]) and not is_title(word, agent_nouns=False)):
            mended += [(word[:-1], tag), (word[-1] + following[0], "PER")]
            i += 2
            continue
        if following[1] == "PER" and married_surname_glued_to_head(word, tag, following, mended):  # (it asks so first)
            mended += [(word[0], "n"), (word[1] + following[0], "PER")]  # 行政长 + 官林 + 郑某娥: 林郑某娥
            i += 2
            continue
        after = out[i + 2] if i + 2 < count else ("", "w")
        if tag not in ("PER", "w") and 2 <= size <= 5 and PLAYER_RANK.match(following[0]) and HAN_PART.fullmatch(word) and mended and (
                is_title(mended[-1][0]) or mended[-1][0] in ("和", "、") and len(mended) >= 2 and PLAYER_RANK.match(mended[-2][0])):
            mended.append((word, "PER"))  # 某国棋手 + 万波某某/ORG + 四段 + 和 + 佃某某/v + 五段: a player before a rank
            i += 1
            continue
        if i and out[i - 1][0] in ("”", "’") and _speaker_after_a_quote(out, i):  # its cheapest test first
            mended.append((word, "PER"))  # ”高某/n + 说 + 。: who said what the quotation held
            i += 1
            continue
        if tag in _BODY_TAGS and 2 <= size <= 3 and _name_read_as_a_body(out, i):
            mended.append((word, "PER"))  # 任命 + 蒙永山/LOC + 为, 烈士 + 谢国桥/LOC + 只有
            i += 1
            continue
        glued = _name_glued_to_head(word, tag, following, after) if 3 <= size <= 7 else []
        if not glued and tag == "PER" and mended and mended[-1][1] == "ORG":
            glued = _head_glued_to_name(word, following)
        if glued:
            mended += glued
            i += 2 if len(glued[-1][0]) > size - len(glued[0][0]) else 1
            continue
        if (tag == "PER" and size == 1 and following[1] not in ("w", "PER")
                and 1 <= len(following[0]) <= 2 and HAN_PART.fullmatch(following[0]) and mended
                and (word in _SURNAMES or _rare_surname_spoken(mended[-1], following, after))
                and (is_title(mended[-1][0]) and (after[1] == "w" or after[0] in SPEECH)
                     or _given_name_read_as_noun(mended[-1], following, after))):
            mended.append((word + following[0], "PER"))  # 专家 + 金/PER + 冲及 + ，: the surname alone was tagged
            i += 2
            continue
        if ((tag == "v" and word not in AFTER_NAME or tag == "d" or tag == "p" and following[0][:1] not in COMMON_SURNAMES)
                and size == 1 and word in _SURNAMES and following[1] == "PER"
                and len(following[0]) == 2 and mended and is_title(mended[-1][0])):
            # 镇长 + 谈 + 庆雷, 馆长 + 曾/d + 某辉: a surname LAC read as a verb or an adverb (an adverb comes
            # before a verb, never before a name); 村支书 + 向/p + 国某: a preposition before two characters
            # no common surname opens (书记 + 向/p + 李某 + 汇报 keeps the preposition: 李 opens a name)
            mended.append((word + following[0], "PER"))
            i += 2
            continue
        if (tag == "p" and size == 1 and word in _SURNAMES and following[1] in _GIVEN_READ_AS and len(following[0]) == 2
                and following[0][0] not in COMMON_SURNAMES and following[0][-1] not in _SPOT_ENDINGS
                and mended and is_title(mended[-1][0]) and after[0] in SPEECH):
            mended.append((word + following[0], "PER"))  # 居民 + 于/p + 某芬/v + 说: the speaker between a title and 说
            i += 2
            continue
        if (tag == "p" and size == 3 and word[0] in _SURNAMES and word[1] not in COMMON_SURNAMES
                and mended and is_title(mended[-1][0]) and following[0] in SPEECH):
            mended.append((word, "PER"))  # 居民 + 于某梅/p + 说: no preposition has three characters
            i += 1
            continue
        if (tag == "PER" and following[1] not in ("w", "PER", "TIME", "m", "p", "c", "u") and following[0]
                and len(following[0]) <= 4 and all(c in TRANSLITERATION for c in following[0])
                and all(c in TRANSLITERATION for c in word)):
            joined, i = word + following[0], i + 2
            if len(following[0]) == 1 and transliterated_tail(out[i] if i < count else ("", "w"), len(joined)):
                joined, i = joined + out[i][0], i + 1  # 某达尔/PER + 别/d + 科夫/n: LAC cut the tail in two
            mended.append((joined, "PER"))
            continue
        if (tag == "PER" and size >= 2 and len(following[0]) == 1 and following[1] != "w"
                and HAN_PART.fullmatch(following[0]) and following[0] not in AFTER_NAME
                and after[1] == "PER" and len(after[0]) == 1 and size + 2 <= 5):
            mended.append((word + following[0] + after[0], "PER"))  # 桑旦/PER + 搭/v + 杰/PER: one name in three
            i += 3
            continue
        if (tag == "PER" and size == 2 and word[0] in _SURNAMES and following[1] == "f" and len(following[0]) == 1
                and following[0] in _GIVEN_LOCATIVES and (after[0] in SPEECH or after[0] in _COPULA_WORDS)):
            mended.append((word + following[0], "PER"))  # 陈光/PER + 中/f + 担任: the name's last character
            i += 2
            continue
        if (tag == "v" and 3 <= size <= 5 and following[1] == "PER" and is_title(word[1:], agent_nouns=False)
                and word[0] in _VISITING_VERBS):
            mended += [(word[0], "v"), (word[1:], "n")]  # 去贫困户/v + 欧某某: a verb glued to the head before a name
            i += 1
            continue
        if (word[0] == "兼" and (2 <= size <= 3 or size <= _LONGEST_CHAINED_BODY and word.endswith(_CHAINED_BODIES))
                and tag in ("v", "vn") and mended and is_title(mended[-1][0])
                and following[1] in ("n", "nz", "ORG", "LOC")):
            mended += [("兼", "c"), (word[1:], "n")]  # 副秘书长 + 兼开发/v + 计划署署长: 兼 chains the next title
            i += 1
            continue
        if tag == "PER" and size >= 3 and (word[-1] + following[0]) in _HEAD_WORDS:
            mended += [(word[:-1], "PER"), (word[-1] + following[0], "n")]  # 穆罕默德王 + 储
            i += 2
            continue
        if (tag in _MISREAD_FOREIGN_TAGS and (following[0] in SPEECH or following[1] == "TIME" and after[0] in SPEECH)
                and _foreign_shaped(word) and mended and is_title(mended[-1][0])):
            mended.append((word, "PER"))  # 海军总司令 + 科罗廖夫/LOC + 11日 + 说: a name read as a place
            i += 1
            continue
        if (tag != "PER" and i + 2 < count  # its cheapest test first: a speech verb two to four words on
                and (out[i + 2][0] in SPEECH or i + 3 < count and (
                    out[i + 3][0] in SPEECH or i + 4 < count and out[i + 4][0] in SPEECH)) and is_title(word)
                and not (word in POSTFIX_HEADS and mended and mended[-1][1] == "PER")):  # 习某主席 + 应邀 + 出席
            span, j = "", i + 1
            while (j < count and out[j][1] not in ("w", "PER", "u", "p", "c", "TIME") and len(span) < 3
                   and out[j][0] not in SPEECH):
                span += out[j][0]
                j += 1
            if (j < count and _speaks_at(out, j) and 2 <= len(span) <= 3
                    and (j - i - 1 >= 2 or out[i + 1][1] in _MISREAD_NAME_TAGS
                         or out[i + 1][1] == "n" and span[-1] not in _COLLECTIVE_ENDINGS)  # 发言人 + 高峰/n + 表示
                    and span[0] in _SURNAMES and HAN_PART.fullmatch(span)
                    and span[-1] not in _NOT_NAME_ENDINGS and not is_title(span, agent_nouns=False)):
                mended += [(word, tag), (span, "PER")]
                i = j
                continue
        mended.append((word, tag))
        i += 1
    return mended


#: how a body LAC glued to 兼 ends (某集团总裁 + 兼某博物馆/v + 馆长): the body of the chain's next title
_CHAINED_BODIES = tuple("馆院局部厅委署办所会校") + ("中心", "公司", "集团", "大学", "协会")
_LONGEST_CHAINED_BODY = 9
#: last characters of words for groups and bodies (成员 + 单位 + 表示): a noun with one is no name
_COLLECTIVE_ENDINGS = frozenset("位部局处会所院队组方界们")
#: locative characters that end given names too (陈光中, 史前进): LAC cuts them off as 中/f, 前/f
_GIVEN_LOCATIVES = frozenset("中前东西南北")
#: copulas after which a locative word cannot stand: the character before them ends the name
_COPULA_WORDS = frozenset({"担任", "是", "系", "任", "曾任", "现任"})
#: tags of the words a name LAC read as a body may carry (see _name_read_as_a_body)
_BODY_TAGS = frozenset({"ORG", "LOC", "n", "nz"})
#: how places and landforms end: a word with this ending after a title is no name read as a place
_PLACE_ENDINGS = frozenset("山河湖江海岛州省市县区镇乡村屯寨沟坪岭港湾洲国城")


def _speaks_at(tokens: list[Token], j: int) -> bool:
    """Does what the speaker says open at ``j``: a speech verb, or a day and
    a speech verb (发言人 + 高某 + 21日 + 表示: news dates a statement between
    the speaker and the verb; a day written in digits, not 今天, 近日: words
    that stand after a subject of any kind)?"""
    word, tag = tokens[j]
    return word in SPEECH or (tag == "TIME" and j + 1 < len(tokens) and tokens[j + 1][0] in SPEECH
                              and word[-1] == "日" and word[:-1].isdigit())


#: tags LAC gives a speaker's name it read as a word (高峰/n, 方正/a)
_SPEAKER_WORD_TAGS = frozenset({"n", "nz", "a", "v", "vn", "an"})
#: marks that close the clause of a quotation's speaker
_SAID_CLOSERS = frozenset({"。", "，", "：", "；"})


def _speaker_after_a_quote(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` the name of who said a quotation, right after its
    closing mark and before 说 and a pause (”高某/n + 说 + 。)? Two or three
    characters opening with a surname, no title nor a word for a group."""
    word, tag = tokens[i]
    return (tag in _SPEAKER_WORD_TAGS and 2 <= len(word) <= 3 and i > 0 and tokens[i - 1][0] in ("”", "’")
            and i + 2 < len(tokens) and tokens[i + 1][0] in ("说", "表示", "介绍", "告诉记者") and tokens[i + 2][0] in _SAID_CLOSERS
            and word[0] in _SURNAMES and HAN_PART.fullmatch(word) is not None and word[-1] not in _NOT_NAME_ENDINGS
            and word[-1] not in _COLLECTIVE_ENDINGS and not is_title(word, agent_nouns=False))


def _name_read_as_a_body(tokens: list[Token], i: int) -> bool:
    """A name LAC read as an organisation or a place where only a person can
    stand: between an appointing verb and 为 (选举鹿心社/ORG 为), a clause's
    first word of three characters opening with a surname before 说 (，储某家/ORG
    说), or a three-character word opening with a surname right after a title
    with no place's ending and unknown to the gazetteer (烈士谢国桥/LOC)."""
    word, tag = tokens[i]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if i == 0 or word[:1] not in _SURNAMES and not (following == "为" and tokens[i - 1][0] in APPOINTING):
        return False  # the cheapest test first: a surname opens it, or an appointing verb and 为 frame it
    if (tag not in ("ORG", "LOC", "n", "nz") or not 2 <= len(word) <= 3 or not HAN_PART.fullmatch(word)
            or word[-1] in _NOT_NAME_ENDINGS):
        return False
    if tokens[i - 1][0] in APPOINTING and following == "为":
        return True  # the appointing verb says a person stands there, whatever the surname
    if word[0] not in _SURNAMES or word[-1] in _PLACE_ENDINGS or word[-1] == "方":
        return False
    if len(word) == 3 and following in ("说", "表示") and tokens[i - 1][1] == "w":
        return True  # ”储某家/ORG + 说: a clause opened by a three-character word that speaks
    if tag != "LOC":
        return False
    from .gazetteer import get_gazetteer  # loaded once for places anyway

    return (len(word) == 3 and tag == "LOC" and is_title(tokens[i - 1][0]) and following not in ("、", "和")
            and not get_gazetteer().candidates(word))


#: tags of what may follow a name LAC split as head + surname and a word (职工某 + 中江/LOC + 从此,
#: 总领事某 + 明星/n + 、): a pause or an adverb, which open no word of a name
_CLAUSE_GOES_ON = frozenset({"w", "d"})


def _pause_after_glued_name(tag: str, following: Token, after: Token) -> bool:
    """A common noun (the head and a surname, 职工某/n) and two characters
    before a pause or an adverb: a three-character name, the usual length,
    that no speech verb follows (not a term LAC knows, 土木工程/nz + 知识, nor
    a character of function, 副师长代 + 之)."""
    return tag == "n" and len(following[0]) == 2 and after[1] in _CLAUSE_GOES_ON


def _name_glued_to_head(word: str, tag: str, following: Token, after: Token) -> list[Token]:
    """A name LAC glued to the title's head before it (司长储士家/n + 在,
    研究员程/n + 会强/v + 说): the head and the name apart, or nothing. The name
    opens with a surname and a speech verb, a pause or 在 follows it."""
    if tag in ("PER", "w") or not 3 <= len(word) <= 7:
        return []
    cuts = [cut for cut in range(len(word) - 1, 1, -1) if word[cut - 1] in HEAD_ENDINGS and word[cut] in _SURNAMES]
    if not cuts or not HAN_PART.fullmatch(word) or is_title(word, agent_nouns=False):
        return []
    for cut in cuts:
        head, rest = word[:cut], word[cut:]
        if not is_title(head) or head[-2:] not in _HEAD_WORDS and head[-1] not in "长员":
            continue
        if 2 <= len(rest) <= 3 and (following[0] in SPEECH or following[0] in ("在", "说") or following[1] == "w"):
            return [(head, "n"), (rest, "PER")]
        if (len(rest) == 1 and 1 <= len(following[0]) <= 2 and HAN_PART.fullmatch(following[0])
                and following[1] not in ("PER", "w") and (after[0] in SPEECH or after[0][:1] == "说"
                                                         or _pause_after_glued_name(tag, following, after))):
            return [(head, "n"), (rest + following[0], "PER")]
    return []


def _head_glued_to_name(word: str, following: Token) -> list[Token]:
    """A head LAC kept inside the name after it, the body's name right before
    (某县纪委/ORG + 常委文某丽/PER + 告诉): the head and the name apart, or nothing.
    The head is a title's of two characters; the name left opens with a surname
    and a speech verb or a pause follows it."""
    if not 4 <= len(word) <= 5 or not HAN_PART.fullmatch(word):
        return []
    head, rest = word[:2], word[2:]
    if head not in _HEAD_WORDS or rest[0] not in _SURNAMES or not (following[0] in SPEECH or following[1] == "w"):
        return []
    return [(head, "n"), (rest, "PER")]


#: tags LAC gives a foreign name it did not know (科罗廖夫/LOC, 瓦尔迪兹/ORG)
_MISREAD_FOREIGN_TAGS = frozenset({"LOC", "ORG", "nz"})


def _foreign_shaped(word: str) -> bool:
    """3-6 Han characters, most of them (and the last) ones of transliterations,
    with no division's suffix (科罗廖夫; not 俄罗斯, not 巴黎市)."""
    if not (3 <= len(word) <= 6 and HAN_PART.fullmatch(word)) or word[-1] not in TRANSLITERATION:
        return False
    return 4 * sum(c in TRANSLITERATION for c in word) >= 3 * len(word) and word[-1] not in _NOT_NAME_ENDINGS


#: particles of mood that close what is said (是某姐 + 啊 + ，): they end a clause, never a name
_MODAL_PARTICLES = frozenset("啊呀吧呢嘛哇哦啦")
#: time words of one character after a name: the clause's "when", never the name's end (会见某某 + 时 + 强调)
_WHEN = frozenset("时前后")
#: tags of a lone character after a listed name that end the item rather than the name (也, 都, 又, 在)
_NOT_IN_LIST_ITEM = frozenset({"d", "p", "c", "u", "r", "v", "m", "q"})


def complete_short_names(tokens: list[Token]) -> list[Token]:
    """Give back the character LAC cut off a name (魏凤 + 和 26日, 万鄂 + 湘、,
    金冲 + 及 + 说, 马丁·格里菲 + 思): a lone character between a two-character
    name and a pause or a speech verb belongs to it, and so does a lone
    transliteration character after a name written with a dot."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        word, tag = tokens[i]
        lone = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ("", "w")
        # a conjunction right before a speech verb or a date joins nothing: it ends the name (刘建 + 同 + 介绍)
        joins_nothing = lone in _CONJUNCTIONS and (after[0] in SPEECH or after[1] == "TIME")
        if tag == "PER" and len(lone) == 1 and HAN_PART.fullmatch(lone) and lone not in _WHEN and lone not in _MODAL_PARTICLES and not quotes(lone, after[0]) and (
                lone not in AFTER_NAME and lone not in COPULA_CHARS or joins_nothing) and (
                len(word) == 2 and (after[1] == "w" or after[1] in ("TIME", "m") and tokens[i + 1][1] != "p" and (
                    tokens[i + 1][1] != "v" or after[0][:1].isdigit())  # 李杰 + 开/v + 第一年; 乐玉 + 成/v + 15日; not 以/p + 4
                                    or after[0] in SPEECH  # 金冲 + 及 + 说
                                    or after[0] in _SUBJECT_ADVERBS and lone not in _MOTION_VERBS  # 宋友 + 来 + 正在
                                    or lone == "有" and after[1] in ("v", "vn", "TIME")  # 王某 + 有 + 算: 有 takes no verb
                                    or _function_char_ending_a_name(lone, after)
                                    or i > 0 and _given_read_as_verb(word, tokens[i - 1], tokens[i + 1], after)
                                    or i > 0 and _given_read_as_word(word, tokens[i - 1], tokens[i + 1], after)
                                    or after[0] in POSTFIX_HEADS and not is_title(lone + after[0])  # 张维 + 为 + 教授
                                    and not _joins_next_titled_name(tokens, i)
                                    or after[0] in ("同志", "先生", "女士")  # 许涤 + 新 + 同志
                                    or after[0] == "为" and i > 0 and tokens[i - 1][0] in APPOINTING)  # 任命周立 + 新 + 为
                or word[-1] not in DOTS and any(d in word for d in DOTS) and (lone in TRANSLITERATION or tokens[i + 1][1] in ("v", "n") and (after[0] in SPEECH or after[0] == "称"))
                or len(word) == 2 and word[1] == "某" and lone == "某"  # 周某 + 某: an anonymised name
                or len(word) == 2 and after[0] == "等" and i > 0 and tokens[i - 1][0] == "、"
                and tokens[i + 1][1] not in _NOT_IN_LIST_ITEM):  # 某某、华粹 + 深 + 等: a list's item runs to 等
            out.append((word + lone, "PER"))  # 马丁·格里菲 + 思
            i += 2
            continue
        if _last_character_glued_to_said(tokens, i):
            out += [(word + lone[0], "PER"), (lone[1:], "v")]  # 村民柯代 + 学说 + ，: 柯代学 + 说
            i += 2
            continue
        out.append((word, tag))
        i += 1
    return out


def _joins_next_titled_name(tokens: list[Token], i: int) -> bool:
    """Is the conjunction after the name at ``i`` joining it to a head and the
    name that head introduces (某书记蔡某 + 和 + 市长 + 陈某)? A head between two
    names opens the second one's title; a given name's last 和 never stands there."""
    return tokens[i + 1][0] in _CONJUNCTIONS and i + 3 < len(tokens) and tokens[i + 3][1] == "PER"


def _rare_surname_spoken(before: Token, following: Token, after: Token) -> bool:
    """助理 + 阴/PER + 发武/v + 说: a character no common surname, which LAC
    yet tagged a name alone between a title and two characters before the
    speech verb: a rare surname, the two characters its given name (a name
    of one character never stands between a title and what it says)."""
    return is_title(before[0]) and len(following[0]) == 2 and after[0] in SPEECH


def _given_name_read_as_noun(before: Token, following: Token, after: Token) -> bool:
    """总经理 + 华/PER + 家强/n + 热情, 儿子 + 华/PER + 水林/n + 热情: the surname
    alone tagged a name, the given name read as a noun of two characters, a
    title or a noun for a person before them and the clause's verb, adverb or
    adjective of two characters after them (a one-character verb may have lost
    its first character to the noun: 何某 + 兵面/n + 露/v, 面露)."""
    return (len(following[0]) == 2 and following[1] in ("n", "nz") and _introduces_a_person(before)
            and after[1] in ("v", "a", "ad", "d", "p") and len(after[0]) >= 2)


def _introduces_a_person(before: Token) -> bool:
    """Is ``before`` a title or a noun for a person (农民, 种植户), which a name follows?"""
    return before[1] in ("n", "nz") and (before[0][-1] in _PERSON_NOUN_ENDS or is_title(before[0]))


#: tags LAC gives a given name of two characters it did not read as a name (某芬/v, 某民/n)
_GIVEN_READ_AS = frozenset({"v", "vn", "n", "nz", "a"})
#: last characters of words of place or time after a preposition (于 + 会上, 于 + 年内): no given name
_SPOT_ENDINGS = frozenset("上中下里内外前后间时")
#: one-character verbs a person does right after their name (王某 + 带 + 着, 李某 + 想 + 做): never a name's end
_SUBJECT_VERBS = frozenset("是有要会能想看带去来到进出回走跑坐站拿做干买卖吃喝找笑哭叫喊写读唱跳打推送接抱背扛提举守管教学"
                           "帮陪当作患忙端翻刷称像比率奉治洗下上用放听见")
#: tags of the word after such a verb that show a name LAC cut ended there (姜某 + 启/v + 话语/n, 李某 + 发/v + 算/v)
_AFTER_CUT_TAGS = frozenset({"v", "vn", "d", "n", "r", "a", "ad"})


def _given_read_as_verb(word: str, before: Token, lone: Token, after: Token) -> bool:
    """Is ``lone`` the last character of the two-character name ``word``, which
    LAC read as a one-character verb (姜某 + 启/v + 话语, 赵某 + 頫/v + 深)?
    A character that is no common verb of a subject, followed by the clause's
    verb, adverb or object."""
    return (word[0] in _SURNAMES and lone[1] == "v" and lone[0] not in _SUBJECT_VERBS
            and _introduces_a_person(before) and (after[1] in _AFTER_CUT_TAGS or after[0] == "的")
            and after[0] not in _RESULT_COMPLEMENTS)


#: nouns of one character that follow a name as what is the person's (某某 + 墓, 某某 + 案, 某某 + 诗): no given name's end
_THINGS_OF_A_PERSON = frozenset("墓案家像诗书画宅碑祠馆庙词文集")
#: verbs of motion or posture that a preposition completes (窜 + 至, 住 + 在, 扑 + 向): the clause's verb, no name's end
_VERBS_WITH_A_PLACE = frozenset("窜住躺睡倒落扑冲奔转飞迈摔逃游爬挤搬迁赶")
#: prepositions that complete a verb of place (走 + 向, 来 + 自, 送 + 往)
_PLACE_COMPLEMENTS = frozenset("至于自往")


def _given_read_as_word(word: str, before: Token, lone: Token, after: Token) -> bool:
    """Is ``lone`` the last character of the two-character name ``word`` right
    after a title or a noun for a person, which LAC read as a noun or a
    conjunction before the clause's verb (农民 + 黄某 + 油/n + 流转/v, 干部 +
    陆某 + 和/c + 交谈/v), or as a verb before a preposition that opens the
    clause's adverbial (种植户 + 陆某 + 迎/v + 在/p + 自家 + 楼顶)? A person
    introduced so is the clause's subject, and nearly every given name has two
    characters: a lone noun or conjunction before a verb cannot follow the name."""
    if word[0] not in _SURNAMES or word[0] == word[1] or not _introduces_a_person(before):
        return False
    character, tag = lone
    if tag in ("n", "c"):
        return after[1] in ("v", "vd", "ad") and len(after[0]) >= 2 and character not in _THINGS_OF_A_PERSON
    return (tag == "v" and after[1] == "p" and character not in _SUBJECT_VERBS and character not in _VERBS_WITH_A_PLACE
            and after[0] not in _PLACE_COMPLEMENTS)


#: complements of result after a one-character verb (挑 + 好, 做 + 完, 找 + 到): the character before one is
#: the clause's verb, not the last of a name (某某 + 挑/v + 好 + 后); not 上, 下, 出, 过: verbs of their own too
#: (镇长 + 韩某 + 乾/v + 下 + 村: 下村, going to the villages)
_RESULT_COMPLEMENTS = frozenset("好完到满住掉")


#: conjunctions and an adverb that end given names too (秦某和, 颜某及, 蒙某才)
_NAME_FINAL_FUNCTION_CHARS = frozenset("和及同才")
#: marks that close a clause (never an opening quote or bracket, which a conjunction may stand before)
_CLAUSE_CLOSERS = frozenset("，。、；：！？")


def _function_char_ending_a_name(lone: str, after: Token) -> bool:
    """Is a conjunction or 才 after a two-character name its last character,
    because what follows cannot follow the function word (秦某 + 和 + 也/的/，,
    蒙某 + 才 + ，): a one-character adverb (not after 才), a particle or a clause's end?"""
    return lone in _NAME_FINAL_FUNCTION_CHARS and (
        after[0] in _CLAUSE_CLOSERS or after[1] == "u" and after[0] in ("的", "地", "得")
        or lone != "才" and after[1] == "d" and len(after[0]) == 1 and after[0] != "不")  # 才又 is an adverb pair


#: words ending in 说 that follow a name as they are (对于某某来说: as for; 某某听说: heard)
_WORDS_ENDING_IN_SAID = frozenset({"来说", "听说", "据说", "所说", "坦说", "笑说"})


def _last_character_glued_to_said(tokens: list[Token], i: int) -> bool:
    """村民柯代/PER + 学说/n + ，: a two-character name right after a title,
    followed by a word of two characters that ends in 说 and then a pause:
    LAC cut the name's last character off and glued it to the speech verb
    (学说, a doctrine). A person introduced by a title and then 说 is a speaker."""
    word, tag = tokens[i]
    if tag != "PER" or len(word) != 2 or word[0] not in _SURNAMES or i == 0 or i + 2 >= len(tokens):
        return False
    lone, lone_tag = tokens[i + 1]
    previous, previous_tag = tokens[i - 1]
    return (len(lone) == 2 and lone[1] == "说" and lone_tag not in ("PER", "w") and HAN_PART.fullmatch(lone[0]) is not None
            and lone[0] not in AFTER_NAME and lone[0] not in COPULA_CHARS and lone not in _WORDS_ENDING_IN_SAID
            and tokens[i + 2][0] in ("，", "：", "。", ",", ":")
            and previous_tag in ("n", "nz") and is_title(previous))


#: adverbs of aspect that follow a subject, never a one-character verb (宋友来 + 正在 + 劳作: 来正在 is no verb phrase)
_SUBJECT_ADVERBS = frozenset({"正在", "已经", "曾经", "一直", "仍然", "依然"})
#: verbs of going whose destination may open with such an adverb (去 + 正在建设的工地)
_MOTION_VERBS = frozenset("去到往回进出上下赴")



def mend(tokens: list[Token]) -> list[Token]:
    """All name repairs; a sentence without any name or title word is left alone.
    Only :func:`repair_names` makes names of other words: the repairs of
    tagged names run where there is one."""
    # the sentence's text, looked at once (at C speed) before the passes that scan its words: most
    # sentences hold no 家, no 议 and no white space, and each pass then leaves the words as they are
    text = "".join(map(_WORD_OF, tokens))
    if "家" in text:
        tokens = home_apart(tokens)  # 在 + 某某某家/LOC: a home, whatever LAC tagged its owner's name
    named = has_tag(tokens, "PER")
    said = len(tokens) >= 4 and tokens[0][0] in ("”", "’") and _speaker_after_a_quote(tokens, 1)
    if not named and not said and not any(word[-1:] in HEAD_ENDINGS or len(word) >= 3 and tag in ("n", "nz") and (
            word[-2] in HEAD_ENDINGS or word[-3] in HEAD_ENDINGS) for word, tag in tokens):  # 研究员程/n
        return tokens
    spaced = _WHITE_SPACE.search(text) is not None  # the passes above and spaces_apart keep white space
    if spaced:
        tokens = spaces_apart(tokens)
    if "议" in text:
        tokens = speaker_recut(tokens)
    roster_end = roster_name_end(tokens) if spaced else 0  # a roster line's name ends at a space
    if roster_end:  # 牛 + 何松 + space + 某村民兵连长: the whole roster name
        tokens = [("".join(word for word, _ in tokens[:roster_end]), "PER")] + tokens[roster_end:]
        named = True
    if named:
        tokens = two_sides_body(whole_cut_places(title_read_as_name(tokens)))
        tokens = name_ends_apart(merge_foreign_names(trim_name_endings(join_tibetan_names(tokens))))
    tokens = repair_names(tokens)
    return complete_short_names(tokens) if has_tag(tokens, "PER") else tokens
