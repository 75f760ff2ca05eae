"""People named in an article body, each with every title the text gives them.

LAC proposes names (PER); a name LAC tagged once is then found at its other
mentions too (LAC is not consistent across sentences). Each mention
contributes the titles written around it (see :mod:`.titles`); mentions merge
per article, so a later bare 廖述毅 joins the first, titled one. Reporters,
photographers and editors are not people of the news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..model import Person
from .lexer import Token
from .titles import complete_title, is_contributor, title_after, titles_before

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·•・][\u4e00-\u9fff]+)+|[\u4e00-\u9fff]{2,8}")
_COMMITTEE_MEMBER = re.compile(r"^(.+委)常委$")


def valid_name(word: str) -> bool:
    """Plausible as a person's name: 2-4 Han characters, or a foreign name with ·."""
    return bool(_HAN_NAME.fullmatch(word) or ("·" in word or "•" in word) and _FOREIGN_NAME.fullmatch(word))


def split_at_names(tokens: list[Token], names: Iterable[str]) -> list[Token]:
    """Re-cut tokens so that every known name stands as its own PER token.

    LAC may glue a name it recognised elsewhere into a neighbour
    (卡塔尔埃米尔塔米姆 as one LOC); the pieces keep the neighbour's tag.
    """
    ordered = sorted(set(names), key=len, reverse=True)
    if not ordered:
        return tokens
    pattern = re.compile("|".join(map(re.escape, ordered)))
    out: list[Token] = []
    for word, tag in tokens:
        if tag == "PER" or not pattern.search(word):
            out.append((word, tag))
            continue
        position = 0
        for match in pattern.finditer(word):
            if match.start() > position:
                out.append((word[position:match.start()], tag))
            out.append((match.group(), "PER"))
            position = match.end()
        if position < len(word):
            out.append((word[position:], tag))
    return out


def find_people(chunks: list[list[Token]], *, exclude: set[str], anchors: dict[str, str],
                place_in_title: Callable[[str], str | None]) -> list[Person]:
    """Every person of the article with their titles, in order of first mention.

    ``exclude`` holds byline and credit names; ``anchors`` the article's place
    per level (区 -> 茂南区) used to complete abbreviated titles; it is updated
    as explicit titles (茂南区委书记) are met, so the nearest one wins.
    ``place_in_title`` returns the division name a title starts with. The
    article's places named in titles are added to ``anchors`` (first one per level).
    """
    article_anchors = anchors
    names: set[str] = set()
    contributors = set(exclude)
    for tokens in chunks:
        for i, (word, tag) in enumerate(tokens):
            if tag == "PER" and valid_name(word):
                (contributors if is_contributor(tokens, i) else names).add(word)
    names -= contributors
    anchors = dict(anchors)
    people: dict[str, list[str]] = {}
    for raw in chunks:
        tokens = split_at_names(raw, names)
        for i, (word, tag) in enumerate(tokens):
            if tag != "PER" or word not in names or is_contributor(tokens, i):
                continue
            titles = people.setdefault(word, [])
            committee: str | None = None
            written = titles_before(tokens, i)
            after = title_after(tokens, i)
            if after:
                written.append(after)
            for title in written:
                place = place_in_title(title)
                if place:
                    anchors[place[-1]] = place
                    article_anchors.setdefault(place[-1], place)
                full = complete_title(title, anchors, committee)
                member = _COMMITTEE_MEMBER.match(full)
                if member:
                    committee = member.group(1)
                if full not in titles:
                    titles.append(full)
    return [Person(name, _drop_contained(titles)) for name, titles in _merge_short_names(people).items()]


def _merge_short_names(people: dict[str, list[str]]) -> dict[str, list[str]]:
    """特朗普 joins 唐纳德·特朗普 when both are in the same article."""
    merged: dict[str, list[str]] = {}
    for name, titles in people.items():
        longer = next((n for n in people if n != name and re.search(r"[·•・]" + re.escape(name) + "$", n)), None)
        target = merged.setdefault(longer or name, [])
        target.extend(t for t in titles if t not in target)
    return {name: merged[name] for name in people if name in merged}


def _drop_contained(titles: list[str]) -> list[str]:
    """Drop a title that another title of the same person ends with (主席 beside 国家主席)."""
    return [t for t in titles if not any(o != t and o.endswith(t) for o in titles)]
