"""The first item's title under a news-brief column's heading, set at body size.

A column of briefs (本地简报, 消息速览, 一线快讯) opens with its heading, then
each item's title in a bold face of the body's size, then its text. An
extractor's stream gives that title as one more line of the column, so it runs
into the item's text, or, when it is as short as a name (全村福), it reads as an
author's line. Under a brief heading nothing is signed (a brief signs at its
end, in brackets): a first line there with no clause mark that ends no sentence
is the item's title.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Block
from .opening_titles import CLAUSE_MARK
from .reflow import ends_sentence
from .roles import BODY, BYLINE, HEADER, TITLE
from .text_units import Unit
from .tier_patterns import cjk_count, is_brief_heading

#: a brief's title holds this many CJK characters at least and at most
_TITLE_CHARS = (2, 24)


def _brief_heading(unit: Unit) -> bool:
    return unit.block.role == TITLE and is_brief_heading("".join(unit.block.lines))


def _heading_closes_header(unit: Unit) -> bool:
    """Did the page's header unit take the brief column's heading as its last line
    (the heading stands right under the page's furniture)?"""
    lines = unit.block.lines
    return (unit.block.role == HEADER and len(lines) > 1
            and is_brief_heading(lines[-1]))


def _title_line(line: str) -> bool:
    line = line.strip()
    return (_TITLE_CHARS[0] <= cjk_count(line) <= _TITLE_CHARS[1] and not CLAUSE_MARK.search(line)
            and not ends_sentence(line))


def brief_titles_off_bodies(units: list[Unit]) -> list[Unit]:
    """The units with the first line of a body unit right under a brief
    column's heading cut off as its title unit, where that line is a title's
    (no clause mark, no sentence's end) and the text goes on under it; a
    one-line author's unit there, over a body, is the title. Returns the units."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        # (the unit's own role asked first: a cheaper question than the one of the unit over it)
        if out and unit.block.role in (BODY, BYLINE) and _heading_closes_header(out[-1]):
            header = out[-1].block
            # (a new header unit, one line shorter: a unit keeps its width once measured)
            out[-1] = replace(out[-1], block=replace(header, lines=header.lines[:-1]), _width=None)
            out.append(Unit(Block([header.lines[-1]], TITLE, page=header.page)))
        if not out or unit.block.role not in (BODY, BYLINE) or not _brief_heading(out[-1]):
            out.append(unit)
            continue
        lines = unit.block.lines
        nxt = units[k + 1] if k + 1 < len(units) else None
        if len(lines) == 1 and _title_line(lines[0]) and nxt is not None and nxt.block.role == BODY:
            unit.block.role = TITLE  # 一线快讯 / 全村福 / 在2017年启动的…: the item's title, no author
            unit.bylines = []
            out.append(unit)
            continue
        if unit.block.role != BODY or len(lines) < 2 or not _title_line(lines[0]):
            out.append(unit)
            continue
        src = unit.block
        start = src.line_start + 1 if src.line_start is not None else None
        out.append(Unit(Block([lines[0]], TITLE, page=src.page, line_start=src.line_start,
                              font_size=src.font_size)))
        # (the body keeps what its unit carried but the first line's: its run-in lead and its width)
        out.append(replace(unit, block=Block(lines[1:], BODY, page=src.page, line_start=start, font_size=src.font_size),
                           lead=0.0, _width=None))
    return out


__all__ = ["brief_titles_off_bodies"]
