"""A text left with no headline next to a headline of too many tiers (text mode).

Where one article's headline closes its text and the next one's opens its
own, the two headlines meet between the texts and can be read as one: the
text beside them is left an article with no headline, and its neighbour's
headline holds a tier too many (瞄准新需求 做好新服务 / 致富之路，越走越宽 over
a text about 脱贫 that has no headline). A tier belongs to the text that tells
of it: the headline tier next to a headless text, at the edge of its
neighbour's headline run, whose words that text tells and its neighbour's
text does not, is the headless text's headline.
"""

from __future__ import annotations

from .roles import BODY, TITLE
from .text_direction import bigrams
from .text_units import Unit

#: the text's opening (characters) a headline tier over it names
_LEAD_CHARS = 300
#: at least this many of the tier's character pairs come back in the text it heads
_ECHO_PAIRS = 2


def _body(group: list[Unit]) -> str:
    return "".join(line.strip() for u in group if u.block.role == BODY for line in u.block.lines).replace(" ", "")


def _belongs(tier: Unit, headless: str, neighbour: str) -> bool:
    """Does the headless text tell of the tier (its opening, or its end where a
    headline closes it) and its neighbour's text tell of it less?"""
    pairs = bigrams("".join(tier.block.lines))  # (gathered once, each text searched in C)
    told = sum(map(headless[:_LEAD_CHARS].__contains__, pairs))
    if len(headless) > _LEAD_CHARS:  # (a shorter text opens and ends in the same words: counted once)
        told = max(told, sum(map(headless[-_LEAD_CHARS:].__contains__, pairs)))
    return told >= _ECHO_PAIRS and sum(map(neighbour.__contains__, pairs)) < told


def _trailing_cut(before: list[Unit], text: str) -> int | None:
    """Where the headline units closing the group before a headless text start
    to be that text's: the first unit of the run after the group's last body
    unit that belongs to the text (the units after it go with it); None when
    none does or the group would keep no headline."""
    last_body = max((k for k, u in enumerate(before) if u.block.role == BODY), default=None)
    if last_body is None:
        return None
    own = _body(before)
    for k in range(last_body + 1, len(before)):
        if before[k].block.role == TITLE and _belongs(before[k], text, own):
            kept = any(u.block.role == TITLE for u in before[:k])
            return k if kept else None
    return None


def tiers_to_headless_texts(groups: list[list[Unit]]) -> list[list[Unit]]:
    """A headless group (body, no headline unit) takes the headline units that
    close the group before it from the first that belongs to its text
    (:func:`_belongs`); the neighbour keeps a headline unit at least. (The
    first of two headline units opening the group after it is no such tier: a
    kicker over its title may echo the text before it too.)"""
    for n, group in enumerate(groups):
        if group[0].block.role == TITLE or any(u.block.role == TITLE for u in group) \
                or not any(u.block.role == BODY for u in group):
            continue  # (most groups: a headline of their own)
        before = groups[n - 1] if n else None
        if not before or before[-1].block.role == BODY:
            continue  # (the group before closes on its text: no headline units to take)
        cut = _trailing_cut(before, _body(group))
        if cut is not None:
            group[:0] = before[cut:]
            del before[cut:]
    return groups


__all__ = ["tiers_to_headless_texts"]
