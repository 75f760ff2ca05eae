"""Agent nouns LAC cut before their last character (创建/v + 人/n, 受助/v + 人/n, 作业/vn + 手/n).

A role is often made of a verb and 人 or 手 (创建人, 受助人, 传承人, 作业手,
护旗手). A few of them are words LAC knows whole; the others it cuts into the
verb and a one-character noun. Read backwards from the name, the title grammar
stopped at the verb and found no head in 人 alone, so the person lost the role.
Counted on the tuning parts of the annotated set: a two-character verb and 人
right before an annotated person's name were the end of that person's title
every time (24 of 24); 人 after a place or an adjective (某地 + 人, 清 + 人:
where someone is from, an era) never was, and stays no head here.
"""

from __future__ import annotations

from .han_chars import HAN_RUN
from .lexer import Token

#: one-character endings that make an agent noun of the verb before them (创建人, 作业手)
AGENT_ENDINGS = frozenset("人手")
#: the verb's tags (a verb, or a verb used as a noun: 传承/vn) and its length: two characters
#: (a one-character verb and 人 are a clause: 请 + 人, 找 + 人)
_VERB_TAGS = frozenset({"v", "vn"})
_VERB_LENGTH = 2
#: characters a title never opens with (a particle, a preposition, a conjunction)
_NO_OPENING = "的和与及等是为在把被由"


def agent_verb(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` the verb of an agent noun whose one-character ending
    stands right before the name at ``end`` (创建/v + 人/n + 某某)?"""
    if k != end - 2 or k < 0:
        return False
    (verb, verb_tag), (ending, ending_tag) = tokens[k], tokens[k + 1]
    return (verb_tag in _VERB_TAGS and len(verb) == _VERB_LENGTH and bool(HAN_RUN.fullmatch(verb))
            and ending in AGENT_ENDINGS and ending_tag == "n")


def agent_title(tokens: list[Token], run: str, start: int, end: int) -> str:
    """``run`` (tokens ``start`` to ``end``) when it ends in a cut agent noun
    (某某根据地 + 创建/v + 人/n, 受助/v + 人/n), else the empty string."""
    if end - start < 2 or not agent_verb(tokens, end - 2, end) or not run or run[0] in _NO_OPENING:
        return ""
    return run
