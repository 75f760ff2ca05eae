"""A middle dot between figures (“9·29”案件, a date's month and day) that the
recogniser read as a decimal point: the ink tells them apart, the point at
the foot of the figures, the middle dot half way up (issue 12)."""

from __future__ import annotations

import re
from typing import Any

from .ocr_ink import ink_mask, true_runs

#: a point between figures (a date's 9·29), or between Chinese characters (a foreign name's parts,
#: 苏尔坦·贾贝尔: Chinese text sets no point there, nor at a line's start or end before or after
#: a Chinese character: the name wraps at its dot); the recogniser may read a space after it
_POINT_BETWEEN = re.compile(r"(?<=[0-9])\. ?(?=[0-9])|(?<=[\u3400-\u9fff])\. ?(?=[\u3400-\u9fff])"
                            r"|^\. ?(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\.$")


def middle_dots(text: str, crop: Any) -> str:
    """``text`` with each point between figures (or Chinese characters) made · when its ink stands in
    the middle of the line's glyph band. The line's dots are the runs of
    inked columns holding one small blob (at most a fifth of the band each
    way); they are matched to the text's . and · in order, and nothing
    changes unless their numbers agree."""
    if not _POINT_BETWEEN.search(text):
        return text
    ink = ink_mask(crop)
    rows = true_runs(ink.any(axis=1))
    if not rows:
        return text
    top, bottom = rows[0][0], rows[-1][1]
    band = bottom - top
    centres = []
    for lo, hi in true_runs(ink.any(axis=0)):
        blob = true_runs(ink[:, lo:hi].any(axis=1))
        if len(blob) == 1 and hi - lo <= 0.2 * band and blob[0][1] - blob[0][0] <= 0.2 * band:
            centres.append((sum(blob[0]) / 2 - top) / band)
    places = [i for i, c in enumerate(text) if c in ".·"]
    if len(places) != len(centres):
        return text
    chars = list(text)
    for i, centre in zip(places, centres):
        if chars[i] == "." and _POINT_BETWEEN.match(text, i) and 0.3 <= centre <= 0.7:
            chars[i] = "·"
    text = "".join(chars)
    return "·" + text[2:] if text.startswith("· ") else text  # (a wrapped name's dot is set solid)
