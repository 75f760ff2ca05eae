"""The front of a title that LAC's cuts hide: a title read as a name before
the name it belongs to (驻阿大使/PER + 某某·某某), a country's name cut
in pieces across a title's first words (毛里/PER + 求/v + 斯华人联盟/ORG +
主席), and the first side of a body named by two countries read as a
preposition (朝/p + 中友好协会/ORG + 委员长). Both are mended on the tokens before names are looked for, so the
title keeps its front and the name keeps its edges.

Kept apart from :mod:`.namerepair` (which mends the names themselves).
"""

from __future__ import annotations

from .lexer import Token, text_of
from .namewords import ABBREVIATIONS, RELATION_WORDS
from .titles import is_title
from .world import CITIES, COUNTRIES

#: a title read as a name is short: a head and at most a few characters before it (驻阿大使 -> 阿大使)
_TITLE_AS_NAME_LONGEST = 4
#: a country or city cut across words is one of three characters or more (毛里求斯, 埃塞俄比亚): two-character
#: names (马里, 中非) are too often two halves of other words
_SHORTEST_CUT_PLACE = 3
_CUT_PLACES = frozenset(p for p in COUNTRIES | CITIES if len(p) >= _SHORTEST_CUT_PLACE)
_LONGEST_CUT_PLACE = max(len(p) for p in _CUT_PLACES)
#: the first two characters of those places: a sentence without any of them is left alone at once
_CUT_PLACE_OPENINGS = frozenset(p[:2] for p in _CUT_PLACES)


def title_read_as_name(tokens: list[Token]) -> list[Token]:
    """A word LAC tagged as a name that is a title's head with a character or
    two before it (阿大使 of 驻阿大使), right before another name, is that
    name's title: a name never ends in a head of two characters or more
    (王大使 alone is a form of address, never a person's name)."""
    if sum(1 for _, tag in tokens if tag == "PER") < 2:
        return tokens
    out = list(tokens)
    for i in range(len(out) - 1):
        word, tag = out[i]
        if (tag == "PER" and out[i + 1][1] == "PER" and 3 <= len(word) <= _TITLE_AS_NAME_LONGEST
                and is_title(word[1:], agent_nouns=False) and is_title(word[-2:], agent_nouns=False)):
            out[i] = (word, "n")
    return out


def whole_cut_places(tokens: list[Token]) -> list[Token]:
    """A country or a city of three characters or more that LAC cut across
    words (毛里/PER + 求/v + 斯华人社团联盟/ORG) is one place again, and what
    its last word held after it stays a word of its own (华人社团联盟/ORG).
    Only where the place starts a word and ends inside a later one, or ends
    where a word ends with none of its pieces read as a place (圭亚/PER +
    那/r): a place read whole, or read in places (a place's words), is LAC's own
    reading."""
    if len(tokens) < 2:
        return tokens
    text = text_of(tokens)
    starts: set[int] = set()
    offset = 0
    for word, _ in tokens:  # words whose first two characters in the text open such a place
        if text[offset:offset + 2] in _CUT_PLACE_OPENINGS:
            starts.add(offset)
        offset += len(word)
    if not starts:
        return tokens
    out: list[Token] = []
    i = offset = 0
    while i < len(tokens):
        cut = _cut_place_at(tokens, i) if offset in starts else None
        if cut is None:
            offset += len(tokens[i][0])
            out.append(tokens[i])
            i += 1
            continue
        place, last, rest = cut
        out.append((place, "LOC"))
        if rest:
            out.append((rest, tokens[last][1]))
        offset += sum(len(word) for word, _ in tokens[i:last + 1])
        i = last + 1
    return out


def _cut_place_at(tokens: list[Token], start: int) -> tuple[str, int, str] | None:
    """The place that starts at word ``start`` and ends inside a later word:
    (the place, the index of the word it ends in, what that word keeps)."""
    text = ""
    for last in range(start, len(tokens)):
        word = tokens[last][0]
        if last > start:
            for cut in range(1, len(word)):
                if text + word[:cut] in _CUT_PLACES:
                    return text + word[:cut], last, word[cut:]
        text += word
        if last > start and text in _CUT_PLACES and any(tag not in ("LOC", "w") for _, tag in tokens[start:last + 1]):
            return text, last, ""  # 圭亚/PER + 那/r: cut where words end, yet LAC read no place in the pieces
        if len(text) >= _LONGEST_CUT_PLACE or not word or tokens[last][1] == "w":
            return None
    return None


#: tags a one-character country abbreviation opening a body's name is read with (朝/p, 越/d)
_SIDE_TAGS = frozenset({"p", "d", "v", "c", "a", "LOC", "n"})


def two_sides_body(tokens: list[Token]) -> list[Token]:
    """A body named by two countries' abbreviations and their relation
    (朝中友好协会, 越中友好协会) whose first side LAC read as a word of its own
    (朝/p + 中友好协会/ORG): the side is the body's first character, so the
    title before the name opens with it, not with the second side."""
    out: list[Token] = []
    for word, tag in tokens:
        last = out[-1] if out else ("", "w")
        if (len(last[0]) == 1 and last[0] in ABBREVIATIONS and last[1] in _SIDE_TAGS and tag in ("ORG", "n", "nz")
                and len(word) >= 3 and word[0] in ABBREVIATIONS and word[0] != last[0]
                and any(word[1:].startswith(relation) for relation in RELATION_WORDS)):
            out[-1] = (last[0] + word, "ORG")
            continue
        out.append((word, tag))
    return out
