"""Roster lines: a name, a space, then what the person is, to the end of the
line (杨某 某县某局局长; 李某（女） 某村党支部书记、村委会主任). Kept apart from
the title grammar (:mod:`.titles`), whose :func:`~.titles.is_title` judges
each part."""

from __future__ import annotations

import re
from collections.abc import Callable

from .gazetteer import get_gazetteer
from .lexer import Token
from .titles import CHAIN_MARKS, HEADS, is_title
from .nameshapes import AFTER_NAME
from .titlewords import SEX_MARKS
from .world import is_world_name


def roster_name_end(tokens: list[Token]) -> int:
    """Where the name of a roster line ends (杨某 某县某局局长: a name, a space,
    then titles to the end of the line), or 0 when the line is no roster entry.
    The name is everything before the space, whatever LAC made of it (牛 + 何松)."""
    space = next((k for k, (word, _) in enumerate(tokens) if not word.strip()), -1)
    if space < 1 or space > 6:
        return 0
    head = "".join(word for word, _ in tokens[:space])
    mark = next((m for m in SEX_MARKS if head.endswith(m)), "")
    name = head[:len(head) - len(mark)]
    if not (2 <= len(name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name)) or is_title(name, agent_nouns=False):
        return 0
    if all(tag in ("m", "TIME") for word, tag in tokens[:space]):
        return 0  # 第二十条  某某领导干部…: a regulation's numbered article before its text, no name
    end = 0
    while end < space and len("".join(word for word, _ in tokens[:end])) < len(name):
        end += 1
    if len("".join(word for word, _ in tokens[:end])) != len(name):
        return 0
    return end if roster_titles(tokens, space) else 0


def roster_titles(tokens: list[Token], start: int) -> list[str]:
    """The titles of a roster line after its name: from the space at ``start``
    to the end of the line, chained by 、, ， or 兼, each one a title."""
    k = start
    while k < len(tokens) and not tokens[k][0].strip():
        k += 1
    titles: list[str] = []
    part = ""
    for word, tag in tokens[k:] + [("、", "w")]:
        if not part and _opens_a_clause(word, tag):
            return titles  # 某某  她是钳工，也是发明人: a citation about the name, no title
        if word in CHAIN_MARKS or word in ("。", "；", ";"):
            if not is_title(part) or len(part) > 40:
                return titles
            titles.append(part)
            part = ""
            continue
        if not word.strip():
            return titles  # a second space: no longer the roster line's title
        part += word
    return titles


#: copulas that open a clause about the name (也是设计师), never a title
_CLAUSE_COPULAS = frozenset({"是", "也是", "还是", "更是", "就是", "又是"})


def _opens_a_clause(word: str, tag: str) -> bool:
    """Does a part of a roster line open with a pronoun (他, 她们; not 某, which
    hides a body's name: 某县某局局长) or a copula? Then it is a sentence about
    the person, not what the person is."""
    return tag == "r" and not word.startswith("某") or word in _CLAUSE_COPULAS


def titles_in_roster(tokens: list[Token], index: int) -> list[str]:
    """The titles after the name at ``index`` when it opens a roster line."""
    if any(word.strip() for word, _ in tokens[:index]):
        return []
    k = index + 1
    mark = "".join(word for word, _ in tokens[k:k + 3])
    if mark in SEX_MARKS:
        k += 3
    if k >= len(tokens) or tokens[k][0].strip():
        return []
    return roster_titles(tokens, k)


#: a colon after a speaker's name: the remarks follow on the next line
_REMARKS_FOLLOW = ("：", ":")


def speaker_line_titles(tokens: list[Token], index: int) -> list[str]:
    """The titles of a speaker's line: what the person is, a space, then the
    name closing the line (某大学某学院院长  王某, 科幻作家、某社某部副主任  李某:
    how a symposium's speakers or a page's writers are introduced, the mirror
    of a roster line; a colon may close it when the person's remarks follow:
    某研究所研究员  王某：); empty when the line holds anything else."""
    rest = tokens[index + 1:]
    if rest and rest[-1][0] in _REMARKS_FOLLOW:
        rest = rest[:-1]
    if any(word.strip() for word, _ in rest):
        return []
    k = index - 1
    while k >= 0 and not tokens[k][0].strip():
        k -= 1
    if k == index - 1 or k < 0 or any(tag == "w" and word not in CHAIN_MARKS for word, tag in tokens[:k + 1]):
        return []
    parts = re.split("[、兼]", "".join(word for word, _ in tokens[:k + 1]))
    return parts if all(part and len(part) <= 40 and is_title(part) for part in parts) else []


def respective_titles(tokens: list[Token], index: int, title: str, place_in_title: Callable[[str], str | None]) -> dict[int, str]:
    """Titles of one kind given to as many places as names, in order
    (东省、西省、南省工会主要负责人李某、王某、张某: each name the title of its
    own place, not all the last one's): the name's index -> its title, for the
    name at ``index`` and the names listed after it; empty when the places and
    the names are not as many, or the title opens with no place."""
    start, text = index, ""
    while start > 0 and len(text) < len(title):
        start -= 1
        text = tokens[start][0] + text
    if text != title or start < 2 or tokens[start - 1][0] != "、" or tokens[start - 2][1] != "LOC":
        return {}  # the cheap checks first: most titles follow no list of places
    place = place_in_title(title) or _opening_place(title)
    if not place or not title.startswith(place):
        return {}
    places = [place]
    k = start - 1
    while k >= 1 and tokens[k][0] == "、" and tokens[k - 1][1] == "LOC" and 2 <= len(tokens[k - 1][0]) <= 6:
        places.insert(0, tokens[k - 1][0])
        k -= 2
    names = [index]
    while names[-1] + 2 < len(tokens) and tokens[names[-1] + 1][0] == "、" and tokens[names[-1] + 2][1] == "PER":
        names.append(names[-1] + 2)
    if len(places) < 2 or len(places) != len(names):
        return {}
    rest = title[len(place):]
    return {name: own + rest for name, own in zip(names, places)}


def _opening_place(title: str) -> str | None:
    """The longest place name, full or short, that opens ``title`` (甘肃工会主要负责人 -> 甘肃)."""
    gazetteer = get_gazetteer()
    return next((title[:end] for end in range(min(len(title) - 1, 6), 1, -1)
                 if gazetteer.candidates(title[:end]) or is_world_name(title[:end])), None)


#: tags of the words LAC may cut a name's tail into (江原/PER + 规由/n): no function word, no date
_NAME_PIECE_TAGS = frozenset({"PER", "n", "nz", "nr", "v", "a", "LOC", "ORG", "j"})
#: a header's name: 2 to 5 characters, a foreign one's parts joined by a dot
_HEADER_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+")


def header_line_name(tokens: list[Token]) -> list[Token]:
    """A remarks header, title + name + colon closing the line (某研究所首席研究员
    某某某：, remarks follow on the next line): the name is all that stands
    between the title's head and the colon, from the part LAC read as a name
    on (江原/PER + 规由/n: a foreign name it cut): one name token. The tokens
    unchanged when the line is no such header or LAC read the name whole."""
    if len(tokens) < 4 or tokens[-1][0] not in _REMARKS_FOLLOW:
        return tokens
    body = tokens[:-1]
    if any(tag == "w" and word.strip() and word not in CHAIN_MARKS for word, tag in body):
        return tokens  # a quote, a bracket or a full stop: a sentence, not a header (、 and ， chain titles)
    for k in range(len(body) - 2, 0, -1):  # the shortest name of two words or more after a title
        words = body[k:]
        name = "".join(word for word, _ in words)
        if len(name) > 12:
            break
        title = "".join(word for word, _ in body[:k]).strip()
        if (words[0][1] != "PER" or not _HEADER_NAME.fullmatch(name) or not title or " " in title
                or not is_title(title) or any(tag not in _NAME_PIECE_TAGS or tag == "v" and len(word) > 1
                                              or word in HEADS or word in AFTER_NAME for word, tag in words[1:])):
            continue  # the name opens with the part LAC did read as one (李某/PER + 说/v: a verb after it)
        return body[:k] + [(name, "PER")] + tokens[-1:]
    return tokens
