"""Key tokens: exact, position-free tokens indexed beside the text.

Two things are slow when done row by row on a large archive and fast as
index lookups: filters (paper, section, page, date range, person) and
one-character queries (a prefix search over every bigram starting with the
character). So each article also carries *keys*: ``p…`` paper, ``s…``
section, ``g3`` page, ``y2019``/``m201902``/``d20190201`` dates, ``n…``
people, every distinct CJK character it contains, and ``h`` + character for
the characters of its headline. A filter then becomes an AND with a key (a
date range an OR over the fewest year, month and day keys that cover it).
Names are hashed so every key is plain ASCII plus at most one CJK character.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

from .tokenizer import CJK_RANGES, normalise

_CJK_CHAR = re.compile(f"[{CJK_RANGES}]")


def _hashed(prefix: str, value: str) -> str:
    return prefix + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def paper_key(paper: str) -> str:
    return _hashed("p", paper)


def section_key(section: str) -> str:
    return _hashed("s", section)


def person_key(name: str) -> str:
    return _hashed("n", name)


def page_key(number: int) -> str:
    return f"g{number}"


def date_keys(date: str) -> list[str]:
    compact = date.replace("-", "")
    return [f"y{compact[:4]}", f"m{compact[:6]}", f"d{compact}"]


def char_keys(headline: str, texts: Iterable[str]) -> list[str]:
    """Every distinct CJK character, plus ``h`` + each character of the headline."""
    head = set(_CJK_CHAR.findall(normalise(headline)))
    # the distinct characters first (set() of a string runs in C), then the CJK among them;
    # normalise() only folds ASCII and full-width forms, so it cannot change a CJK character
    distinct = "".join(set("".join(texts)))
    chars = head.union(_CJK_CHAR.findall(distinct))
    return sorted(chars) + sorted("h" + c for c in head)


def article_keys(paper: str, date: str, page: int, section: str | None, people: Iterable[str],
                 headline: str, texts: Iterable[str]) -> list[str]:
    keys = [paper_key(paper), page_key(page), *date_keys(date)]
    if section:
        keys.append(section_key(section))
    keys.extend(sorted({person_key(name) for name in people}))
    keys.extend(char_keys(headline, texts))
    return keys


def date_cover(start: str, end: str) -> list[str]:
    """The fewest year/month/day keys whose days are exactly ``start``..``end`` (inclusive)."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    keys: list[str] = []
    day = first
    while day <= last:
        year_end = dt.date(day.year, 12, 31)
        next_month = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        if day.month == 1 and day.day == 1 and year_end <= last:
            keys.append(f"y{day.year}")
            day = year_end + dt.timedelta(days=1)
        elif day.day == 1 and next_month - dt.timedelta(days=1) <= last:
            keys.append(f"m{day.year}{day.month:02d}")
            day = next_month
        else:
            keys.append(f"d{day.year}{day.month:02d}{day.day:02d}")
            day += dt.timedelta(days=1)
    return keys
