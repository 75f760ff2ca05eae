"""A column under a column logo (短评, 观察, 一线调查: a label set right over it):
whose text is it? Not a headline's beside it that opens lower down and heads
text of its own under it; a headline's the logo stands right under.

The headline cannot head a column whose first line stands over the headline's
own top: the column is the label's text (an untitled commentary, a boxed
column), not the second column of the headline's article, which would open
level with, or under, the headline's foot."""

from __future__ import annotations

from .columns import ColumnBlock
from ..model import BBox
from .headline_reach import heading_above, heads_columns_under
from .roles import TITLE
from .segment import HeadingGroup


def below_the_top(h: HeadingGroup, b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """``h`` (a horizontal headline beside ``b``) opens a line or more under
    ``b``'s top and heads columns of its own right under it."""
    return not h.vertical and h.bbox[1] >= b.top + body and heads_columns_under(h, flow, body)


def label_under_headline(label: int, b: ColumnBlock, headings: list[HeadingGroup], titles: list[int],
                         frame: BBox | None, head_frame: list[BBox | None], body: float) -> int | None:
    """The nearest title over the block past its ``label`` when the label
    stands right under that title (within three lines): a column logo (一线调查)
    set under its article's headline, over the article's first column (both
    over the block), heads no text of its own."""
    over = heading_above(b, headings, [i for i in titles if i != label], frame, head_frame)
    if over is None:
        return None
    h = headings[over]
    return over if h.role == TITLE and not h.vertical and 0 <= headings[label].bbox[1] - h.bbox[3] <= 3 * body \
        else None


__all__ = ["below_the_top", "label_under_headline"]
