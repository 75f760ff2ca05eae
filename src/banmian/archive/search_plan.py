"""From a parsed query and filters to each backend's full-text expressions.

A search has three *tiers*: ``all`` (every match), ``head`` (matches whose
headline holds one of the words) and ``rest`` (all minus head). Small result
sets are ranked whole by relevance; large ones (more than a backend's
``rank_all_limit``, where scoring every match would cost too much) list the
headline tier first, ranked when it is small, then the rest newest-added
first. Every expression is built from tokens the tokenizer produced (letters,
digits, CJK, ASCII key names), quoted, and bound as one parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

from .keys import date_cover, page_key, paper_key, person_key, section_key
from .records import SearchFilters
from .tokenizer import ParsedQuery, QueryTerm, fts5_quote, pg_quote


def key_groups(filters: SearchFilters, bounds: tuple[str | None, str | None]) -> list[list[str]] | None:
    """Filters as an AND of OR-groups of keys; None when the filters can match nothing."""
    groups: list[list[str]] = []
    if filters.paper:
        groups.append([paper_key(filters.paper)])
    if filters.page is not None:
        groups.append([page_key(filters.page)])
    if filters.section:
        groups.append([section_key(filters.section)])
    if filters.person:
        groups.append([person_key(filters.person)])
    if filters.date_from or filters.date_to:
        low, high = bounds
        if low is None or high is None:
            return None
        start = max(filters.date_from or low, low)
        end = min(filters.date_to or high, high)
        if start > end:
            return None
        groups.append(date_cover(start, end))
    return groups


def _single_char(phrase: tuple[QueryTerm, ...]) -> str | None:
    """The character of a one-CJK-character word (searched through keys), else None."""
    if len(phrase) == 1 and phrase[0].prefix:
        return phrase[0].token
    return None


@dataclass(frozen=True, slots=True)
class Fts5Plan:
    """FTS5 MATCH expressions for each tier."""

    all: str
    head: str

    def tier(self, name: str) -> str:
        if name == "head":
            return f"({self.all}) AND ({self.head})"
        if name == "rest":
            return f"({self.all}) NOT ({self.head})"
        return self.all


def fts5_plan(parsed: ParsedQuery, groups: list[list[str]]) -> Fts5Plan:
    parts: list[str] = []
    head: list[str] = []
    for phrase in parsed.phrases:
        char = _single_char(phrase)
        if char is not None:
            parts.append("{keys} : " + fts5_quote(char))
            head.append("{keys} : " + fts5_quote("h" + char))
            continue
        text = " + ".join(fts5_quote(t.token) + (" *" if t.prefix else "") for t in phrase)
        parts.append(f"({text})")
        head.append("{title} : (" + text + ")")
    for group in groups:
        parts.append("{keys} : (" + " OR ".join(fts5_quote(k) for k in group) + ")")
    return Fts5Plan(" AND ".join(parts), " OR ".join(head))


@dataclass(frozen=True, slots=True)
class PgPlan:
    """tsquery texts: ``main`` over the weighted text vector (for ranking); ``loose``, every
    token of it ANDed, which the first vector of an article has whenever the article matches
    (a long article's later tokens are there without positions); ``phrases``, the words of
    more than one token, each to be found in the first vector or in one of the article's
    further parts (a single token needs no position: ``loose`` finds it exactly); ``keys``
    over the key vector; and the headline tier as ``head`` (headline vector) OR
    ``head_keys`` (key vector)."""

    main: str | None
    loose: str | None
    phrases: tuple[str, ...]
    keys: str | None
    head: str | None
    head_keys: str | None


def pg_plan(parsed: ParsedQuery, groups: list[list[str]]) -> PgPlan:
    main: list[str] = []
    loose: list[str] = []
    phrases: list[str] = []
    keys: list[str] = []
    head: list[str] = []
    head_keys: list[str] = []
    for phrase in parsed.phrases:
        char = _single_char(phrase)
        if char is not None:
            keys.append(pg_quote(char))
            head_keys.append(pg_quote("h" + char))
            continue
        terms = [pg_quote(t.token) + (":*" if t.prefix else "") for t in phrase]
        text = " <-> ".join(terms)
        main.append(f"({text})")
        head.append(f"({text})")
        loose.extend(terms)
        if len(terms) > 1:
            phrases.append(text)
    for group in groups:
        keys.append("(" + " | ".join(pg_quote(k) for k in group) + ")")
    return PgPlan(" & ".join(main) or None, " & ".join(dict.fromkeys(loose)) or None, tuple(phrases),
                  " & ".join(keys) or None, " | ".join(head) or None, " | ".join(head_keys) or None)
