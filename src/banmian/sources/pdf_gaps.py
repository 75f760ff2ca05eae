"""Words a page sets apart by moving the pen, with no space glyph between.

Some typesetters draw each word of a byline at its own place and no space
between (■记者 林小川 钟晓岚 卞一): MuPDF's span then runs the words
together (■记者林小川钟晓岚卞一), and no list of surnames can tell where one
of three glued names ends. The glyphs' own boxes still show the gaps. Only a
short span of full-width glyphs wider than its glyphs by half a glyph or
more is looked at (a line of text is spread evenly, if at all), so a page
without such a span costs one comparison a span.
"""

from __future__ import annotations

import re
from typing import Any

from .pdf_spans import Span

#: a short run of Chinese, a byline's brackets and marks (no space, no clause mark, no Latin, no digits):
#: a role and names, or a line of names alone (a shorter one)
_NAMES_LINE = re.compile(r"[\u25a0-\u25cf]?[\u4e00-\u9fff\uff08\uff09]{3,16}")
_ROLE = re.compile(r"记者|通讯员|实习生")
_NAMES_ALONE = 10
#: at most this many gaps parted: a line of prose spread to its measure has a gap every glyph or two
_MOST_CUTS = 4
#: at least this much wider than its glyphs, in its size: at least one gap of half a glyph
_EXCESS = 0.45
#: a gap of at least this much of the size, and this much over the span's narrow gaps, parts two words
_WORD_GAP = 0.3
_UNEVEN = 0.2


def _maybe_spaced(span: Span) -> bool:
    text = span.text
    if span.vertical is not None or not _NAMES_LINE.fullmatch(text):
        return False
    if len(text) > _NAMES_ALONE and _ROLE.search(text) is None:
        return False
    width = span.bbox[2] - span.bbox[0]
    return width - len(text) * span.size >= _EXCESS * span.size


def space_words(textpage: Any, spans: list[Span]) -> None:
    """Put a space where the pen left a gap between two words of a short
    span of full-width glyphs (see the module's note), in place."""
    wanted = [s for s in spans if _maybe_spaced(s)]
    if not wanted:
        return
    try:
        blocks = [(b.m_internal.bbox, b) for b in textpage.this if b.m_internal.type == 0]
    except (AttributeError, TypeError):  # another PyMuPDF: its objects are not as this expects
        return
    for span in wanted:
        boxes = _glyph_boxes(blocks, span)
        if boxes is not None:
            span.text = _spaced(span.text, boxes, span.size)


def _glyph_boxes(blocks: list[tuple[Any, Any]], span: Span) -> list[tuple[float, float]] | None:
    """The left and right edges of the span's glyphs, read from MuPDF's text
    page (the line holding its box, the glyphs inside it), or None."""
    x0, y0, x1, y1 = span.bbox
    slack = 0.25 * span.size
    for box, block in blocks:
        if box.x0 - slack > x0 or box.x1 + slack < x1 or box.y0 - slack > y0 or box.y1 + slack < y1:
            continue
        for line in block:
            lb = line.m_internal.bbox
            if lb.x0 - slack > x0 or lb.x1 + slack < x1 or lb.y0 - slack > y0 or lb.y1 + slack < y1:
                continue
            text: list[str] = []
            edges: list[tuple[float, float]] = []
            for char in line:
                c = char.m_internal
                quad = c.quad
                left, right = min(quad.ul.x, quad.ll.x), max(quad.ur.x, quad.lr.x)
                if left >= x0 - 0.5 and right <= x1 + 0.5 and abs((quad.ul.y + quad.lr.y) / 2 - (y0 + y1) / 2) < slack:
                    text.append(chr(c.c))
                    edges.append((left, right))
            if "".join(text) == span.text:
                return edges
    return None


def _spaced(text: str, edges: list[tuple[float, float]], size: float) -> str:
    """``text`` with a space at each gap wider than a word's (see the constants)."""
    gaps = [after[0] - before[1] for before, after in zip(edges, edges[1:])]
    common = sorted(gaps)[len(gaps) // 4]  # (a glyph's own spacing: most gaps may be words' in a short line)
    cut = max(_WORD_GAP * size, common + _UNEVEN * size)
    out = [text[0]]
    for char, gap in zip(text[1:], gaps):
        if gap >= cut:
            out.append(" ")
        out.append(char)
    spaced = "".join(out)
    words = spaced.split(" ")
    if len(words) - 1 > _MOST_CUTS or any(len(w) < 2 for w in words[1:]) or len(words[0]) < 2 and words[0].isalpha():
        return text  # (prose spread glyph by glyph, or a name padded apart: the names' rules read it)
    return spaced


__all__ = ["space_words"]
