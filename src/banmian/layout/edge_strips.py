"""A page header set sideways in a narrow strip at the page's outer edge.

Some papers print the section, the date, the page number and the editors'
names not across the top but down the page's left or right edge, turned or
one character a line (the PDF source gives either as vertical lines). Such a
strip stands beyond every line of the page's running text, and one of its
lines at least reads as a header's (a date, 第N版, the editors): it is the
page's furniture, never an article (a vertical headline stands beside its
own article's columns, in headline type)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import TextLine

#: a strip's lines are at most this many times the body's size (a vertical headline is larger)
_STRIP_SIZE = 1.6


def edge_strip_lines(lines: list[TextLine], taken: set[int], body: float,
                     reads_as_header: Callable[[str], object]) -> list[TextLine]:
    """The vertical lines of a header strip at the page's left or right edge
    (``reads_as_header``: does a line give a header's facts)."""
    turned = [ln for ln in lines if ln.vertical and id(ln) not in taken]
    if not turned:
        return []  # (most pages: no vertical line, no strip; nothing more to walk)
    across = [ln for ln in lines if not ln.vertical and id(ln) not in taken]
    if not across:
        return []
    left, right = min(ln.x0 for ln in across), max(ln.x1 for ln in across)
    strip: list[TextLine] = []
    for outside in (lambda ln: ln.x1 <= left + 1, lambda ln: ln.x0 >= right - 1):
        side = [ln for ln in turned if ln.size <= _STRIP_SIZE * body and outside(ln)]
        if any(reads_as_header(ln.text) for ln in side):
            strip += side
    return strip
