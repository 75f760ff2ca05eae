"""A byline broken after its role word: 本报记者 / 孙明.

In a narrow column (under a side headline) a byline may be set over two
lines, the role alone on the first and the names on the next. A role word
alone on a line is never a paragraph's text nor a subheading, so the line
break stands for the space between role and name: the lines are a byline.
"""

from __future__ import annotations

from .roles import BODY, BYLINE, SUBHEADING
from .rules import parse_byline_line

#: a byline's lines: the role's, then one or two of names
_MAX_LINES = 3


def role_broken_bylines(units: list) -> None:  # noqa: ANN001 (body_units.Unit: no import cycle)
    """Mark each unit that is a byline broken after its role word (the role
    alone on its first line, names on the rest) a byline, with its names."""
    for u in units:
        if u.role not in (BODY, SUBHEADING) or not 2 <= len(u.lines) <= _MAX_LINES:
            continue
        texts = [ln.text.strip() for ln in u.lines]
        found = parse_byline_line(" ".join(texts))
        if not found or found[0].role != texts[0]:
            continue  # (the first line is the role and nothing else)
        u.role, u.bylines = BYLINE, found
        if u.block is not None:
            u.block.role = BYLINE


__all__ = ["role_broken_bylines"]
