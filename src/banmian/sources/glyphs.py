"""Characters that stand in for an ideograph in extracted text.

A PDF's ToUnicode map (Founder and Office fonts are known for it) often gives
a glyph the code point of a Kangxi radical or a CJK compatibility ideograph
that looks the same (⽇ U+2F47 for 日, ⼈ U+2F08 for 人): the page reads right
but its text matches nothing, so search, names and dates fail. Unicode says
which ideograph each stands for (their compatibility decompositions, as NFKC
applies them); only those blocks are mapped, never the full-width
punctuation NFKC would also change. ⋯ (U+22EF), which Adobe-GB1 fonts give for
the ellipsis glyph, is …
"""

from __future__ import annotations

import re
import unicodedata

#: Kangxi radicals, CJK radicals supplement, CJK compatibility ideographs (and their supplement)
_STAND_IN_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _table() -> dict[int, str]:
    table = {0x22EF: "\u2026"}
    for first, last in _STAND_IN_BLOCKS:
        for code in range(first, last + 1):
            unified = unicodedata.normalize("NFKC", chr(code))
            if unified != chr(code) and len(unified) == 1:
                table[code] = unified
    return table


def _ranges(codes: list[int]) -> str:
    """A character class of runs (⼀-⿕ ...): a class of single characters
    this long makes every search slow."""
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)


#: the blocks stand-ins come from, whole, as a regular expression's character class holds them (no brackets):
#: a cheap first search (a class of a few ranges), :func:`has_stand_ins` asked only when it finds one
STAND_IN_BLOCKS = "\u22ef" + "".join(f"{chr(first)}-{chr(last)}" for first, last in _STAND_IN_BLOCKS)

_UNIFIED = _table()
_STAND_INS = re.compile("[" + _ranges(list(_UNIFIED)) + "]")


def has_stand_ins(text: str) -> bool:
    """Does ``text`` hold a stand-in at all?"""
    return _STAND_INS.search(text) is not None


def unify_ideographs(text: str) -> str:
    """``text`` with each stand-in (⽇, ⼈, 﨎 …) replaced by the ideograph it stands for."""
    # (each stand-in replaced where the search finds it: `str.translate` looks up every character of a page)
    return _STAND_INS.sub(_unified, text)


def _unified(match: re.Match[str]) -> str:
    return _UNIFIED[ord(match.group())]


__all__ = ["STAND_IN_BLOCKS", "has_stand_ins", "unify_ideographs"]
