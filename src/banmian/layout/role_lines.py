"""What stands round a byline: a byline broken after its role word
(本报记者 / 孙明), and a headline hardly larger than the text over one.

In a narrow column (under a side headline) a byline may be set over two
lines, the role alone on the first and the names on the next. A role word
alone on a line is never a paragraph's text nor a subheading, so the line
break stands for the space between role and name: the lines are a byline.
"""

from __future__ import annotations

from .reflow import clean_headline_spaces, join_lines
from .roles import BODY, BYLINE, SUBHEADING, TITLE
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




def title_over_byline(article, units: list) -> None:  # noqa: ANN001 (model.Article, body_units.Unit)
    """An article read with no headline whose text has, over its byline, a
    line or two set apart as a subheading (a heavier face) with no text
    above it: that line is the headline, set hardly larger than the text in
    a narrow column. A byline stands under its headline; a subheading
    stands inside the text, under some of it."""
    head = article.headline
    if head.title or head.kicker or head.subtitle:
        return
    names = [u.lines[0] for u in units if u.role == BYLINE and u.lines]
    if not names:
        return
    top = min(ln.y0 for ln in names)
    for u in units:
        if u.role != SUBHEADING or len(u.lines) > 2 or u.lines[-1].y1 > top + 1:
            continue
        x0, x1 = min(ln.x0 for ln in u.lines), max(ln.x1 for ln in u.lines)
        if not any(min(ln.x1, x1) - max(ln.x0, x0) > 0 for ln in names):
            continue  # not over the byline
        if any(w.role == BODY and w.lines and w.lines[0].y0 < u.lines[0].y0
               and min(w.lines[0].x1, x1) - max(w.lines[0].x0, x0) > 0 for w in units):
            continue  # text over it in its column: a subheading
        head.title = clean_headline_spaces(join_lines([ln.text for ln in u.lines]))
        u.role = TITLE
        if u.block is not None:
            u.block.role = TITLE
        return


__all__ = ["role_broken_bylines", "title_over_byline"]
