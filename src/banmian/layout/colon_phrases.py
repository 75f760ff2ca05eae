"""A title of two phrases of one length whose first follows a name and a colon
(张三：一门三杰 / 声名远扬), wrapped after the colon's phrase (text mode).

A title that names its subject and then says two things of it sets the two as
a pair of one length; wrapped at the pair, the second phrase stands alone under
the line with the colon. Four characters alone there look like a column's label,
and the two lines look like a kicker and its title; both are the one title."""

from __future__ import annotations

import re

from ..model import Headline

#: the phrases of such a pair: plain characters, four to seven
_PHRASE = re.compile(r"[\u4e00-\u9fff]{4,7}")


def second_phrase(line: str, phrase: str) -> bool:
    """Is ``phrase`` the second of two phrases of one length (a character apart
    at most) whose first ends ``line`` after a colon (张三：一门三杰 / 声名远扬)? Not
    after a space: a title of two phrases on one line may have its column's
    label under it. A column's label is no half of such a pair."""
    text, phrase = line.strip(), phrase.strip()
    cut = max(text.rfind("："), text.rfind(":"))  # (not after a space: 甲乙丙丁戊 己庚辛壬癸 / a label under it)
    first = text[cut + 1:]
    return (cut > 0 and _PHRASE.fullmatch(first) is not None and _PHRASE.fullmatch(phrase) is not None
            and abs(len(first) - len(phrase)) <= 1)


def join_colon_pairs(head: Headline) -> None:
    """Two tiers that are such a pair's two lines (张三：一门三杰 / 声名远扬, read
    as kicker and title, or as title and subtitle) are the one title, its
    phrases a space apart."""
    if head.kicker and head.title and not head.subtitle and ("：" in head.kicker or ":" in head.kicker) \
            and second_phrase(head.kicker, head.title):
        head.kicker, head.title = None, f"{head.kicker.strip()} {head.title.strip()}"
    elif head.title and head.subtitle and ("：" in head.title or ":" in head.title) \
            and second_phrase(head.title, head.subtitle):
        head.title, head.subtitle = f"{head.title.strip()} {head.subtitle.strip()}", None


__all__ = ["join_colon_pairs", "second_phrase"]
