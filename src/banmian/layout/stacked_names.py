"""Authors' names set in a narrow stack under a side title, wrapped glyph by glyph.

A side title in a column a few glyphs wide has its byline set under it in that
measure: 本报记者 旷　宁  沈一鸣, or names alone (林海波 宋　川 周明远), a two-glyph
name spaced to a three-glyph one. The measure breaks the line wherever it is full,
inside a spaced name too: ``林海波 宋`` / ``川 周明远``, ``本报记者旷`` / ``宁沈一鸣``. Line by
line no line is a byline (a glyph alone is no name), so the stack was read as the
text's first paragraph. Read as one: a lone glyph closing a line (after a space or
the role) and the first glyph of the next line are one name; the rest are whole names.
"""

from __future__ import annotations

import re

from ..model import Article, Byline
from ..names import starts_with_surname
from .body_units import Unit, plain_names
from .roles import BODY, BYLINE, SUBHEADING
from .rules import ROLES

#: the stack's lines: two or three, each a few glyphs (the measure of a side title's column)
_MOST_LINES = 3
_MOST_GLYPHS = 7
_HAN_AND_SPACES = re.compile(r"[\u4e00-\u9fff\s\u3000]+")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def stacked_names(lines: list[str]) -> list[Byline] | None:
    """The bylines of a stack of two or three short lines of names (a role first maybe),
    a name cut between two lines joined again; None when the stack is anything else."""
    if not 2 <= len(lines) <= _MOST_LINES:
        return None
    texts = [ln.strip() for ln in lines]
    if any(not t or not _HAN_AND_SPACES.fullmatch(t) or len(t.replace(" ", "").replace("\u3000", "")) > _MOST_GLYPHS
           for t in texts):
        return None
    role = next((r for r in ROLES if texts[0].startswith(r)), None)
    if role is not None:
        texts[0] = texts[0][len(role):]
    names: list[str] = []
    carry = ""  # a name's first glyph, closing the line over
    rejoined = False
    for k, text in enumerate(texts):
        tokens = text.split()
        if carry:
            if not tokens:
                return None
            first = tokens.pop(0)
            names.append(carry + first[0])  # (宋 / 川 周明远; 旷 / 宁沈一鸣: the next glyph completes it)
            if len(first) > 1:
                tokens.insert(0, first[1:])
            carry, rejoined = "", True
        if tokens and len(tokens[-1]) == 1 and k < len(texts) - 1:
            carry = tokens.pop()
        names.extend(tokens)
    if carry or not names or len(names) > 4 or not all(_NAME.fullmatch(n) for n in names):
        return None
    # a role or a name cut at a line's end says these are names, whatever their surnames;
    # names alone, each on its own line, each opens with a surname (not a label's words)
    if role is None and not rejoined and not all(starts_with_surname(n) for n in names):
        return None
    return [Byline(role, n) for n in names]


def names_stack_first(units: list[Unit]) -> list[Byline] | None:
    """The bylines of the stack the article's text opens with (its first two or three lines,
    in one unit or one a line), those units made the byline's; None (nothing changed) else."""
    lines: list[str] = []
    for j, u in enumerate(units[:_MOST_LINES]):
        if u.role not in (BODY, SUBHEADING):
            return None
        lines.extend(ln.text for ln in u.lines)
        if len(lines) > _MOST_LINES:
            return None
        found = stacked_names(lines) if len(lines) >= 2 and j + 1 < len(units) else None
        if found:
            for taken in units[:j + 1]:
                taken.role = BYLINE
                if taken.block is not None:
                    taken.block.role = BYLINE
            del units[:j + 1]
            return found
    return None


def leading_names(article: Article, units: list[Unit]) -> None:
    """An author's name alone on the first line of the body (理论 pages) is a
    byline, in the body's face or another (then it reads like a subheading); so are names
    stacked in a side title's narrow column, a name cut at a line's end (:func:`stacked_names`)."""
    if not article.bylines:
        article.bylines.extend(names_stack_first(units) or [])
    while units and units[0].role in (BODY, SUBHEADING) and len(units[0].lines) == 1 \
            and not article.bylines:
        found = plain_names(units[0].lines[0].text)
        if not found:
            return
        article.bylines.extend(found)
        units[0].role = BYLINE
        if units[0].block is not None:
            units[0].block.role = BYLINE
        units.pop(0)
