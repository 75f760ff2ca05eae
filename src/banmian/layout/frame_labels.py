"""A frame's own heading is no byline.

A byline stands right under its headline with nothing between them. A short
line set at the top of a frame (a key-points box, a 相关链接 box) inside an
article heads that frame: when the larger heading above it lies outside the
frame, the frame's edge stands between the two, so the line is the frame's
label, not the heading's author.
"""

from __future__ import annotations

from ..model import BBox, TextLine, within
from .roles import BODY, SUBHEADING, TITLE


def smallest_frame(box: BBox, frames: list[BBox]) -> BBox | None:
    """The smallest frame that holds ``box``."""
    inside = [f for f in frames if f[0] - 2 <= box[0] and box[2] <= f[2] + 2 and f[1] - 2 <= box[1]
              and box[3] <= f[3] + 2]
    return min(inside, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])) if inside else None


def fenced_from(line: TextLine, heading: BBox, frames: list[BBox]) -> bool:
    """Does the edge of a frame stand between the ``heading`` box and
    ``line`` under it: the line inside a frame the heading is not in, or the
    heading inside one the line is not in (a banner boxed across the page
    heads nothing under its frame)?"""
    return any(within(line.bbox, f, 1.0) != within(heading, f, 1.0) for f in frames)


def heads_a_frame(box: BBox, frames: list[BBox], blocks: list, body: float) -> bool:
    """Is ``box`` the first line of a frame that holds body text of its own
    under it (a framed 更正 or 启事 at a column's foot)? Then the frame's edge
    parts it from the column over it: it heads the frame, not a part of that
    column's text. A frame round the heading alone (a boxed subheading) holds no text."""
    f = smallest_frame(box, frames)
    if f is None or box[1] - f[1] > 1.5 * body:
        return False
    return any(b.role == BODY and within(b.bbox, f, 2.0) and b.top >= box[3] - 1 for b in blocks)


def framed_openings(groups: list, blocks: list, frames: list[BBox], body: float) -> None:
    """A small heading at the top of a frame of text that stands right under
    a headline (nothing but the headline's byline between them, within its
    width) heads a box of that article (核心阅读 over the key points, set
    before the columns): a subheading in its flow, no headline of its own
    (a boxed article of its own stands under text, not under a headline)."""
    titles = [g for g in groups if g.role == TITLE and not g.vertical]
    for g in titles:
        if g.size >= 1.3 * body or len(g.lines) > 2:
            continue
        f = smallest_frame(g.bbox, frames)
        if f is None or g.bbox[1] - f[1] > 1.5 * body:
            continue  # not the frame's first line
        if not any(b.role == BODY and within(b.bbox, f, 2.0) and b.top >= g.bbox[3] - 1 for b in blocks):
            continue  # no text of its own in the frame
        if any(_headline_over(h, f, blocks, body) and not _banner_band(h, f, frames)
               for h in titles if h is not g and h.size > g.size):
            g.role = SUBHEADING


def _banner_band(h, frame: BBox, frames: list[BBox]) -> bool:
    """``h`` stands alone in a band of its own height or so, as wide as the
    frame under it: a banner across the row, whose frames each
    hold an article of their own with its own headline; an article's headline
    stands over its key-points frame unboxed."""
    band = smallest_frame(h.bbox, frames)
    return band is not None and band[3] - band[1] <= 2.5 * (h.bbox[3] - h.bbox[1]) + 4 \
        and band[2] - band[0] >= 0.9 * (frame[2] - frame[0])


def _headline_over(h, frame: BBox, blocks: list, body: float) -> bool:
    """``h`` stands over the frame within four lines, spanning it or within
    it, and no text runs between them (its byline alone may)."""
    x0, _, x1, y1 = h.bbox
    if not 0 <= frame[1] - y1 <= 4 * body or within(h.bbox, frame, 2.0):
        return False
    if min(x1, frame[2]) - max(x0, frame[0]) < 0.5 * min(x1 - x0, frame[2] - frame[0]):
        return False
    return not any(len(b.lines) >= 2 and b.bottom > y1 and b.top < frame[1]
                   and min(b.right, frame[2]) - max(b.left, frame[0]) > 0 for b in blocks)
