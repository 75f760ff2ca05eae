"""A closing dateline set flush right in an article's last column
(（新华社济南2月18日电）) may be wider than the space left on its line and run
left into the gutter, up against the column beside: the text layer then
reads the column's line and the dateline as one line across both columns
(…指导农民搞好肥（新华社济南2月18日电）). Split such a line where the
column on its left ends, so each column keeps its own text."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import TextLine
from .rules import CLOSING_DATELINE

#: a closing dateline (or credit) in brackets ending the line, opened after the text before it
_TAIL = re.compile(r"[（(][^（）()]{4,40}[）)]$")


def split_overflowing_closings(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with each line that runs a column's text into a closing
    dateline standing in the next column split in two at that column's edge.
    Only where the column is known: other lines start where the line starts
    and end well short of its end, and the text before the dateline fills
    the column to its edge without finishing a sentence."""
    out: list[TextLine] = []
    starts: dict[int, list[TextLine]] | None = None
    for ln in lines:
        m = _TAIL.search(ln.text) if "电" in ln.text and not ln.vertical else None
        if m is None or m.start() == 0 or not CLOSING_DATELINE.fullmatch(m.group().replace(" ", "")):
            out.append(ln)
            continue
        if starts is None:
            starts = {}
            for o in lines:
                starts.setdefault(round(o.x0), []).append(o)
        split = _split(ln, m.start(), starts)
        out.extend(split if split is not None else [ln])
    return out


def _split(ln: TextLine, at: int, starts: dict[int, list[TextLine]]) -> list[TextLine] | None:
    head, tail = ln.text[:at].rstrip(), ln.text[at:]
    if not head or head[-1] in "。！？；…”":
        return None  # a sentence ends before the dateline: set after it on the line, as usual
    column = [o for k in (round(ln.x0) - 1, round(ln.x0), round(ln.x0) + 1) for o in starts.get(k, ())
              if o is not ln and not o.vertical and abs(o.size - ln.size) < 0.3 and abs(o.y0 - ln.y0) < 30 * ln.size]
    edge = max((o.x1 for o in column if o.x1 < ln.x1 - 3 * ln.size), default=None)
    if edge is None:
        return None
    width = _advance(tail, ln.size)
    if abs((ln.x1 - width) - edge) > 1.5 * ln.size:
        return None  # the dateline does not start about where the column on its left ends
    # the dateline stands in the column on the right: from that column's left edge (it overran it)
    beside = [o.x0 for k, group in starts.items() if edge < k < ln.x1 - 3 * ln.size for o in group
              if not o.vertical and abs(o.size - ln.size) < 0.3 and abs(o.y0 - ln.y0) < 30 * ln.size]
    start = max(ln.x1 - width, min(beside, default=edge + ln.size))
    left = replace(ln, text=head, bbox=(ln.x0, ln.y0, edge, ln.y1))
    right = replace(ln, text=tail, bbox=(start, ln.y0, ln.x1, ln.y1))
    return [left, right]


def _advance(text: str, size: float) -> float:
    """The width of a run of text: a full em per Han character or full-width
    mark, half an em for ASCII (digits, spaces)."""
    return sum(0.5 * size if ch.isascii() else size for ch in text)


__all__ = ["split_overflowing_closings"]
