"""An article's text is set in one size and one face. Where white space alone
parts the rows of a page, ownership may read a row of columns set in another
size or face (another article's text: a part whose headline is on another
page, or none) as the article's over it. A band of white space across the
article, with all the headline's own text (the size and face of the column
nearest its headline) on one side and none of it on the other, parts two
articles: the rows under it leave the headline and stand as a part of their
own; a headless part of two such rows is two parts. Both sides must read as
whole texts: the near side's last column closes a sentence (or holds a jump
note, （下转第N版）), the far side's first column opens a paragraph (or with a
note, （上接第N版）); and no line alone (a headline read as text) stands between.

An editor's note or abstract (编者按：, 内容提要：, set in 楷体 over the text) and a
lead paragraph set larger are the article's own: the near side must hold two
columns of text and eight lines at least, and open with no such note.
"""

from __future__ import annotations

import re

from .column_flow import opens_paragraph
from .columns import ColumnBlock
from .reflow import ends_sentence
from .rules import is_continuation_line
from .roles import BODY
from .segment import HeadingGroup

#: an editor's note or abstract opening an article's text (set in another face over it)
_OPENING_NOTE = re.compile(r"^[（(【]?(?:编者按|内容提要|编者的话|提要|导语|摘要)[）)】]?[：:]?")


def _style(b: ColumnBlock) -> tuple[float, str]:
    ln = b.lines[len(b.lines) // 2]  # (a middle line: the first may be a note or a run-in head)
    return ln.size, ln.font


def _same(a: tuple[float, str], b: tuple[float, str]) -> bool:
    return abs(a[0] - b[0]) < 0.3 and a[1] == b[1]


def _text(blocks: list[ColumnBlock]) -> list[ColumnBlock]:
    return [b for b in blocks if b.role == BODY and len(b.lines) >= 2]


def parts_in_another_style(blocks: list[ColumnBlock], heads: list[HeadingGroup], body: float) -> None:
    """Give up (owner ``None``) the blocks of each headline's article that
    stand past a white band from its own text, set in another style."""
    text = _text(blocks)
    if not text:
        return
    first = _style(text[0])
    if all(_same(_style(b), first) for b in text):  # (one style on the page: nothing to part; most pages)
        return
    owned: dict[int, list[ColumnBlock]] = {}
    for b in blocks:
        if b.owner is not None:
            owned.setdefault(b.owner, []).append(b)
    for i, own in owned.items():
        if heads[i].vertical and _text_on_both_sides(heads[i].bbox, own, body):
            continue  # (a vertical headline's text may stand on either side of it: which is its own?)
        far = _far_side(own, heads[i].bbox, body)
        for b in far:
            b.owner = None


def _text_on_both_sides(head: tuple[float, float, float, float], own: list[ColumnBlock], body: float) -> bool:
    """Text of the article stands right beside the (vertical) headline on its left and on its right."""
    x0, y0, x1, y1 = head
    level = [b for b in _text(own) if b.top < y1 and b.bottom > y0]
    return any(0 <= x0 - b.right <= 3 * body for b in level) and any(0 <= b.left - x1 <= 3 * body for b in level)


def styles_apart(clusters: list[list[ColumnBlock]], body: float) -> list[list[ColumnBlock]]:
    """Headless parts cut where a white band parts two styles (see the module)."""
    out: list[list[ColumnBlock]] = []
    for cluster in clusters:
        while len(cluster) > 1:
            text = _text(cluster)
            if not text or all(_same(_style(b), _style(text[0])) for b in text):
                break
            top = min(text, key=lambda b: (b.top, b.left))
            far = _far_side(cluster, (top.left, top.top, top.right, top.top), body)
            if not far:
                break
            gone = {id(b) for b in far}
            out.append([b for b in cluster if id(b) not in gone])
            cluster = far
        out.append(cluster)
    return out


def _far_side(own: list[ColumnBlock], head: tuple[float, float, float, float], body: float) -> list[ColumnBlock]:
    """The blocks under a white band across the article, the column nearest
    ``head`` over it, when the band parts two styles. (A band beside, a
    gutter, was tried: seed 2 one article more whole and one more spurious.)"""
    text = _text(own)
    if len(text) < 2:
        return []
    hx0, hy0, hx1, hy1 = head

    def gap(b: ColumnBlock) -> float:
        dx = max(hx0 - b.right, b.left - hx1, 0.0)
        dy = max(hy0 - b.bottom, b.top - hy1, 0.0)
        return dx + dy
    anchor = min(text, key=gap)
    style = _style(anchor)
    if all(_same(_style(b), style) for b in text):
        return []
    # a band under: every block wholly over it or wholly under it, the anchor's style only over it
    for cut in sorted({b.top for b in text if not _same(_style(b), style)}):
        if cut <= anchor.top or hy1 > cut:
            continue
        near = [b for b in own if b.top < cut]
        far = [b for b in own if b.top >= cut]
        if all(b.bottom <= cut - 1.5 * body for b in near) and _parts(near, far, style, anchor):
            return far
    return []


def _parts(near: list[ColumnBlock], far: list[ColumnBlock], style: tuple[float, str], anchor: ColumnBlock) -> bool:
    """Two articles' text: the near side the anchor's style alone, two columns
    (or one long one) and eight lines of it at least, opening with no editor's
    note; the far side none of it, and two columns of text at least, or one
    long column (a piece set in one column under another)."""
    near_text, far_text = _text(near), _text(far)
    if not _columns_enough(far_text) or not _columns_enough(near_text) or any(b is anchor for b in far):
        return False
    if not all(_same(_style(b), style) for b in near_text) or any(_same(_style(b), style) for b in far_text):
        return False
    if sum(len(b.lines) for b in near_text) < 8:
        return False
    opening = min(near_text, key=lambda b: (b.left, b.top))
    if _OPENING_NOTE.match(opening.lines[0].text.lstrip()) is not None or _line_between(near, near_text):
        return False
    return _closes(near, near_text) and _opens(far_text)


#: lines of a column that stands as a text on its own, when the far side is one column
_LONG_COLUMN = 12


def _columns_enough(text: list[ColumnBlock]) -> bool:
    """Two columns of text, or one long column: a text, not a note or a box's few lines."""
    return len(text) >= 2 or len(text) == 1 and len(text[0].lines) >= _LONG_COLUMN


def _line_between(near: list[ColumnBlock], text: list[ColumnBlock]) -> bool:
    """A line alone under the near side's text (no note, no sentence's end):
    the far side's headline read as text; the part parted from it would stand
    headless, its headline left with the article over it."""
    for b in near:
        if len(b.lines) != 1 or b.role != BODY:
            continue
        line = b.lines[0].text.strip()
        if not line or line[0] in "（(" or ends_sentence(line):
            continue
        over = [t for t in text if min(t.right, b.right) - max(t.left, b.left) > 0]
        if over and all(t.bottom <= b.top for t in over):
            return True
    return False


def _closes(near: list[ColumnBlock], text: list[ColumnBlock]) -> bool:
    """The near side's text ends: its last column closes a sentence, or a
    jump note (（下转第N版）) stands in it."""
    if any(len(b.lines) == 1 and "版" in b.lines[0].text and is_continuation_line(b.lines[0].text.strip())
           for b in near):
        return True
    last = max(text, key=lambda b: (round(b.left), b.bottom))
    return ends_sentence(last.lines[-1].text.strip())


def _opens(text: list[ColumnBlock]) -> bool:
    """The far side's text opens: its first column opens a paragraph (or a
    note that it comes from another page, or an editor's note)."""
    top = min(b.top for b in text)
    first = min((b for b in text if b.top <= top + 3 * b.size), key=lambda b: b.left)
    line = first.lines[0].text.strip()
    return opens_paragraph(first) or _OPENING_NOTE.match(line) is not None or (
        "版" in line and is_continuation_line(line) is not None)


__all__ = ["parts_in_another_style", "styles_apart"]
