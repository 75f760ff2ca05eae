"""Mending LAC's reading of names before people are looked for: names cut
short (金冲 + 及), glued to the next word (王战说, 谢某文任), split at a dot
(艾力更 · 依明巴海) or in three (次旦 + 搭 + 杰), read as a place after a title
(科罗廖夫/LOC), or a surname LAC read as a verb (镇长 + 谈 + 庆雷).

Kept apart from :mod:`.people` (which finds the people and their titles in
the mended tokens).
"""

from __future__ import annotations

import re

from ..names import SURNAMES as _SURNAMES
from .lexer import Token
from .namelists import NOT_NAME_ENDINGS as _NOT_NAME_ENDINGS
from .namelists import mend_name_lists
from .titles import (APPOINTING, HEAD_ENDINGS, HEADS, POSTFIX_HEADS, is_title, roster_name_end,
                     titles_stated_after)

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")  # 5-6: transliterated names (梅德韦杰夫)
DOTS = "·•・"
#: characters of transliterated foreign names
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保贝本比彼别波伯博布查达戴丹德登迪蒂杜多厄恩尔法菲费芬弗福盖冈戈格根古圭哈海汉豪赫"
    "亨洪胡华霍基吉加贾杰金卡凯坎科克肯库夸奎拉莱兰朗劳勒雷里利莲林琳柳卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫姆穆"
    "纳奈内尼努诺欧帕佩彭皮普齐奇恰乔切钦萨塞桑森沙莎善舍什施史斯苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希"
    "谢辛休雅亚扬耶伊因尤于约扎泽詹朱兹佐夫娃娜娅丽思茨瑞贝")
_HEAD_WORDS = frozenset(HEADS) | POSTFIX_HEADS
#: verbs that follow a titled name (主席易会满表示)
SPEECH = frozenset({"表示", "说", "指出", "强调", "主持", "出席", "会见", "介绍", "认为", "参加", "致辞",
                     "讲话", "宣布", "透露", "告诉", "解释", "回忆", "坦言", "感慨", "提醒", "呼吁", "直言", "说道",
                     "补充", "回答", "问道", "笑着说", "建议"})
#: tags LAC gives a whole name it did not know as one (宣传司司长 + 续梅/v + 介绍)
_MISREAD_NAME_TAGS = frozenset({"v", "nz", "a", "ad", "an"})
#: one-character conjunctions that may end a name LAC cut (金冲及, 魏凤和)
_CONJUNCTIONS = frozenset("同与及跟和")
_NAME_PART_TAGS = frozenset({"PER", "LOC", "ORG", "n", "nz", "nw"})
HAN_PART = re.compile(r"[\u4e00-\u9fff]{1,10}")
#: one-character words that follow a name without being part of it
AFTER_NAME = frozenset("说等们的了称讲指表曾也都又再并则就才在是对向从将把被给让与及同跟")
#: copulas of one character that introduce a title after a name (张某任某团副团长, 李某系某院院长)
COPULA_CHARS = frozenset("任系")


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
    for i in range(1, len(out) - 1):
        word, tag = out[i]
        if (tag != "PER" and out[i - 1][0] == "、" and out[i + 1][0] == "、" and i >= 2 and i + 2 < len(out)
                and out[i - 2][1] == "PER" and out[i + 2][1] == "PER" and _HAN_NAME.fullmatch(word)
                and len(word) <= 4):
            out[i] = (word, "PER")
    mended: list[Token] = []
    i = 0
    while i < len(out):
        word, tag = out[i]
        following = out[i + 1] if i + 1 < len(out) else ("", "")
        if (tag != "PER" and following[1] == "PER" and len(following[0]) >= 2 and len(word) >= 3
                and (word[-1] in _SURNAMES and len(following[0]) == 2
                     or word[-1] in TRANSLITERATION and all(c in TRANSLITERATION for c in following[0][-1:]))
                and is_title(word[:-1]) and not is_title(word)):
            mended += [(word[:-1], tag), (word[-1] + following[0], "PER")]
            i += 2
            continue
        after = out[i + 2] if i + 2 < len(out) else ("", "w")
        if (tag == "PER" and len(word) == 1 and word in _SURNAMES and following[1] not in ("w", "PER")
                and 1 <= len(following[0]) <= 2 and HAN_PART.fullmatch(following[0]) and mended
                and is_title(mended[-1][0]) and (after[1] == "w" or after[0] in SPEECH)):
            mended.append((word + following[0], "PER"))  # 专家 + 金/PER + 冲及 + ，: the surname alone was tagged
            i += 2
            continue
        if (tag == "v" and len(word) == 1 and word in _SURNAMES and word not in AFTER_NAME and following[1] == "PER"
                and len(following[0]) == 2 and mended and is_title(mended[-1][0])):
            mended.append((word + following[0], "PER"))  # 镇长 + 谈 + 庆雷: a surname LAC read as a verb
            i += 2
            continue
        if (tag == "PER" and following[1] not in ("w", "PER", "TIME", "m", "p", "c", "u") and following[0]
                and len(following[0]) <= 4 and all(c in TRANSLITERATION for c in following[0])
                and all(c in TRANSLITERATION for c in word)):
            mended.append((word + following[0], "PER"))
            i += 2
            continue
        if (tag == "PER" and len(word) >= 2 and len(following[0]) == 1 and following[1] != "w"
                and HAN_PART.fullmatch(following[0]) and following[0] not in AFTER_NAME
                and after[1] == "PER" and len(after[0]) == 1 and len(word) + 2 <= 5):
            mended.append((word + following[0] + after[0], "PER"))  # 桑旦/PER + 搭/v + 杰/PER: one name in three
            i += 3
            continue
        if tag == "PER" and len(word) >= 3 and (word[-1] + following[0]) in _HEAD_WORDS:
            mended += [(word[:-1], "PER"), (word[-1] + following[0], "n")]  # 穆罕默德王 + 储
            i += 2
            continue
        if (tag in _MISREAD_FOREIGN_TAGS and (following[0] in SPEECH or following[1] == "TIME" and after[0] in SPEECH)
                and _foreign_shaped(word) and mended and is_title(mended[-1][0])):
            mended.append((word, "PER"))  # 海军总司令 + 科罗廖夫/LOC + 11日 + 说: a name read as a place
            i += 1
            continue
        if (tag != "PER" and is_title(word) and i + 2 < len(out)
                and not (word in POSTFIX_HEADS and mended and mended[-1][1] == "PER")):  # 习某主席 + 应邀 + 出席
            span, j = "", i + 1
            while (j < len(out) and out[j][1] not in ("w", "PER", "u", "p", "c") and len(span) < 3
                   and out[j][0] not in SPEECH):
                span += out[j][0]
                j += 1
            if (j < len(out) and out[j][0] in SPEECH and 2 <= len(span) <= 3
                    and (j - i - 1 >= 2 or out[i + 1][1] in _MISREAD_NAME_TAGS)
                    and span[0] in _SURNAMES and HAN_PART.fullmatch(span)
                    and span[-1] not in _NOT_NAME_ENDINGS and not is_title(span)):
                mended += [(word, tag), (span, "PER")]
                i = j
                continue
        mended.append((word, tag))
        i += 1
    return mended


#: tags LAC gives a foreign name it did not know (科罗廖夫/LOC, 瓦尔迪兹/ORG)
_MISREAD_FOREIGN_TAGS = frozenset({"LOC", "ORG", "nz"})


def _foreign_shaped(word: str) -> bool:
    """3-6 Han characters, most of them (and the last) ones of transliterations,
    with no division's suffix (科罗廖夫; not 俄罗斯, not 巴黎市)."""
    if not (3 <= len(word) <= 6 and HAN_PART.fullmatch(word)) or word[-1] not in TRANSLITERATION:
        return False
    return 4 * sum(c in TRANSLITERATION for c in word) >= 3 * len(word) and word[-1] not in _NOT_NAME_ENDINGS


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
        if tag == "PER" and len(lone) == 1 and HAN_PART.fullmatch(lone) and (
                lone not in AFTER_NAME and lone not in COPULA_CHARS or joins_nothing) and (
                len(word) == 2 and (after[1] in ("w", "TIME", "m") or after[0] in SPEECH  # 金冲 + 及 + 说
                                    or after[0] in POSTFIX_HEADS and not is_title(lone + after[0])  # 张维 + 为 + 教授
                                    or after[0] in ("同志", "先生", "女士")  # 许涤 + 新 + 同志
                                    or after[0] == "为" and i > 0 and tokens[i - 1][0] in APPOINTING)  # 任命周立 + 新 + 为
                or word[-1] not in DOTS and any(d in word for d in DOTS) and lone in TRANSLITERATION
                or len(word) == 2 and word[1] == "某" and lone == "某"):  # 周某 + 某: an anonymised name
            out.append((word + lone, "PER"))  # 马丁·格里菲 + 思
            i += 2
            continue
        out.append((word, tag))
        i += 1
    return out



def merge_foreign_names(tokens: list[Token]) -> list[Token]:
    """Join the parts of a foreign name LAC split at the dot
    (艾力更 · 依明 巴海 -> 艾力更·依明巴海): the word right after a dot joins
    whatever its tag, later words while they are nouns or names."""
    out: list[Token] = []
    after_dot = False
    for word, tag in tokens:
        last = out[-1] if out else ("", "")
        if len(out) >= 2 and last[0] in DOTS and out[-2][1] == "PER" and HAN_PART.fullmatch(word):
            dot = out.pop()[0]
            out[-1] = (out[-1][0] + dot + word, "PER")
            after_dot = True
            continue
        if (after_dot and last[1] == "PER" and tag in _NAME_PART_TAGS and HAN_PART.fullmatch(word)
                and len(last[0]) + len(word) <= 20 and all(c in TRANSLITERATION for c in word)):
            out[-1] = (last[0] + word, "PER")
            continue
        if last[1] == "PER" and last[0][-1:] in DOTS and tag == "PER" and HAN_PART.fullmatch(word):
            out[-1] = (last[0] + word, "PER")  # 康斯坦丁· + 车赤耶夫: LAC kept the dot with the first part
            after_dot = True
            continue
        if last[1] == "PER" and word[:1] in DOTS and HAN_PART.fullmatch(word[1:] or "x1"):
            out[-1] = (last[0] + word, "PER")
            after_dot = True
            continue
        after_dot = False
        out.append((word, tag))
    return out



#: characters that follow a name and never end one (王战 + 说, 韩正 + 在)
_NEVER_LAST = frozenset("说在的们等对向把被给将是比从")


def trim_name_endings(tokens: list[Token]) -> list[Token]:
    """Give back the word LAC glued to the end of a name (王战说 -> 王战 + 说),
    and a copula a title follows (谢某文任 + 某部政治部主任 -> 谢某文 + 任 + …)."""
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        if tag == "PER" and len(word) >= 3 and word[-1] in _NEVER_LAST and not any(d in word for d in DOTS):
            out += [(word[:-1], "PER"), (word[-1], "v")]
        elif tag == "PER" and len(word) >= 3 and word[-1] in COPULA_CHARS and titles_stated_after(
                [(word[:-1], "PER"), (word[-1], "v")] + tokens[k + 1:], 0):
            out += [(word[:-1], "PER"), (word[-1], "v")]
        else:
            out.append((word, tag))
    return out



def _spaces_apart(tokens: list[Token]) -> list[Token]:
    """A space LAC kept at the edge of a word stands apart (丁华 + space): it
    separates a roster's name from its titles, and is no part of any name."""
    if all(word == word.strip() or not word.strip() for word, _ in tokens):
        return tokens
    out: list[Token] = []
    for word, tag in tokens:
        core = word.strip()
        if not core or core == word:
            out.append((word, tag))
            continue
        if word[0].isspace():
            out.append((" ", "w"))
        out.append((core, tag))
        if word[-1].isspace():
            out.append((" ", "w"))
    return out


def mend(tokens: list[Token]) -> list[Token]:
    """All name repairs; a sentence without any name or title word is left alone."""
    if not any(tag == "PER" or word[-1:] in HEAD_ENDINGS for word, tag in tokens):
        return tokens
    tokens = _spaces_apart(tokens)
    roster_end = roster_name_end(tokens)
    if roster_end:  # 牛 + 何松 + space + 某村民兵连长: the whole roster name
        tokens = [("".join(word for word, _ in tokens[:roster_end]), "PER")] + tokens[roster_end:]
    return complete_short_names(repair_names(merge_foreign_names(trim_name_endings(tokens))))
