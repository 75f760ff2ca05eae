"""The end of a name: a form of address LAC kept inside the name's word
(某某·某某女士/PER, or ·某某女士 read as a mark and joined to the name's
first part) stands apart, so the name is the same at every mention and the
word after it (是, 说) still reads as the clause's; so does the 语 of a quote's
attribution in brackets (（某村村民王某语）), and a numeral LAC read as the
first of a date (安某晋 + 三 + 4日) is the name's last character.

Kept apart from :mod:`.namerepair` (which joins and cuts names by the words
around them).
"""

from __future__ import annotations

from ..names import NEWS_SURNAMES as SURNAMES
from .lexer import Token

#: forms of address written right after a full name (维奥拉·某某女士, 王某某先生)
_ADDRESS_AFTER_NAME = ("女士", "先生")
#: a Han name without a dot keeps at least a surname and a given name before the form of address
_SHORTEST_NAME = 2


#: numerals LAC may read as the start of a number though they end a name (安某晋三 + 4日)
_NUMERALS = frozenset("一二三四五六七八九十")
#: what closes a quote's attribution: （某某语）
_CLOSING_BRACKETS = frozenset({"）", ")"})


def name_ends_apart(tokens: list[Token]) -> list[Token]:
    """All the repairs of a name's end this module knows, in one pass each."""
    return address_apart(_attribution_apart(_numeral_before_digits(_adverb_apart(tokens))))


def _adverb_apart(tokens: list[Token]) -> list[Token]:
    """An adverb of manner of the shape ABB (乐呵呵, 笑眯眯) before 地 whose first
    character LAC glued to the name before it (赵某乐/PER + 呵呵 + 地 + 说): the
    character is the adverb's, the name ends before it."""
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        if (out and out[-1][1] == "PER" and len(out[-1][0]) >= 3 and len(word) == 2 and word[0] == word[1]
                and k + 1 < len(tokens) and tokens[k + 1][0] == "地" and "·" not in out[-1][0]):
            name = out[-1][0]
            out[-1] = (name[:-1], "PER")
            out.append((name[-1] + word, "a"))
            continue
        out.append((word, tag))
    return out


def _numeral_before_digits(tokens: list[Token]) -> list[Token]:
    """A Chinese numeral right before Arabic digits (安某晋/PER + 三 + 4日, or
    三4日 as one word) is no part of a number (no number mixes the two
    scripts): it is the last character of the name before it."""
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if out and out[-1][1] == "PER" and word[:1] in _NUMERALS and (
                word[1:2].isdigit() or len(word) == 1 and following[:1].isdigit()):
            out[-1] = (out[-1][0] + word[0], "PER")
            if len(word) > 1:
                out.append((word[1:], tag))
            continue
        out.append((word, tag))
    return out


def _attribution_apart(tokens: list[Token]) -> list[Token]:
    """The 语 ("words of") that closes a quote's attribution in brackets, which
    LAC glued to the word after a two-character name (村民王某/PER + 为语 + ）),
    stands apart: the name is 王某为. (A name's word ending in 语 before the
    bracket is cut by the name's quoting character, :func:`.namerepair.trim_name_endings`.)"""
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        closing = k + 1 < len(tokens) and tokens[k + 1][0] in _CLOSING_BRACKETS
        if (closing and tag != "PER" and len(word) == 2 and word.endswith("语") and out and out[-1][1] == "PER"
                and len(out[-1][0]) == 2):
            out[-1] = (out[-1][0] + word[0], "PER")
            out.append(("语", "n"))
        else:
            out.append((word, tag))
    return out


def address_apart(tokens: list[Token]) -> list[Token]:
    """A name's word that ends in 女士 or 先生 is the name and the form of
    address (维奥拉·莫尔肯廷女士 -> 维奥拉·莫尔肯廷 + 女士); a surname alone before
    it (王先生) is a form of address as a whole and is left to the rules that
    know it."""
    out: list[Token] = []
    for word, tag in tokens:
        address = next((a for a in _ADDRESS_AFTER_NAME if word.endswith(a)), "") if tag == "PER" else ""
        name = word[:-len(address)] if address else ""
        if address and len(name) >= _SHORTEST_NAME and name[-1] not in "·•・":
            out += [(name, "PER"), (address, "n")]
            continue
        out.append((word, tag))
    return out


#: last characters of bodies' names (理事会, 某某镇) that end given names too (赵某会, 王某镇)
_BODY_LIKE_GIVEN_ENDINGS = frozenset("会镇")


def speaks_despite_ending(tokens: list[Token], index: int, speech: frozenset[str]) -> bool:
    """Is the word at ``index`` a three-character name that ends like a body's
    name (赵某会, as 理事会) but is the subject of a speech verb (总经理赵某会 +
    表示)? A body does not speak in the news's attributions; a person does."""
    word = tokens[index][0]
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return (len(word) == 3 and word[-1] in _BODY_LIKE_GIVEN_ENDINGS and word[0] in SURNAMES
            and all("\u4e00" <= c <= "\u9fff" for c in word) and following in speech)


def writes_a_work(tokens: list[Token], index: int) -> bool:
    """Is the name at ``index`` followed by 的 and a work's title (某某的《某某》)?
    The text names the work's author: a person, even if named only once."""
    return [word for word, _ in tokens[index + 1:index + 3]] == ["的", "《"]
