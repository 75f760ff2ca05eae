"""Which headline stands beside a block that opens low in its region.

A headline at the top of a region (under a rule or a banner) heads a block
that opens the region beside it. A block opening far lower, level with a
column of text that itself stands under that headline, opens a row of its
own: the text level with it on its left is its neighbour, not the headline
high over that text. So is a block level with the headline that opens an
article (a dateline, （上接第N版）) beside columns under that headline: the
headline's article opened there already; a headline on the block's right
heads it. (A plain column there is that article's next column: a headline
narrower than its text.)
"""

from __future__ import annotations

from ..model import BBox
from .columns import ColumnBlock
from .roles import BODY


def level_text_under(head: BBox, b: ColumnBlock, flow: list[ColumnBlock], tolerance: float) -> bool:
    """Does a column of text level with ``b``'s top (within ``tolerance``)
    stand on its left under the headline ``head`` (below its foot, across
    its width), so that the headline is over that text, not beside ``b``?"""
    hx0, _, hx1, hy1 = head
    return any(o is not b and o.role == BODY and abs(o.top - b.top) <= tolerance and o.right <= b.left
               and o.top > hy1 and min(o.right, hx1) - max(o.left, hx0) > 0.5 * o.width for o in flow)


__all__ = ["level_text_under"]
