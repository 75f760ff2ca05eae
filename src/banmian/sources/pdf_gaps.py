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

from ..names import starts_with_surname
from .pdf_spans import Span

#: a short run of Chinese, a byline's brackets and marks (no space, no clause mark, no Latin, no digits):
#: a role and names, or a line of names alone (two or three, at most seven glyphs)
_NAMES_LINE = re.compile(r"[\u25a0-\u25cf]?[\u4e00-\u9fff\uff08\uff09]{3,16}")
#: a byline's opening: its mark, then the role (prose naming a reporter, a dateline's bracket: no byline line)
_ROLE = re.compile(r"[\u25a0-\u25cf]?(?:本报|新华社|人民日报|中新社)?(?:特约|实习)?(?:记者|通讯员|实习生)")
_NAMES_ALONE = 7
#: at most this many gaps parted: a line of prose spread to its measure has a gap every glyph or two
_MOST_CUTS = 4
#: at least this much wider than its glyphs, in its size: at least one gap of half a glyph
_EXCESS = 0.45
#: a gap of at least this much of the size, and this much over the span's narrow gaps, parts two words
_WORD_GAP = 0.3
_UNEVEN = 0.2


def _maybe_spaced(span: Span) -> bool:
    text = span.text
    n = len(text)
    # (the cheap tests first: most spans are lines of prose, longer, or no wider than their glyphs)
    if n > 17 or span.vertical is not None or span.bbox[2] - span.bbox[0] - n * span.size < _EXCESS * span.size:
        return False
    if _NAMES_LINE.fullmatch(text) is None:
        return False
    if _ROLE.match(text) is not None:
        return True
    # names alone: two or three of two or three glyphs, the first opening with a surname (a prose line spread
    # to a narrow measure is the common span of this width: no surname list tells it, the gaps do, at a cost)
    return 4 <= n <= _NAMES_ALONE and starts_with_surname(text)


def space_words(textpage: Any, spans: list[Span]) -> None:
    """Put a space where the pen left a gap between two words of a short
    span of full-width glyphs (see the module's note), in place. One walk of
    MuPDF's text page: the glyphs of a line are read only where such a span stands."""
    wanted = [s for s in spans if _maybe_spaced(s)]
    if not wanted:
        return
    try:
        for block in textpage.this:
            inner = block.m_internal
            if inner.type != 0:
                continue
            inside = [s for s in wanted if _holds(inner.bbox, s)]
            if inside:
                _space_in_block(block, inside)
    except (AttributeError, TypeError):  # another PyMuPDF: its objects are not as this expects
        return


def _holds(box: Any, span: Span) -> bool:
    """MuPDF's box holds the span's, give or take a quarter of its size."""
    x0, y0, x1, y1 = span.bbox
    slack = 0.25 * span.size
    return box.x0 - slack <= x0 and box.x1 + slack >= x1 and box.y0 - slack <= y0 and box.y1 + slack >= y1


def _space_in_block(block: Any, inside: list[Span]) -> None:
    for line in block:
        here = [s for s in inside if _holds(line.m_internal.bbox, s)]
        if not here:
            continue
        glyphs = []
        for char in line:
            c = char.m_internal
            quad = c.quad
            glyphs.append((chr(c.c), min(quad.ul.x, quad.ll.x), max(quad.ur.x, quad.lr.x), (quad.ul.y + quad.lr.y) / 2))
        for span in here:
            x0, y0, x1, y1 = span.bbox
            middle, slack = (y0 + y1) / 2, 0.25 * span.size
            mine = [g for g in glyphs if g[1] >= x0 - 0.5 and g[2] <= x1 + 0.5 and abs(g[3] - middle) < slack]
            if "".join(g[0] for g in mine) == span.text:
                span.text = _spaced(span.text, [(g[1], g[2]) for g in mine], span.size)


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
