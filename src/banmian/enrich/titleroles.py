"""Role nouns the title grammar has no head for, read by how they are formed.

News names people by roles no lexicon lists (资深冰友, 评书新锐, 茶舍创客, 某役英烈,
广场舞大妈, 侨界珠宝商): a noun whose last character is a role morpheme
(友, 客, 工, 商, 将, 烈, 锐, 妈 ...) right before the name, compounded with a
modifier before it (a field, a trade, an adjective, a local unit). Where the
grammar (:func:`.titles.titles_before`) found no title, this reads the phrase
as one: the modifier is what tells a role (冰友 of skating) from a bare bond or
an age (好友, 老人, 顾客). Found on the tuning parts: which morphemes and which
modifiers hold there (bench/README.md, session 59: enrich59c).
"""

from __future__ import annotations

from .lexer import Token
from .titlehead import is_title
from .titles import PERSONAL_RELATIONS, titles_before

#: last characters that make a noun a role (a member, a maker, a trade, a rank, a hero, a kind of woman)
ROLE_MORPHEMES = frozenset("友客工匠商将烈锐妈妇女手人家者士")
#: bonds between people: a modifier before them says whose (决赛对手, 亲密战友), not an office
_RELATIONS = PERSONAL_RELATIONS | {"对手", "媳妇", "夫妇", "夫人", "爱人", "友人", "亲人", "家人", "妈妈"}
#: age prefixes: 老人, 小朋友, 老对手 name an age or an address, no role
_AGE_PREFIXES = "老小"
#: tags a role noun may have (LAC reads 新锐 as an adjective)
_ROLE_TAGS = frozenset({"n", "a"})
#: tags of the words of a role's front (a field, a trade, a body, an adjective, a local unit)
_FRONT_TAGS = frozenset({"n", "a", "vn", "nz", "ORG", "j", "an", "b", "LOC", "s"})
#: tags of the modifier right before the role noun; a place alone there says where from (德国老人, 兰州顾客)
_MODIFIER_TAGS = frozenset({"n", "a", "vn", "nz", "ORG", "j", "an", "b"})
#: a place right before the role noun is its modifier only where it is a local unit (某村妇女, 某县产妇)
_LOCAL_UNITS = tuple("村县镇乡屯寨坊")
#: an indefinite or a demonstrative before the front's unit stays in the title (the conventions of session 23)
_POINTERS = frozenset({"某", "该"})
#: the longest front read (words and characters)
_MOST_WORDS = 5
_MOST_CHARACTERS = 16


def role_noun_titles(tokens: list[Token], index: int) -> list[str]:
    """The role noun's title before the name at ``tokens[index]`` and the
    chain it closes (某区居民、广场舞/n + 大妈/n + 某某: both), or an empty list.
    The chain's items before the 、 are read by the grammar as any chain is."""
    title, start = _role_title(tokens, index)
    if not title:
        return []
    if start >= 2 and tokens[start - 1][0] == "、":
        chain = titles_before(tokens, start - 1)
        if chain and all(is_title(item) for item in chain):
            return chain + [title]
    return [title]


def role_noun_title(tokens: list[Token], index: int) -> str:
    """The title formed by a role noun and its modifier right before the name
    at ``tokens[index]`` (资深/a + 冰友/n + 刘某), or the empty string."""
    return _role_title(tokens, index)[0]


def _role_title(tokens: list[Token], index: int) -> tuple[str, int]:
    """:func:`role_noun_title` and the index where the title starts."""
    if index < 2:
        return "", index
    role, tag = tokens[index - 1]
    if (tag not in _ROLE_TAGS or not 2 <= len(role) <= 3 or role[-1] not in ROLE_MORPHEMES or role in _RELATIONS
            or role[0] in _AGE_PREFIXES or is_title(role)):
        return "", index
    modifier, modifier_tag = tokens[index - 2]
    if len(modifier) < 2 or not (modifier_tag in _MODIFIER_TAGS
                                 or modifier_tag == "LOC" and modifier.endswith(_LOCAL_UNITS)):
        return "", index
    start = index - 2
    while (start > 0 and index - start < _MOST_WORDS and tokens[start - 1][1] in _FRONT_TAGS
           and len("".join(w for w, _ in tokens[start - 1:index - 1])) <= _MOST_CHARACTERS):
        start -= 1
    if start > 0 and tokens[start - 1][0] in _POINTERS:
        start -= 1  # 某/r + 公司 + 法定代表人: the indefinite stays with its unit, as the title is written
    return "".join(w for w, _ in tokens[start:index]), start
