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

#: a Han name without a dot keeps at least a surname and a given name before the form of address
_SHORTEST_NAME = 2


#: numerals LAC may read as the start of a number though they end a name (安某晋三 + 4日)
_NUMERALS = frozenset("一二三四五六七八九十")
#: what closes a quote's attribution: （某某语）
_CLOSING_BRACKETS = frozenset({"）", ")"})


def name_ends_apart(tokens: list[Token]) -> list[Token]:
    """All the repairs of a name's end this module knows, in one pass: each
    looks only at the word right after a name."""
    out: list[Token] = []
    for k, (word, tag) in enumerate(tokens):
        if tag == "PER":
            address = _address_after(word)
            if address:  # 艾琳娜·某某女士 -> 艾琳娜·某某 + 女士
                out += [(word[:-len(address)], "PER"), (address, "n")]
                continue
        elif out and out[-1][1] == "PER":
            following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
            name = out[-1][0]
            if word[:1] in _NUMERALS and (word[1:2].isdigit() or len(word) == 1 and following[:1].isdigit()):
                # 安某晋/PER + 三 + 4日: no number mixes Chinese numerals and Arabic digits, 三 ends the name
                out[-1] = (name + word[0], "PER")
                if len(word) > 1:
                    out.append((word[1:], tag))
                continue
            if len(word) == 2 and following in _CLOSING_BRACKETS and word[1] == "语" and len(name) == 2:
                # 村民王某/PER + 为语 + ）: the 语 ("words of") closing a quote's attribution stands apart
                out[-1] = (name + word[0], "PER")
                out.append(("语", "n"))
                continue
            if len(word) == 2 and word[0] == word[1] and following == "地" and len(name) >= 3 and "·" not in name:
                # 赵某乐/PER + 呵呵 + 地: the first character of an adverb of the shape ABB (乐呵呵) is the adverb's
                out[-1] = (name[:-1], "PER")
                out.append((name[-1] + word, "a"))
                continue
        out.append((word, tag))
    return out


def _address_after(word: str) -> str:
    """The form of address (女士, 先生) a name's word ends in, or "": 艾琳娜·霍尔曼女士
    is the name and the address; a surname alone before it (王先生) is a form of
    address as a whole and is left to the rules that know it."""
    address = "女士" if word.endswith("女士") else "先生" if word.endswith("先生") else ""
    name = word[:-2] if address else ""
    return address if len(name) >= _SHORTEST_NAME and name[-1] not in "·•・" else ""


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
    return index + 2 < len(tokens) and tokens[index + 1][0] == "的" and tokens[index + 2][0] == "《"
