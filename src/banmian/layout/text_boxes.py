"""Headline boxes that real blocks give whole (text mode): PyMuPDF, where the
leading is tight, may put a kicker's lead-in, a title wrapped in a box as narrow
as a column and the author's name under it into one block, which then looks
like column text. Its first and last lines tell it apart."""

from __future__ import annotations

from ..model import Block, Byline
from .roles import BYLINE, OTHER
from .text_bylines import names_alone
from .tier_patterns import TITLE_TAG, has_title_tag
from .text_units import Unit


#: lines of a headline box: a kicker's lead-in, the title wrapped in the box
_HEADLINE_BOX_LINES = 4


def lead_in_over_tagged_title(lines: list[str]) -> bool:
    """A block that opens with a kicker's lead-in (江城的快递小哥张三——) and
    closes with the column's tag (…（讲述·追梦人）): a headline boxed in a
    column's width, however column-shaped its lines are."""
    if not 2 <= len(lines) <= _HEADLINE_BOX_LINES + 1 or not lines[0].rstrip().endswith("——"):
        return False
    if len(lines) > 2 and names_alone(lines[-1:]):
        lines = lines[:-1]  # the author's name under it, in its block (PyMuPDF's tight leading)
    if TITLE_TAG.search(lines[-1].strip()) is not None:
        return True
    # the tag wrapped in the box: its bracket opens on a line above the last (…办实事（新春 / 走基层·…故事）)
    return has_title_tag("".join(line.strip() for line in lines[1:])) and any(
        mark in line for line in lines[1:-1] for mark in "（(")


def split_names_off_headline_boxes(units: list[Unit]) -> list[Unit]:
    """A headline box (:func:`lead_in_over_tagged_title`) whose block also
    holds the author's name under it: the name is a byline unit of its own."""
    out: list[Unit] = []
    for unit in units:
        lines = unit.block.lines
        # (the box asked first: its lead-in's dash is cheap to look for, the names are not)
        box = unit.block.role == OTHER and len(lines) > 2 and lead_in_over_tagged_title(lines)
        names = names_alone(lines[-1:]) if box else None
        if not names:
            out.append(unit)
            continue
        block = unit.block
        start = block.line_start + len(lines) - 1 if block.line_start is not None else None
        name = Unit(Block([lines[-1]], BYLINE, page=block.page, line_start=start, bbox=block.bbox,
                          font_size=block.font_size), bylines=[Byline(None, n) for n in names])
        del block.lines[-1]
        out.extend([unit, name])
    return out


__all__ = ["lead_in_over_tagged_title", "split_names_off_headline_boxes"]
