"""A label set right under a headline is that article's column tag.

Papers box a short label (短评, 观察) over an article's first column, right
under its headline and byline. Such a label heads no text of its own: the
column under it is the headline's (the first column opens with an abstract or
an editor's note, lower than the columns beside it, which stand right under
the headline).
"""

from __future__ import annotations

from .roles import TITLE
from .segment import HeadingGroup

#: how far under the headline's foot the label may stand, in body sizes (a byline line may stand between)
_REACH = 3.5


def headline_over_label(label: HeadingGroup, headings: list[HeadingGroup], titles: list[int],
                        body: float) -> int | None:
    """The headline (index) right over ``label``: a title, not vertical, whose
    foot (its byline's, if any; a byline line may stand between) stands within three and a half body sizes over
    the label's top, the label's left edge within its span."""
    x0, y0, _, _ = label.bbox
    best: int | None = None
    best_gap = _REACH * body
    for i in titles:
        h = headings[i]
        if h.role != TITLE or h.vertical:
            continue
        hx0, _, hx1, hy1 = h.bbox
        foot = max([hy1] + [ln.y1 for ln in h.bylines])
        gap = y0 - foot
        if hx0 - body <= x0 < hx1 and 0 <= gap <= best_gap:
            best, best_gap = i, gap
    return best


__all__ = ["headline_over_label"]
