"""Type: the fonts, and setting a paragraph into justified column lines.

The rules are this generator's own: greedy filling by measured advance
widths, kinsoku (no closing mark opens a line, no opening mark ends one),
hanging punctuation (a comma or full stop may stand in the gutter instead of
pushing a character down), and justification by spreading the slack over a
few gaps, so that a justified line is drawn as a handful of pieces.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache

#: family names of the Debian CJK fonts, by the role they play on the page
FAMILIES = {"song": "AR PL UMing", "kai": "AR PL UKai", "hei": "WenQuanYi Zen Hei", "mhei": "WenQuanYi Micro Hei"}

NO_START = set("。，、．：；！？）」』”’》〉】〕%‰")
NO_END = set("（「『“‘《〈【〔")
HANG = set("。，、．：；！？")
PAIRED = set("—…")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%/+\-]*|.", re.S)


@lru_cache(maxsize=None)
def font_files() -> dict[str, str]:
    """Role -> font file, found with fc-list (the machine's own paths, never written down)."""
    try:
        listing = subprocess.run(["fc-list", ":lang=zh", "file", "family"], capture_output=True, text=True,
                                 timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    files = {}
    for line in listing.splitlines():
        path, _, family = line.partition(":")
        for role, name in FAMILIES.items():
            if name in family and role not in files:
                files[role] = path.strip()
    return files


@lru_cache(maxsize=None)
def font(role: str):
    """A PyMuPDF Font for the role (PyMuPDF's own CJK font where a file is missing)."""
    import pymupdf

    path = font_files().get(role)
    return pymupdf.Font(fontfile=path) if path else pymupdf.Font("china-s")


_ADVANCE: dict[tuple[str, str], float] = {}


def advance(role: str, char: str) -> float:
    """Advance width of one character at size 1."""
    key = (role, char)
    if key not in _ADVANCE:
        _ADVANCE[key] = font(role).text_length(char, 1.0)
    return _ADVANCE[key]


def width(role: str, text: str, size: float) -> float:
    return sum(advance(role, c) for c in text) * size


@dataclass(slots=True)
class Line:
    """One set line: pieces (x offset from the column's left edge, text) and the text it holds."""

    pieces: list[tuple[float, str]]
    text: str
    last: bool = False


def tokens(text: str) -> list[str]:
    """Characters, with a run of Latin letters and digits kept whole (never broken)."""
    return _TOKEN.findall(text)


def _pushed_back(toks: list[str], i: int, j: int) -> int:
    """The break moved back so that tokens[j] may open a line."""
    while j > i + 1 and (toks[j] in NO_START or toks[j] in PAIRED and toks[j - 1] == toks[j]):
        j -= 1
    while j > i + 1 and toks[j - 1] in NO_END:
        j -= 1
    return j


def set_lines(text: str, measure: float, role: str, size: float, indent: float = 0.0, hang: bool = True,
              align: str = "justify", max_gaps: int = 6) -> list[Line]:
    """Set ``text`` into lines ``measure`` wide; the first line is indented by ``indent``."""
    toks = tokens(text)
    widths = [width(role, t, size) for t in toks]
    lines: list[Line] = []
    i = 0
    while i < len(toks):
        avail = measure - (indent if not lines else 0.0)
        used, j = 0.0, i
        while j < len(toks) and used + widths[j] <= avail + 0.01:
            used += widths[j]
            j += 1
        j = max(j, i + 1)
        hanging = False
        if j < len(toks):
            closing = toks[j] in NO_START or toks[j] in PAIRED and toks[j - 1] == toks[j]
            if closing and hang and toks[j] in HANG and (j + 1 >= len(toks) or toks[j + 1] not in NO_START):
                j += 1
                hanging = True
            elif closing or toks[j - 1] in NO_END:
                j = _pushed_back(toks, i, j)
        last = j >= len(toks)
        body = toks[i:j - 1] if hanging else toks[i:j]
        natural = sum(widths[i:i + len(body)])
        slack = avail - natural
        left = indent if not lines else 0.0
        if align == "center":
            left += max(0.0, slack) / 2
        elif align == "right":
            left += max(0.0, slack)
        gaps = 0
        if align == "justify" and not last and slack > 0.25 and len(body) > 1:
            gaps = min(len(body) - 1, max_gaps, 1 + int(slack / (0.15 * size)))
        pieces: list[tuple[float, str]] = []
        if gaps:
            step = len(body) / (gaps + 1)
            cuts = sorted({max(1, min(len(body) - 1, round(step * (k + 1)))) for k in range(gaps)})
            gap = slack / len(cuts)
            x, start = left, 0
            for cut in [*cuts, len(body)]:
                piece = "".join(body[start:cut])
                pieces.append((x, piece))
                x += sum(widths[i + start:i + cut]) + gap
                start = cut
        else:
            pieces.append((left, "".join(body)))
        if hanging:
            pieces.append((left + natural + (slack if gaps else 0.0), toks[j - 1]))
        lines.append(Line(pieces, "".join(toks[i:j]), last))
        i = j
    return lines


def balanced(text: str, role: str, size: float, measure: float, max_lines: int = 3,
             force_break: int = 0) -> tuple[list[str], float]:
    """A heading broken into 1 to ``max_lines`` lines of near-equal width (``force_break`` lines at
    least, where it is long enough), at a phrase gap when it has one; returns (lines, size), the
    size shrunk until they fit."""
    while True:
        phrases = text.split(" ")
        if len(phrases) > 1 and (force_break in (2, len(phrases)) or width(role, text, size) > measure) and \
                all(width(role, p, size) <= measure for p in phrases) and len(phrases) <= max_lines:
            return phrases, size
        flat = text.replace(" ", "\u3000")
        total = width(role, flat, size)
        count = max(1, -(-int(total) // int(measure)))
        if force_break and len(flat) >= 4 * force_break:
            count = max(count, force_break)
        if count <= max_lines:
            toks = tokens(flat)
            per = total / count
            out, cur, acc = [], [], 0.0
            for t in toks:
                w = width(role, t, size)
                if cur and acc + w > per + size * 0.6 and len(out) < count - 1 and t not in NO_START:
                    out.append("".join(cur))
                    cur, acc = [], 0.0
                cur.append(t)
                acc += w
            out.append("".join(cur))
            if all(width(role, line, size) <= measure + 0.5 for line in out):
                return [line.strip("\u3000") for line in out], size
        size *= 0.9
