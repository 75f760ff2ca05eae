"""Villages LAC read as common nouns (某某镇 + 腰站子村/n) or cut after a
direction (某镇 + 西 + 邢庄村), and a village written whole beside its short
name (杨岭村 beside 杨岭): kept apart from :mod:`.places`, which reads LOC
words only, as the re-tagged tokens serve both the places and the people
(whose village titles are completed with the village just named)."""

from __future__ import annotations

import re
from operator import itemgetter

from .lexer import Token
from .world import is_world_name, place_shaped

#: endings of a village's name (某某村, 某某屯, 某某寨)
_VILLAGE_ENDINGS = ("村", "屯", "寨")
#: endings of the divisions a village is written after (某某镇 + 某某村, 某某乡 + 某某村)
_DIVISION_ENDINGS = ("镇", "乡", "县", "区", "旗", "街道")
#: noun tags LAC gives a village it does not know
_NOUN_TAGS = frozenset({"n", "nz"})


def _village_after_division(tokens: list[Token], index: int) -> bool:
    """A noun of a village's shape (three to six characters, a name before 村)
    right after a division's LOC word: a division chain names the village."""
    word, tag = tokens[index]
    return (tag in _NOUN_TAGS and 3 <= len(word) <= 6 and word.endswith(_VILLAGE_ENDINGS) and index >= 1
            and tokens[index - 1][1] == "LOC" and tokens[index - 1][0].endswith(_DIVISION_ENDINGS)
            and place_shaped(word))


def _has_ending(tokens: list[Token], endings: tuple[str, ...]) -> bool:
    """Does any of ``endings`` stand in the sentence? A cheap look (the text
    joined at C speed) before any word is checked: most sentences name no village."""
    text = "".join(map(itemgetter(0), tokens))
    return any(ending in text for ending in endings)


#: one-character directions that open villages' names (东孙村, 西邢庄村)
_DIRECTIONS = frozenset("前后东西南北上下中")
#: endings of a village's name a direction may open (某庄 as well as 某村)
_DIRECTED_ENDINGS = ("村", "庄", "屯", "寨")
#: divisions' characters a direction glued after cannot end (省庄镇 + 东: 省庄镇东 is no name)
_DIVISION_CHARS = frozenset("省市县区旗镇乡")


def _direction_to_village(tokens: list[Token]) -> list[Token]:
    """A direction between a division and a village is the village's first
    character (某镇 + 西/LOC + 邢庄村 -> 西邢庄村; 某镇东/LOC + 孙村 -> 某镇 +
    东孙村): written right after a division's name, a direction says nothing
    of the division (a place is never 'east of the town' so written)."""
    if not _has_ending(tokens, _DIRECTED_ENDINGS):
        return list(tokens)  # no word can end a village: nothing to join
    out: list[Token] = []
    for word, tag in tokens:
        before = out[-1] if out else ("", "")
        village = len(word) >= 2 and word.endswith(_DIRECTED_ENDINGS) and tag in _NOUN_TAGS | {"LOC"}
        if village and len(before[0]) >= 3 and before[1] == "LOC" and before[0][-1] in _DIRECTIONS \
                and before[0][-2] in _DIVISION_CHARS:
            out[-1] = (before[0][:-1], "LOC")
            out.append((before[0][-1] + word, "LOC"))
        elif (village and len(before[0]) == 1 and before[0] in _DIRECTIONS and len(out) >= 2 and out[-2][1] == "LOC"
              and out[-2][0][-1] in _DIVISION_CHARS):
            out[-1] = (before[0] + word, "LOC")
        else:
            out.append((word, tag))
    return out


def villages_read_as_nouns(chunks: list[list[Token]]) -> list[list[Token]]:
    """The article's tokens with every village a division chain names tagged
    LOC wherever the article writes it (腰站子村/n after 某某镇 once, then alone):
    LAC is not consistent across sentences, the village is the same."""
    chunks = [_direction_to_village(tokens) for tokens in chunks]
    villages = {tokens[i][0] for tokens in chunks if _has_ending(tokens, _VILLAGE_ENDINGS)
                for i in range(len(tokens)) if _village_after_division(tokens, i)}
    if not villages:
        return chunks
    return [[(word, "LOC") if tag in _NOUN_TAGS and word in villages else (word, tag) for word, tag in tokens]
            for tokens in chunks]


#: a village's units: X + unit beside X alone is the village whole (杨岭村 beside 杨岭), no stray character
_VILLAGE_UNITS = frozenset("村屯寨")


def village_whole(name: str, short: str, divisions: frozenset[str]) -> bool:
    """杨岭村 beside 杨岭: a village written whole and by its short name, not a
    place with a stray character; a division or a world name before 村 is
    that place and a word (萧山 + 村集体), a village before 村 is 村 again (某村 + 村支书)."""
    return (name[-1] in _VILLAGE_UNITS and short[-1] not in _VILLAGE_UNITS and short not in divisions
            and not is_world_name(short))


#: what a 村 opens when it ends no village's name: the village's collective, its level, inside it,
#: its villagers' group, cadres and two committees (新年村 + 集体经济 is 新年 + 村集体经济, 加上村 + 一级 is
#: 加上 + 村一级, 南疆村里 is 南疆 + 村里, 某背村 + 民小组 is the villagers' group 某背 + 村民小组, 年前村 +
#: 干部 is 年前 + 村干部, 建起村 + 两委 is 建起 + 村两委); not 村民 alone: 某桥村民 are the villagers of 某桥村
_OPENED = re.compile("集体|一级|级|里|民小组|干部|两委")


def village_only_before_opened_word(name: str, text: str) -> bool:
    """Is ``name`` (某某村) written in ``text`` only right before a word its 村
    opens (村集体, 村一级, 村级, 村里, 村民小组, 村干部, 村两委)? LAC reads such a run as a place, yet a
    real village (某某村集体经济) is named elsewhere in the article as well."""
    if len(name) < 3 or not name.endswith("村"):
        return False
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _OPENED.match(text, end):
            return False
        start = text.find(name, end)
    return True
