"""A data column's items (数读, 速览) open each with a figure called out and what
it counts (3280亿元 全省农产品网销规模), or with a heading in words (合肥 /
支持民营经济发展), set in larger type over a lead that gives the figure or the
heading's words again and ends open (no full stop), then a dated report: that
line is a paragraph of the column's body, as printed, never an article's
headline. A headline opening on an amount (46.7万人次畅游古城墙) heads text
that tells its story in sentences, not an open lead over a dateline."""

from __future__ import annotations

import re

from .reflow import ends_sentence
from .roles import BODY, BYLINE, OTHER, SUBHEADING, TITLE
from .rules import opens_with_any_dateline
from .text_direction import bigrams
from .text_units import Unit
from .tier_patterns import cjk_count, is_brief_heading

#: an amount as a data item calls it out: digits, 多/余, then 万 or 亿 (and its measure) or a percentage
_AMOUNT_FIRST = re.compile(r"\d{1,9}(?:\.\d{1,4})?[多余]?(?:[万亿]|[%％‰])")
#: what the item's label never holds: a sentence's marks, a dash leading on, a column tag's bracket
_NOT_A_LABEL = re.compile(r"[，。；！？：,;!?:（(—]")
#: the most CJK characters a figure's label holds (a headline's tier says more)
_LABEL_CJK = 16


def is_figure_item(line: str) -> bool:
    """Is the line a figure called out with its label (91.9亿美元 对外投资)?"""
    return _figure_of_item(line) is not None


def _figure_of_item(line: str) -> str | None:
    """The number of a figure item's line (``3280`` of 3280亿元 全省农产品网销规模), else None."""
    text = line.strip()
    amount = _AMOUNT_FIRST.match(text)
    if amount is None:
        return None
    label = text[amount.end():].strip()
    if not 2 <= cjk_count(label) <= _LABEL_CJK or _NOT_A_LABEL.search(label):
        return None
    return _NUMBER.match(text).group()


_NUMBER = re.compile(r"\d{1,9}(?:\.\d{1,4})?")


def _open_lead(lines: list[str]) -> str | None:
    """The lead these body lines open with, up to the dateline of the report
    under it (or all of a short unit), when it ends open (no full stop)."""
    lead, _ = _lead_and_dateline(lines)
    return lead


def _lead_and_dateline(lines: list[str]) -> tuple[str | None, bool]:
    """:func:`_open_lead`, and whether a dateline opens a line under it in the same unit."""
    head = lines[:_ITEM_LEAD_LINES + 1]
    cut = next((k for k in range(1, len(head)) if opens_with_any_dateline(lines[k:k + 2])), None)
    if cut is None and len(lines) > _ITEM_LEAD_LINES:
        return None, False
    lead = lines[:cut]
    return (None if ends_sentence(lead[-1].rstrip()) else "".join(lead).replace(" ", "")), cut is not None


def figure_items_are_body(units: list[Unit]) -> None:
    """A one-line headline (or subheading) that is a figure with its label,
    right over an open lead that gives the figure again, is a paragraph of the
    column's body: under the column's name (数读), the column's earlier items
    between. Under another article's headline it is left alone (where headlines
    close their bodies, it parts that article's text from the column's)."""
    for k, (unit, below) in enumerate(zip(units, units[1:])):
        if unit.block.role not in (TITLE, SUBHEADING) or below.block.role != BODY or len(unit.block.lines) != 1:
            continue
        figure = _figure_of_item(unit.block.lines[0])
        lead = figure and _open_lead(below.block.lines)
        if lead and figure in lead and _in_a_column(units, k):
            unit.block.role, unit.paragraph_lines = BODY, True


def _in_a_column(units: list[Unit], k: int) -> bool:
    """Is the nearest headline over the unit at ``k`` a column's name (a few
    characters: 数读, or a brief column's heading)? Under another article's
    headline the text over an item may be that article's own."""
    above = next((u for u in reversed(units[:k]) if u.block.role == TITLE), None)
    if above is None:
        return False
    heading = "".join(above.block.lines)
    return cjk_count(heading) <= _COLUMN_NAME_CJK or is_brief_heading(heading)


#: the most CJK characters a data column's name holds (数读, 数据看台)
_COLUMN_NAME_CJK = 4


def lead_under_figure_item(current: list[Unit]) -> bool:
    """Does the text so far end on a column's item and the short lead under it
    (1280亿元 某省银企对接签约授信 / 截至目前……; 合肥 / 支持民营经济发展 / 合肥拟出台……)?
    A dateline there opens that item's report, in the same column, not an
    article of its own."""
    if len(current) < 2 or current[-1].block.role != BODY or len(current[-1].block.lines) > _ITEM_LEAD_LINES:
        return False
    item = current[-2].block
    if item.role != BODY or len(item.lines) != 1:
        return False
    lead = _open_lead(current[-1].block.lines)
    return bool(lead) and (is_figure_item(item.lines[0]) or _echoed(item.lines[0], lead))


def _echoed(heading: str, lead: str) -> bool:
    """Does the lead spell at least half the heading's pairs of characters (two at least)?"""
    pairs = bigrams(heading)
    return len(pairs) >= _ITEM_PAIRS and 2 * len(pairs & bigrams(lead)) >= len(pairs)


#: a worded item's heading has this many pairs of characters at least
_ITEM_PAIRS = 2
#: a worded item's heading: a line or two of a short phrase each (合肥 / 支持民营经济发展)
_ITEM_HEADING_LINES = 2
_ITEM_LINE_CJK = 12


def worded_items_are_body(units: list[Unit]) -> None:
    """A column's item headed in words (a place, then what happened there: 合肥 /
    支持民营经济发展), right over an open lead that spells the heading's words and
    a dated report under the lead, is the column's text, as a figure item is: under
    the column's name, its bylines or the column's earlier items between."""
    items: set[int] = set()
    # (the one-line headline units, gathered in one pass: most units are no item's heading; a unit
    # turned to text below stands before the next one asked)
    lone = [k for k, unit in enumerate(units) if unit.block.role == TITLE and len(unit.block.lines) == 1]
    going_on = 0  # the first unit not taken yet
    for k in lone:
        if k < going_on:
            continue
        if k + 1 < len(units) and units[k + 1].block.role not in (TITLE, BODY):
            going_on = k + 1  # (no text or second heading line under it: no item, its line not read)
            continue
        j = k
        while (j < len(units) and j - k < _ITEM_HEADING_LINES and units[j].block.role == TITLE
               and len(units[j].block.lines) == 1 and _heading_line(units[j].block.lines[0])):
            j += 1
        if j == k or j >= len(units) or units[j].block.role != BODY:
            going_on = max(j, k + 1)
            continue
        lead, dated = _lead_and_dateline(units[j].block.lines)
        dated = dated or (j + 1 < len(units) and units[j + 1].block.role == BODY
                          and opens_with_any_dateline(units[j + 1].block.lines))
        heading = " ".join(u.block.lines[0] for u in units[k:j])
        if lead and dated and _echoed(heading, lead) and _under_column_name(units, k, items):
            for n in range(k, j):
                units[n].block.role, units[n].paragraph_lines = BODY, True
                items.add(n)
        going_on = j


def _heading_line(line: str) -> bool:
    text = line.strip()
    if len(text) > 3 * _ITEM_LINE_CJK:  # (most headline lines: too long to count)
        return False
    return 2 <= cjk_count(text) <= _ITEM_LINE_CJK and not _NOT_A_LABEL.search(text)


def _under_column_name(units: list[Unit], k: int, items: set[int]) -> bool:
    """Is the nearest headline over ``k`` a column's name, with only bylines
    (or labels) between, or text that holds an item of the column read before?"""
    crossed_text = crossed_item = False
    for n in range(k - 1, -1, -1):
        role = units[n].block.role
        if role == TITLE:
            heading = "".join(units[n].block.lines)
            named = cjk_count(heading) <= _COLUMN_NAME_CJK or is_brief_heading(heading)
            return named and (crossed_item or not crossed_text)
        if role == BODY:
            crossed_text = True
            crossed_item = crossed_item or n in items
        elif role not in (BYLINE, OTHER):
            return False
    return False


#: the most lines a figure item's lead takes (a few lines in the column's measure)
_ITEM_LEAD_LINES = 6


__all__ = ["figure_items_are_body", "is_figure_item", "lead_under_figure_item", "worded_items_are_body"]
