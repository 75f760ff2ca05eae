"""Four-character phrases built as A-B-A-C (常看常新, 边走边看, 一砖一瓦) and
listed with 、: a rhetorical pattern of parallel verbs or nouns, which LAC may
read as a surname and a given name (常 is a surname). A name is never written
as such a run, so a word that stands only inside one is no person."""

from __future__ import annotations

from .han_chars import HAN_RUN
from .mentions import mention_starts

#: the length of the phrases: four characters, the first repeated as the third
_PHRASE = 4


def _inside_listed_phrase(text: str, at: int, size: int) -> bool:
    """Does the mention at ``at`` lie inside a four-character A-B-A-C run that a
    list mark 、 stands right before or after?"""
    for start in range(max(0, at + size - _PHRASE), at + 1):
        run = text[start:start + _PHRASE]
        if (len(run) == _PHRASE and run[0] == run[2] and HAN_RUN.fullmatch(run)
                and (start > 0 and text[start - 1] == "、" or text[start + _PHRASE:start + _PHRASE + 1] == "、")):
            return True
    return False


def only_in_parallel_phrases(name: str, text: str) -> bool:
    """Is every mention of ``name`` (of two to four characters) inside a listed
    A-B-A-C phrase (常看常新、常听常明: 常听常明, 常悟 are no names)?"""
    if not 2 <= len(name) <= _PHRASE or "、" not in text:
        return False
    starts = mention_starts(name, text)
    return bool(starts) and all(_inside_listed_phrase(text, at, len(name)) for at in starts)
