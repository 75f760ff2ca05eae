"""A brief's picture text signed by its authors is its body (text mode).

A column of briefs may hold picture news: a title, a sentence or two on the
photo, the photographer's credit run in at the text's end (……增收致富。张三摄
（城乡影像）) and the item's authors in brackets under it (（李四 王五）).
Read by the credit alone, the text became a photo's caption and the item was
left a title with no body, its authors a headline of their own. A caption is
never signed by reporters' brackets: a caption and credit right over an
authors' bracket are that item's text (the credit closing its paragraph, as
printed), the bracket its closing byline, the title over or (drawn after the
text) under them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .roles import BODY, BYLINE, CAPTION, CREDIT
from ..model import Byline
from .rules import parse_bracket_byline
from .text_bylines import names_alone
from .text_units import Unit


def _authors_bracket(line: str) -> list[Byline] | None:
    """The bylines of a line that is only an authors' bracket: （李四 王五）, （本报记者 张三）."""
    text = line.strip()
    if not (text.startswith("（") and text.endswith("）")):
        return None
    named = parse_bracket_byline(text)
    if named:
        return named
    names = names_alone([text[1:-1]])
    return [Byline(None, n) for n in names] if names else None


#: a photographer's credit alone (张三摄, 张三摄（城乡影像）, 张三摄影报道): the shape asked of a unit
#: not read as a credit (PyMuPDF's blocks: a headline candidate)
_CREDIT_ALONE = re.compile(r"[\u4e00-\u9fff·]{2,8}摄(?:影报道)?(?:（[^（）]{1,8}）)?")


def _credit(unit: Unit) -> bool:
    """A photographer's credit unit, read as one or shaped as one on one line."""
    if unit.block.role == CREDIT:
        return True
    lines = unit.block.lines  # (摄 asked first: most lines are no credit)
    return len(lines) == 1 and "摄" in lines[0] and _CREDIT_ALONE.fullmatch(lines[0].strip()) is not None


def signed_picture_texts(units: list[Unit]) -> list[Unit]:
    """Caption (or the text it was run into), credit, authors' bracket: the
    text and credit are the item's body, the bracket its closing byline. (A
    body unit is asked only where the credit is one not read as a credit:
    a body over a photo's credit is the usual page.)"""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        unit = units[k]
        if (unit.block.role in (CAPTION, BODY) and k + 2 < len(units) and _credit(units[k + 1])
                and (unit.block.role == CAPTION or units[k + 1].block.role != CREDIT)
                and len(units[k + 2].block.lines) == 1):
            names = _authors_bracket(units[k + 2].block.lines[0])
            if names:
                credit, bracket = units[k + 1], units[k + 2]
                lines = [*unit.block.lines[:-1], unit.block.lines[-1].rstrip() + "".join(credit.block.lines).strip()]
                out.append(replace(unit, block=replace(unit.block, lines=lines, role=BODY), credit=None, _width=None))
                bracket.block.role = BYLINE
                bracket.bylines = names
                bracket.closing = True
                out.append(bracket)
                k += 3
                continue
        out.append(unit)
        k += 1
    return out
