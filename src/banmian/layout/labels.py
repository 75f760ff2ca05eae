"""Banners and column logos: headings that are labels, not headlines.

A banner runs across the page in a frame or bar of its own; a column logo
(思想纵横, 新知新觉, 新论) is a word or two framed alone, or reversed out of a
panel, over an article's first column or its headline. Neither is an article.
"""

from __future__ import annotations

from ..model import BBox, is_light
from .roles import BODY, TITLE
from .columns import ColumnBlock
from .segment import HeadingGroup

#: a column logo is a word or two (思想纵横, 新知新觉, 新论)
_LOGO_CHARS = 6


def is_label(g: HeadingGroup, frames: list[BBox], separators: list[BBox], blocks: list[ColumnBlock],
             groups: list[HeadingGroup], body: float, page_width: float) -> bool:
    """A heading that is the only text of the smallest frame (or shaded bar)
    around it, when that frame runs across half the page (a banner) or
    stands just over another heading (a column logo over a headline). A
    headline on a panel of its own is neither."""
    box = g.bbox
    around = [f for f in frames + separators if f[0] - 2 <= box[0] and box[2] <= f[2] + 2 and f[1] - 2 <= box[1]
              and box[3] <= f[3] + 2 and (f[2] - f[0]) * (f[3] - f[1]) > 0]
    if not around:
        return False
    frame = min(around, key=lambda f: (f[2] - f[0]) * (f[3] - f[1]))

    def inside(b: BBox) -> bool:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        return frame[0] <= cx <= frame[2] and frame[1] <= cy <= frame[3]
    if any(inside(b.bbox) for b in blocks) or any(o is not g and inside(o.bbox) for o in groups):
        return False
    if frame[2] - frame[0] >= 0.5 * page_width or all(is_light(ln.color) for ln in g.lines):
        return True  # a banner, or words reversed out of their panel: a column logo
    words = "".join(ln.text for ln in g.lines).replace(" ", "")
    if len(words) <= _LOGO_CHARS and g.size < 1.5 * body:
        return True  # a word or two framed alone, not much larger than the text: a column's logo (新论)
    return any(o is not g and o.role == TITLE and 0 <= o.bbox[1] - frame[3] <= 3 * body
               and min(o.bbox[2], frame[2]) - max(o.bbox[0], frame[0]) > 0 for o in groups)


def framed_logos(blocks: list[ColumnBlock], graphic: list[ColumnBlock], boxes: list[BBox],
                 groups: list[HeadingGroup], body: float) -> tuple[list[ColumnBlock], list[ColumnBlock]]:
    """A word or two in the text's size, alone in a small frame, set level
    with a headline beside it or just over one: a column logo, text of no
    article (a boxed subheading stands among its column's text, never by a
    headline). Returns (kept, graphic and the logos)."""
    titles = [g.bbox for g in groups if g.role == TITLE]
    logos: list[ColumnBlock] = []
    for f in boxes:
        if f[3] - f[1] > 3 * body or f[2] - f[0] > 10 * body:
            continue
        inside = [b for b in blocks if f[0] - 2 <= b.left and b.right <= f[2] + 2 and f[1] - 2 <= b.top
                  and b.bottom <= f[3] + 2]
        if len(inside) != 1 or inside[0].role != BODY or len(inside[0].lines) != 1:
            continue
        words = inside[0].lines[0].text.replace(" ", "").replace("\u3000", "")
        if not words or len(words) > _LOGO_CHARS or not all(c.isalnum() for c in words):
            continue
        level = any(t[1] <= f[3] and f[1] <= t[3] and (0 <= t[0] - f[2] <= 4 * body or 0 <= f[0] - t[2] <= 4 * body)
                    for t in titles)
        over = any(0 <= t[1] - f[3] <= 3 * body and min(t[2], f[2]) - max(t[0], f[0]) > 0 for t in titles)
        if level or over:
            logos.append(inside[0])
    taken = {id(b) for b in logos}
    return [b for b in blocks if id(b) not in taken], graphic + logos


__all__ = ["framed_logos", "is_label"]
