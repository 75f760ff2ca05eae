"""The front of a title that opens its clause although LAC read a word of it
as a verb or an adverb (。最高/a + 检/v + 第八检察厅 + 厅长 + 某某表示; 深/a + 之/u +
蓝/n + 总经理 + 某某说): the title the grammar reads stops at that word, and
keeps only its tail (第八检察厅厅长, 蓝总经理). When the whole clause from its
opening mark to the name is a title, within a few words, with none that a
title never holds, the clause is the title.

Kept apart from :mod:`.titles` (its grammar), which calls it for a title
right before a name that does not open its clause.
"""

from __future__ import annotations

from .lexer import Token
from .titlehead import COUNTED, QUOTES, TITLE_TAGS, is_title

#: a closing quote ends the clause before (”某某公司总经理某某说); an opening one does not open a title
_CLOSING_QUOTES = "”’」"
#: the most tokens and characters of such a clause
_OPENING_TOKENS = 8
_OPENING_CHARS = 20
#: words LAC reads out of a title's front that the front may hold: a verb of one character (检 of 最高检,
#: 交 + 建 of 中国交建), an adverb (专业/ad), the classical 之 of a firm's name (深之蓝)
_LOOSE_TAGS = frozenset({"v", "d", "ad"})
_LOOSE_PARTICLE = "之"
#: at most this many such words in the front
_MOST_LOOSE = 2
#: what follows a name that is the subject of its clause: a verb, an adverb or a preposition
#: (某某表示, 某某就报喜, 某某被抓捕); not a mark, 的 or a noun (a title before an object: 慰问老党员某某。)
_PREDICATE_TAGS = frozenset({"v", "d", "p", "vd", "ad"})


def clause_opening_title(tokens: list[Token], title: str, end: int) -> int:
    """Where the clause before the name at ``end`` opens when the clause from
    there to the name is a title that ends with ``title`` and is longer; else -1."""
    if end + 1 >= len(tokens) or tokens[end + 1][1] not in _PREDICATE_TAGS:
        return -1
    start, chars, loose = end, 0, 0
    while start > 0:
        word, tag = tokens[start - 1]
        if tag == "w" and (word not in QUOTES or word in _CLOSING_QUOTES):
            break  # 。 ， ” before the clause: it opens here
        chars += len(word)
        if end - start >= _OPENING_TOKENS or chars > _OPENING_CHARS or tag == "PER" or word in QUOTES:
            return -1
        if tag not in TITLE_TAGS:
            if not _loose((word, tag)):
                return -1
            loose += 1
        start -= 1
    text = "".join(word for word, _ in tokens[start:end])
    cut, length = end, 0
    while cut > start and length < len(title):
        cut -= 1
        length += len(tokens[cut][0])
    if length != len(title) or cut == start or not _loose(tokens[cut - 1]):
        return -1  # 老/a + 党员, 60岁/m + 农民, 台上/s + 演员: the grammar dropped that front on purpose
    if not all(_inside_a_word(tokens, k) for k in range(start, end) if _loose(tokens[k])):
        return -1  # 某国 + 又/d + 派/v + 大使, 某国 + 派/v + 大使: the clause's verb, not a word of the title
    if (loose > _MOST_LOOSE or len(text) <= len(title) or not text.endswith(title) or tokens[start][1] not in TITLE_TAGS
            or COUNTED.match(tokens[start][0]) or not is_title(text)):
        return -1
    return start


#: verbs of one character that end a clause's verb phrase, never a word of a title (是 + 国家主席)
_CLAUSE_VERBS = frozenset("是系为有在任当做")


def _loose(token: Token) -> bool:
    """A word LAC read out of a title's front: a verb of one character, an adverb, 之."""
    word, tag = token
    return word == _LOOSE_PARTICLE or tag in _LOOSE_TAGS and (tag != "v" or len(word) == 1 and word not in _CLAUSE_VERBS)


#: tags of the modifier a verb of one character follows inside a title's word (最高/a + 检/v): never a subject's
_MODIFIER_TAGS = frozenset({"a", "b", "j"})


def _inside_a_word(tokens: list[Token], k: int) -> bool:
    """Is the loose word at ``k`` a piece of a title's word rather than the
    clause's verb phrase: a verb after a modifier (最高/a + 检/v; after a place
    or a noun it is the verb of that subject: 某国 + 派/v), an adverb before no
    verb (an adverb before a verb modifies it: 又/d + 派/v)?"""
    word, tag = tokens[k]
    if tag == "v":
        return k > 0 and tokens[k - 1][1] in _MODIFIER_TAGS
    if tag in ("d", "ad"):
        return k + 1 < len(tokens) and tokens[k + 1][1] != "v"
    return True
