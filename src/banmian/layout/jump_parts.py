"""Parts of the page's text that open an article there belong to no headline
whose own text opens elsewhere, and headless parts running on are one.

A note that the text under it comes from another page (（上接第N版）), an
editor's note or an abstract (编者按：, 内容提要：) and a dateline (本报讯) open
their article's text: its first column on this page is the one they head. A
headline whose own columns start under it (or, a side headline, level with its
top on its right) and read before such a block has its text open there; the
block beside it, under a photo of its or far under it opens a part with no
headline on this page (papers print the rest of a front-page story so, its
headline left on the page it started on). Ownership asks it where it places
a note (:mod:`.ownership`); the other openings are asked once placed.

Then the parts with no headline whose text runs on from one to the next (a
column stopping mid-sentence, the next opening a gutter to its right) are
one article: block by block a note's narrow line, or a column under a photo,
stands too far from the next column to be grouped with it.
"""

from __future__ import annotations

import re

from .roles import BODY, OTHER, TITLE
from .column_flow import OPENS_ARTICLE, opens_paragraph
from .body_units import names_by_place, plain_names
from .columns import ColumnBlock
from .segment import HeadingGroup
from .reflow import ends_sentence
from .rules import parse_byline_line, parse_glued_byline


#: an editor's note or an abstract: printed first in its article, under the headline if it has one
_OPENING_NOTE = re.compile(r"^[（(]?(?:编者按|内容提要|编者的话|提要)[）)]?[：:]")


def opening_blocks(flow: list[ColumnBlock]) -> set[int]:
    """The blocks that open an article's text on this page (ids): an editor's
    note, an abstract, a dateline. (A note that the text comes from another
    page is told where ownership places it.)"""
    out: set[int] = set()
    for b in flow:
        if b.role != BODY:
            continue
        first = b.lines[0].text.lstrip()
        if _OPENING_NOTE.match(first) or OPENS_ARTICLE.match(first) or _UNDATED_WIRE.match(first):
            out.add(id(b))
    return out


def not_its_opening(b: ColumnBlock, owner: int, h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """A block opening an article's text is not the headline ``h``'s (heading
    ``owner``) when ``h`` is a title whose own columns read before the block
    (over it, or on its left beside it), none of them standing over it with no
    text between, nor the text right over it in its column already ``h``'s (the
    items of a column of briefs, a round-up's sections, each opening with a
    dateline)."""
    if h.role != TITLE or not (opens_apart(h, b, flow, body) or _left_of_its_opening(h, b, flow, body)):
        return False  # (most stand right under their headline: asked first)
    over = max((o for o in flow if o is not b and o.role == BODY and o.bottom <= b.top + 1
                and min(o.right, b.right) - max(o.left, b.left) >= 0.5 * min(o.width, b.width)
                and not _byline_alone(o)),
               key=lambda o: o.bottom, default=None)
    return over is None or over.owner != owner


def _byline_alone(o: ColumnBlock) -> bool:
    """A block of one reporters' line (本报记者 张三 under a side headline): no text of the article."""
    return len(o.lines) == 1 and bool(parse_byline_line(o.lines[0].text) or parse_glued_byline(o.lines[0].text))


def _left_of_its_opening(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """The block stands left of the headline, its top level with the
    headline's lines or over them, while the headline's own text opens in a
    column right under it (a paragraph's indent or a dateline, within three
    lines of its foot): no article's text opens on the left of its headline's
    top and again under it, so the block (which opens an article) is another's."""
    x0, y0, x1, y1 = h.bbox
    if h.vertical or b.right > x0 or b.top > y1 or b.bottom < y0:
        return False
    return any(o is not b and o.role == BODY and len(o.lines) >= 2 and y1 - 1 <= o.top <= y1 + 3 * body
               and min(o.right, x1) - max(o.left, x0) >= 0.5 * min(o.width, x1 - x0) and opens_paragraph(o)
               for o in flow)


def opens_apart(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """Does the headline ``h`` head a column of text of its own (two lines or
    more) that reads before the block ``b`` (over it and the photo set atop it,
    or on its left beside it): one starting right under it
    (within three lines of its foot, under it in x), or the nearest on its
    right level with its top (a side headline)? ``b``
    itself standing so is not apart; a column of its standing over ``b`` with
    no text between makes ``b`` its text's next block."""
    x0, y0, x1, y1 = h.bbox
    if h.vertical:
        return False  # (its columns stand beside it, a byline or a column of another article between: not told here)
    if y1 - 1 <= b.top <= y1 + 3 * body and b.left < x1 and b.right > x0:
        return False  # the block stands right under the headline: its first column
    if len(b.lines) == 1 and b.top < y1 and b.bottom > y0 and -body <= b.left - x1 <= 3 * body:
        return False  # a line alone after it on the headline's own line (a jump head, then （上接第一版）)
    apart = False
    top = min([b.top] + [o.top for o in flow if o.role == OTHER and 0 <= b.top - o.bottom <= 3 * body  # (its photo
                         and min(o.right, b.right) - max(o.left, b.left) >= 0.5 * min(o.width, b.width)])  # atop)
    foot = max([b.bottom] + [o.bottom for o in flow if o is not b and o.role == BODY  # (a note's line: its column)
                             and 0 <= o.top - b.bottom <= 3 * body and min(o.right, b.right) - max(o.left, b.left) > 0])
    under = [o for o in flow if o is not b and o.role == BODY and len(o.lines) >= 2 and y1 - 1 <= o.top <= y1 + 3 * body
             and min(o.right, x1) - max(o.left, x0) >= 0.5 * min(o.width, x1 - x0)]
    # the column a side headline (no text under it) heads: level with its top, the nearest on its right
    side = None if under else min(
        (o for o in flow if o is not b and o.role == BODY and len(o.lines) >= 2 and o.left >= x1 - 1
         and abs(o.top - y0) <= 3 * body), key=lambda o: o.left, default=None)
    for o in flow:
        if o is b or o.role != BODY or len(o.lines) < 2:
            continue
        if not (o.bottom <= top + body or (o.right <= b.left + body and o.top < foot)):
            continue  # (it reads after the block: no evidence)
        if not (o is side or any(o is u for u in under)):
            continue
        if _stacked_over(o, b, flow):
            return False  # its column goes on into the block (briefs, a round-up)
        apart = True
    return apart


#: a wire dateline with no date (新华社电, 中新社电): it opens its article as a dated one does
_UNDATED_WIRE = re.compile(r"^(?:新华社|中新社)电")


def _first_block_under(x0: float, x1: float, foot: float, flow: list[ColumnBlock], body: float) -> ColumnBlock | None:
    """The highest body block opening within three lines under ``foot``, under half its width or more of [x0, x1]
    (of blocks level at the top, the leftmost: a headline centred over two columns opens its text in the first)."""
    under = [o for o in flow if o.role == BODY and foot - 1 <= o.top <= foot + 3 * body
             and min(o.right, x1) - max(o.left, x0) >= 0.5 * min(o.width, x1 - x0)]
    if not under:
        return None
    top = min(o.top for o in under)
    return min((o for o in under if o.top <= top + body / 2), key=lambda o: o.left)


def opens_under(h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """Does the headline's own text open in the column right under it (its
    first block, within three lines of its foot or its byline's, opening with
    a dateline, an editor's note or an abstract)? Then no column on its left,
    level with its top, is its text: nothing of an article reads before its
    opening."""
    x0, _, x1, y1 = h.bbox
    foot = max([y1] + [ln.y1 for ln in h.bylines])
    for _ in range(2):  # (a byline line over the text may be a block of its own: the block under it then)
        first = _first_block_under(x0, x1, foot, flow, body)
        if first is None:
            return False
        texts = [ln.text.lstrip() for ln in first.lines[:3]]
        while texts and (parse_byline_line(texts[0]) or parse_glued_byline(texts[0], pairs=True)):  # the reporters
            texts.pop(0)
        if texts:
            return bool(OPENS_ARTICLE.match(texts[0]) or _OPENING_NOTE.match(texts[0])
                        or _UNDATED_WIRE.match(texts[0]))
        foot = first.bottom
    return False


def opens_right_under(h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """Does the headline's own text open a paragraph right under it: its first
    block within three lines of its foot (or its byline's), past lines of
    names or reporters, opening with an indent, a dateline or an editor's note?
    Then no column level with the headline on its left is its first."""
    x0, _, x1, y1 = h.bbox
    foot = max([y1] + [ln.y1 for ln in h.bylines])
    for _ in range(2):  # (a byline line over the text may be a block of its own: the block under it then)
        first = _first_block_under(x0, x1, foot, flow, body)
        if first is None:
            return False
        lines = [ln for ln in first.lines if not _names_line(ln.text)]
        if lines and lines[0] is not first.lines[0] and first.lines[0].y1 > lines[0].y0 + 1:
            return False  # (the names beside the text, not over it)
        if lines:
            ln = lines[0]
            text = ln.text.lstrip()
            return ln.x0 - first.left >= 0.8 * ln.size or bool(OPENS_ARTICLE.match(text) or _OPENING_NOTE.match(text))
        foot = first.bottom
    return False


def opens_under_centred(h: HeadingGroup, flow: list[ColumnBlock], body: float) -> bool:
    """Does the headline's text open a paragraph right under it
    (:func:`opens_right_under`) in a column reaching left of the headline by
    more than a body size: a headline centred over its own columns, the first
    of them its first? Then a column further left, level with it, is not."""
    if not opens_right_under(h, flow, body):
        return False
    x0, _, x1, y1 = h.bbox
    first = _first_block_under(x0, x1, max([y1] + [ln.y1 for ln in h.bylines]), flow, body)
    return first is not None and first.left < x0 - body


def _names_line(text: str) -> bool:
    """A reporters' line or a line of names alone (本报记者 张三, 汪　涛  李　明)."""
    text = text.strip()
    return bool(parse_byline_line(text) or parse_glued_byline(text, pairs=True) or names_by_place(text)
                or plain_names(text))


def _stacked_over(o: ColumnBlock, b: ColumnBlock, flow: list[ColumnBlock]) -> bool:
    """``o`` stands over ``b`` in its column (across half the narrower's
    width), no column of text between (headings, a photo may stand there)."""
    if o.bottom > b.top + 1 or min(o.right, b.right) - max(o.left, b.left) < 0.5 * min(o.width, b.width):
        return False
    return not any(m is not o and m is not b and m.role == BODY and len(m.lines) >= 2 and o.bottom - 1 <= m.top
                   and m.bottom <= b.top + 1 and min(m.right, b.right) - max(m.left, b.left) > 0 for m in flow)


def join_run_on_parts(clusters: list[list[ColumnBlock]], body: float) -> list[list[ColumnBlock]]:
    """Headless parts whose text runs on from one to the next are one: a part
    whose last column stops mid-sentence goes on in the part just right of it
    (a gutter away), whose first column opens level with the first part's top
    or lower by three lines at most (a note's narrow line over its column, set
    a line or two over the next column's top), or, opening without an indent
    (mid-sentence), anywhere level with that last column (a photo over it).
    (Block by block the note's narrow line stands too far from the next column,
    the column under a photo too far below.)"""
    if len(clusters) < 2:
        return clusters
    def goes_on(a: list[ColumnBlock], c: list[ColumnBlock], last: ColumnBlock) -> bool:
        first = min(c, key=lambda o: (o.left, o.top))
        if not 0 <= first.left - max(o.right for o in a) <= 4 * body:
            return False
        if -1 <= min(o.top for o in c) - min(o.top for o in a) <= 3 * body:
            return True
        line = first.lines[0]
        return line.x0 - first.left < 0.8 * line.size and first.top < last.bottom and first.bottom > last.top

    out = list(clusters)
    i = 0
    while i < len(out):
        a = out[i]
        last = max(a, key=lambda o: (o.right, o.bottom))
        if last.role != BODY or ends_sentence(last.lines[-1].text.strip()):
            i += 1
            continue
        nxt = next((j for j, c in enumerate(out) if j != i and goes_on(a, c, last)), None)
        if nxt is None:
            i += 1
            continue
        out[i] = a + out[nxt]
        del out[nxt]
        i = 0 if nxt < i else i
    return out


__all__ = ["join_run_on_parts", "not_its_opening", "opening_blocks", "opens_apart"]
