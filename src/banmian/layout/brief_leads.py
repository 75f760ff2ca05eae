"""A news brief's title run into its text: the lead phrase in a heavier face.

Items of a news-brief column (简讯) often have no title line of their own:
each opens with a short phrase set in 黑体 or bold, run into the first line
of its paragraph (``城南公园完成提升改造　经过半年施工，……``). That phrase is
the item's title, not its text. The PDF source marks it on the line
(:attr:`.TextLine.bold_lead`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import LEAD_MARKS, TextLine
from .roles import BODY
from .rules import starts_with_dateline

#: a title run in is a phrase, not a sentence
_LEAD_MAX = 24


def run_in_title(units: list) -> list[TextLine]:  # noqa: ANN001 (body_units.Unit: no import cycle)
    """The lead phrase the item's first paragraph opens with, as a title
    line, cut from that line (which keeps the rest); [] when there is none
    (a dateline or a sentence set bold is no title)."""
    for u in units:
        if u.role != BODY or not u.lines:
            continue
        first = u.lines[0]
        lead = first.bold_lead
        head = first.text[:lead].strip().rstrip(LEAD_MARKS).rstrip()  # (a mark closing it is no word of it)
        if not u.starts_paragraph or not lead or len(head) > _LEAD_MAX or starts_with_dateline(first.text) \
                or any(c in head for c in "。！？；"):
            return []
        cut = first.x0 + (first.x1 - first.x0) * lead / max(len(first.text), 1)
        u.lines[0] = replace(first, text=first.text[lead:].lstrip(" \u3000"), bold_lead=0)
        return [TextLine(head, (first.x0, first.y0, cut, first.y1), first.size, True, font=first.font,
                         order=first.order, color=first.color)]
    return []


__all__ = ["run_in_title"]
