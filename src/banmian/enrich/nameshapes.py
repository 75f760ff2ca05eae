"""Shapes of names LAC cut or misread, found in issue 11's fourteenth pass
(dev13), kept apart from the name repairs (:mod:`.namerepair`, which asks
them): the end items of a list of names, a married surname glued to a head,
a transliterated name cut in three."""

from __future__ import annotations

from ..names import NEWS_SURNAMES as _SURNAMES
from .han_chars import HAN_PART
from .lexer import Token
from .titles import is_title

#: characters of transliterated foreign names
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保贝本比彼别波伯博布查达戴丹德登迪蒂杜多厄恩尔法菲费芬弗福盖冈戈格根古圭哈海汉豪赫"
    "亨洪胡华霍基吉加贾杰金卡凯坎科克肯库夸奎拉莱兰朗劳勒雷里利莲林琳柳卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫姆穆"
    "纳奈内尼努诺欧帕佩彭皮普齐奇恰乔切钦萨塞桑森沙莎善舍什施史斯苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希"
    "谢辛休雅亚扬耶伊因尤于约扎泽詹朱兹佐夫娃娜娅丽思茨瑞贝")
#: the dots that join the parts of a foreign name (一个点: 安德烈娅·霍尔曼)
DOTS = "·•・"
#: verbs that follow a titled name (主席易会满表示)
SPEECH = frozenset({"表示", "说", "指出", "强调", "主持", "出席", "会见", "介绍", "认为", "参加", "致辞",
                     "讲话", "宣布", "透露", "告诉", "解释", "回忆", "坦言", "感慨", "提醒", "呼吁", "直言", "说道",
                     "补充", "回答", "问道", "笑着说", "建议"})
#: one-character words that follow a name without being part of it
AFTER_NAME = frozenset("说等们的了称讲指表曾也都又再并则就才在是对向从将把被给让与及同跟")
#: copulas of one character that introduce a title after a name (张某任某团副团长, 李某系某院院长)
COPULA_CHARS = frozenset("任系")


#: marks that close a list of names
_LIST_CLOSERS = frozenset({"，", "。", "；", "等"})


def end_item_of_name_list(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` (two or three characters, opening with a surname,
    no title) the first or the last item of a list of names whose other end is
    a name: between a mark and 、 + a name, or between a name + 、 and a mark?
    LAC reads a name that is also a word (周旋, to deal with) by the word."""
    word = tokens[i][0]
    after = tokens[i + 1][0] if i + 1 < len(tokens) else "。"
    before = tokens[i - 1] if i else ("。", "w")
    if before[0] != "、" and after != "、":
        return False  # the cheapest test first: an item of a list stands beside a 、
    if not (2 <= len(word) <= 3 and word[0] in _SURNAMES and HAN_PART.fullmatch(word) and not is_title(word)):
        return False
    if before[0] == "、" and i >= 2 and tokens[i - 2][1] == "PER" and after in _LIST_CLOSERS:
        return True
    closer = tokens[i + 3][0] if i + 3 < len(tokens) else ""
    return (after == "、" and i + 2 < len(tokens) and tokens[i + 2][1] == "PER"
            and (before[1] == "w" and before[0] not in ("、", "“", "‘", "《") or before[1] == "v" and closer == "等")
            and (i + 3 >= len(tokens) or closer in _LIST_CLOSERS | {"、"}))  # 邀请 + 余某某/nz、陈某/PER + 等


def married_surname_glued_to_head(word: str, tag: str, following: Token, mended: list[Token]) -> bool:
    """Is ``word`` the last character of a head and a surname (行政 + 长 + 官林)
    before a three-character name that opens with a surname (郑某娥)? A
    married woman's name in Hong Kong carries her husband's surname first
    (林郑某娥); LAC glued it to the head instead."""
    if not (tag != "PER" and len(word) == 2 and word[1] in _SURNAMES and following[1] == "PER"
            and len(following[0]) == 3 and following[0][0] in _SURNAMES and mended
            and not is_title(word, agent_nouns=False)):  # 师傅 + 周某华: a whole head keeps its surname-like end
        return False
    head = "".join(w for w, _ in mended[-2:]) + word[0]
    return any(is_title(head[-size:], agent_nouns=False) for size in (2, 3) if len(head) >= size)


def transliterated_tail(token: Token, length: int) -> bool:
    """A short word of transliteration characters that may end a foreign name
    of ``length`` characters so far (科夫 after 某达尔 + 别)."""
    word, tag = token
    return (tag not in ("w", "PER", "TIME", "m", "p", "c", "u") and 1 <= len(word) <= 3 and length + len(word) <= 7
            and all(c in TRANSLITERATION for c in word))


#: one-character names of dynasties an essay writes right before a historical person (唐孔颖达, 晋孙绰)
_DYNASTIES = frozenset("秦汉晋隋唐宋元明清")


def dynasty_before_name(word: str) -> bool:
    """Is the four-character name word a dynasty's one character glued before
    a three-character name that opens with a surname (唐 + 孔颖达)? A person
    of four characters opens with a compound or a married surname, never with
    a dynasty followed by a surname."""
    return len(word) == 4 and word[0] in _DYNASTIES and word[1] in _SURNAMES and HAN_PART.fullmatch(word) is not None
