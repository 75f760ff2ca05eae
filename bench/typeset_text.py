"""Measuring and breaking lines for the PDF typesetter (bench/typeset.py).

Every glyph of PyMuPDF's built-in CJK fonts is one em wide; on pages whose
Latin and digits are set in Helvetica (a real-world quirk the benchmark
reproduces) those are measured with Helvetica's widths. A break at a space
keeps the space in the answer (marked, never printed).
"""

from __future__ import annotations

import re

import pymupdf

FONT_BODY, FONT_HEAD = "china-ss", "china-s"

#: set per page: ASCII runs drawn in Helvetica (a real-world quirk) are narrower
LATIN_FONT = {"on": False}
LATIN_RUN = re.compile(r"[A-Za-z0-9.%]")


def advance(text: str, size: float, fontname: str = FONT_BODY) -> list[float]:
    """Advances as ``insert_text`` draws them: the built-in CJK fonts set every
    glyph (digits and Latin too) one em wide; Helvetica its own widths."""
    if not LATIN_FONT["on"]:
        return [size] * len(text)
    return [pymupdf.get_text_length(c, fontname="helv", fontsize=size) if LATIN_RUN.match(c) else size
            for c in text]


def wrap(text: str, width: float, size: float, indent: float = 0.0, fontname: str = FONT_BODY) -> list[str]:
    """Break a paragraph into lines no wider than ``width`` (first line indented)."""
    lines: list[str] = []
    current: list[str] = []
    used, limit = 0.0, width - indent
    for word in _WORDS.findall(text):
        w = sum(advance(word, size, fontname))
        if used + w > limit + 0.01 and current:
            if len(word) > 1 and w > width:  # a Latin run longer than a line: break it anyway
                for ch in word:
                    if used + size > limit + 0.01:
                        lines.append("".join(current))
                        current, used, limit = [], 0.0, width
                    current.append(ch)
                    used += size
                continue
            if word == " ":  # a break at a space: the space is not printed, the answer keeps it
                current.append(DROPPED)
            lines.append("".join(current))
            current, used, limit = [], 0.0, width
            if word == " ":
                continue
        current.append(word)
        used += w
    if current:
        lines.append("".join(current))
    return [ln for ln in lines if ln.strip()]


def wrap_headline(text: str, width: float, size: float) -> list[str]:
    """Headlines break at the gap between phrases when a phrase fits on a
    line, as editors set them; a phrase too long for a line wraps anywhere."""
    lines: list[str] = []
    for phrase in text.split(" "):
        if lines and sum(advance(lines[-1] + " " + phrase, size)) <= width + 0.01:
            lines[-1] += " " + phrase
        else:
            lines.extend(wrap(phrase, width, size, fontname=FONT_HEAD))
    return lines


#: marks the end of a line that broke at a space (removed before printing)
DROPPED = "\x00"


def printable(line: str) -> str:
    return line.replace(DROPPED, "")


#: a run of ASCII letters and digits is never broken across lines; all else may break anywhere
_WORDS = re.compile(r"[A-Za-z0-9]+|.", re.S)
