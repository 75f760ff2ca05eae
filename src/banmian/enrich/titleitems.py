"""Items of a chain of titles that are no title: a person's origin and age.

News writes a person's origin or age as one more item of the chain before the
name (时任某地知府、某县人 + name; 某村护林员、63岁的农民 + name). They are no
office, yet they do not end the chain: the titles before them are the
person's all the same. The grammar steps over them (:func:`origin_item`) or
keeps the title after the age without it (:func:`age_front`).
"""

from __future__ import annotations

from .lexer import Token
from .titlemarks import CHAIN_MARKS

#: the marks that join items of one chain (not a comma, which also ends clauses)
_ITEM_MARKS = ("、",)
#: the most place words an origin is written with (某省 + 某县 + 人)
_ORIGIN_PLACES = 2


def is_age(token: Token) -> bool:
    """A person's age (63岁, 七十岁): a number LAC tags with its measure 岁."""
    return token[1] == "m" and token[0].endswith("岁") and len(token[0]) > 1


def origin_item(tokens: list[Token], end: int) -> int:
    """The index of the 、 that opens an origin item ending at ``end`` (某县 +
    人, 某省某县 + 人: where the person is from), or -1. Only an item between
    two marks of a chain: a place and 人 elsewhere are a phrase of the clause."""
    if end < 3 or tokens[end - 1][0] != "人":
        return -1
    k = end - 1
    while k > 0 and end - 1 - k < _ORIGIN_PLACES and tokens[k - 1][1] == "LOC":
        k -= 1
    if k == end - 1 or k < 1 or tokens[k - 1][0] not in _ITEM_MARKS:
        return -1
    return k - 1


def age_front(tokens: list[Token], start: int) -> int:
    """The index of an age opening the item whose title starts at ``start``
    (、 + 63岁 + 的 + 农民, 、 + 63岁 + 农民), or -1: the item is a whole item
    of the chain though its age is no part of the title."""
    k = start - 1
    if k >= 1 and tokens[k][0] == "的":
        k -= 1
    if k < 1 or not is_age(tokens[k]) or tokens[k - 1][0] not in CHAIN_MARKS:
        return -1
    return k
