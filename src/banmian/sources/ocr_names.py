"""The space between two authors' names in a bracket (（张文 杨希壮）), which
the recogniser drops: it reads a blank cell between two Chinese characters
as nothing, and the names run together (张文杨希壮), so the bracket no longer
reads as names and stays in the body. The crop still shows the blank: a gap
of paper half a character wide or more between two glyphs, where the gaps
between a name's characters are a fraction of that.

Only a bracket of Chinese characters alone at a line's end (the closing
bracket after an article's last sentence) or at its start (the same bracket
wrapped from the line above) is looked at: its cells are counted from that
end of the line, where every character is a full square.
"""

from __future__ import annotations

import re
from typing import Any

from .ocr_ink import glyph_band

_HAN = r"\u4e00-\u9fff"
#: a bracket of 3 to 8 Chinese characters closing the line, or opening at its end (it wraps on)
_AT_END = re.compile(rf"[（(]([{_HAN}]{{3,8}})([）)]?)$")
#: the same bracket's rest at a line's start, wrapped from the line above
_AT_START = re.compile(rf"^([{_HAN}]{{3,8}})[）)]")
#: a blank this share of a character wide or more between two glyphs is a space (a name's characters
#: stand a tenth or two apart, a character's own strokes little more)
_SPACE = 0.5
#: each name at least this many characters
_NAME = 2


def _pitch(columns: list[list[int]], height: int) -> float:
    """The distance from one character to the next: the median step between
    the starts of glyph-wide runs of ink that follow one another at about a
    character's height (the glyph band's height when no such step is seen)."""
    starts = [a for a, b in columns if b - a >= 0.6 * height]
    steps = sorted(b - a for a, b in zip(starts, starts[1:]) if 0.8 * height <= b - a <= 1.3 * height)
    return float(steps[len(steps) // 2]) if steps else float(height)


def spaces_between_names(text: str, crop: Any) -> str:
    """``text`` with a space put back at each wide blank the crop shows inside
    a bracket of names at the line's end or start (see the module's note)."""
    end, start = _AT_END.search(text), _AT_START.match(text)
    if not (end or start):
        return text
    found = glyph_band(crop)
    if found is None:
        return text
    _, _, height, columns = found
    if len(columns) < 2:
        return text
    pitch = _pitch(columns, height)
    gaps = [(a[1], b[0]) for a, b in zip(columns, columns[1:]) if b[0] - a[1] >= _SPACE * pitch]
    ink_lo, ink_hi = columns[0][0], columns[-1][1]
    cuts: set[int] = set()
    if start:  # cells left of each gap, from the line's first glyph (a character's side bearing before it)
        blank = 0.0  # the blank cells of the gaps passed: no characters
        for lo, hi in gaps:
            left = round((lo - ink_lo) / pitch + 0.1 - blank)
            if 1 <= left <= len(start.group(1)) - _NAME:  # (the first a name's rest, wrapped)
                cuts.add(left)
            blank += (hi - lo) / pitch - 0.1
    if end:  # cells right of each gap, from the line's last ink (a closing bracket's blank right half)
        closed = bool(end.group(2))
        blank = 0.0
        for lo, hi in reversed(gaps):
            right = round((ink_hi - hi) / pitch + (0.55 if closed else 0.1) - blank) - closed
            if (_NAME if closed else 1) <= right <= len(end.group(1)) - _NAME:  # (the last may wrap on)
                cuts.add(len(text) - closed - right)
            blank += (hi - lo) / pitch - 0.1
    for cut in sorted(cuts, reverse=True):
        text = text[:cut] + " " + text[cut:]
    return text
