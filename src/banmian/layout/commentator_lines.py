"""A commentary's signature in a text stream (text mode).

The paper's commentators sign under the title (本报评论员) or at the end
(——本报评论员, 本报特约评论员 张三). Under a headline the line is that
article's byline; at the end, after its text, it closes the text above
(as a paragraph :func:`marked_bylines.closing_signature` turns into the
byline), and never heads the next article as its kicker."""

from __future__ import annotations

from .marked_bylines import commentator_byline
from .roles import BODY, BYLINE, KICKER, OTHER, SUBTITLE, TITLE
from .text_units import Unit


def commentator_signatures(units: list[Unit]) -> None:
    """Give signature lines their part: the byline under a headline, the
    text's last line after a text."""
    for k, unit in enumerate(units):
        lines = unit.block.lines
        if len(lines) != 1 or k == 0:
            continue
        byline = commentator_byline(lines[0])
        if byline is None:
            continue
        above = units[k - 1].block.role
        if above in (TITLE, KICKER, SUBTITLE) and not lines[0].lstrip().startswith("—"):
            unit.block.role, unit.bylines = BYLINE, [byline]
        elif above in (BODY, OTHER) and unit.block.role != BODY:
            unit.block.role, unit.paragraph_lines = BODY, True
