"""Headline lines read as body where an article has just begun or ended (text
mode): the first item's title under a news-brief column's heading (一线快讯 /
张三会见…), and a narrow headline box with no clause mark after a body that
ended with a note sending it on or with its authors' bracket (（下转第3版） or
（记者 张三） / 某某部发文 / 河道保洁纳入村 / 级年度考核体系), and a headline's
first line (or two) left as the body's last paragraph before it (……培育新品种。 /
江城农科院团队发现 / 水稻抗旱生长关键基因 / ■ 记者 某某).
A body line has clause marks; a headline has none."""

from __future__ import annotations

import re

from .roles import BODY, BYLINE, CONTINUATION, TITLE
from .reflow import cell_width, ends_sentence
from .tier_patterns import cjk_count, is_brief_heading
from .text_units import Unit

_CLAUSE_MARKS = "，。；：！？、,;:!?"
#: any clause or sentence mark: a headline's lines hold none (:mod:`.turn_headlines` asks it too)
CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")
#: a brief's title: this many CJK characters at least and at most
_TITLE_CHARS = (4, 24)
#: a narrow headline box: at most this many lines, each at most this many cells
_BOX_LINES = 4
_BOX_CELLS = 9.0


def _no_clause(lines: list[str]) -> bool:
    return not any(mark in line for line in lines for mark in _CLAUSE_MARKS)


def _brief_title(unit: Unit, prev: Unit) -> bool:
    """One line with no clause mark right under a brief column's heading."""
    heading = "".join(prev.block.lines).replace(" ", "")
    return (prev.block.role == TITLE and is_brief_heading(heading) and len(unit.lines) == 1
            and _no_clause(unit.lines) and _TITLE_CHARS[0] <= cjk_count(unit.lines[0]) <= _TITLE_CHARS[1])


def _box_after_end(unit: Unit, prev: Unit) -> bool:
    """A narrow box of lines with no clause mark right after a note sending
    the body before on to another page (its part here is over)."""
    if not (prev.block.role == CONTINUATION and prev.note is not None and prev.note.direction == "to") and not (
            prev.block.role == BODY and prev.block.lines and prev.block.lines[-1].rstrip().endswith(("）", ")"))):
        return False  # (the cheap question first: most units follow no such note, nor a text closed by its
        # authors' bracket: ……。（记者 张三）)
    lines = [line.strip() for line in unit.block.lines]
    return (2 <= len(lines) <= _BOX_LINES and _no_clause(lines)
            and all(0 < cell_width(line) <= _BOX_CELLS for line in lines) and cjk_count("".join(lines)) >= 8)


def _headline_lines_left_in_body(unit: Unit, nxt: Unit) -> int:
    """How many of the body unit's last lines open the one-line headline unit
    after it (0: none)? So one line standing as a paragraph of its own (the
    line over it ends a sentence) that ends on no mark and holds no clause
    mark: a paragraph ends with its sentence, a headline's lines have no
    marks; or two such lines after a sentence's end (the headline's kicker
    and its title's first phrase)."""
    lines = unit.block.lines
    if nxt.block.role != TITLE or len(nxt.block.lines) != 1 or len(lines) < 2:
        return 0
    last, tier = lines[-1].strip(), nxt.block.lines[0].strip()
    # (the cheap questions first: most bodies end on a mark)
    if not (len(last) >= _LINE_CHARS and last[-1] not in _CLOSING_MARKS and not CLAUSE_MARK.search(last)
            and not CLAUSE_MARK.search(tier) and not ends_sentence(last) and cjk_count(last) >= _LINE_CHARS):
        return 0
    if ends_sentence(lines[-2]):
        return 1
    return _LEFT_LINES if len(lines) > _LEFT_LINES and ends_sentence(lines[-_LEFT_LINES - 1]) and _bare_phrase(
        lines[-2]) else 0


#: a headline's line left in a body holds this many CJK characters at least
_LINE_CHARS = 4
#: a headline's first tiers left in a body before it: this many lines at most
_LEFT_LINES = 2


def _bare_phrase(line: str) -> bool:
    """A line of four CJK characters or more with no mark: a headline's tier, not a paragraph's."""
    text = line.strip()
    return (len(text) >= _LINE_CHARS and text[-1] not in _CLOSING_MARKS and not CLAUSE_MARK.search(text)
            and not ends_sentence(text) and cjk_count(text) >= _LINE_CHARS)


#: a paragraph's last line may end on a closing bracket or quote (its sentence inside)
_CLOSING_MARKS = "）)”’》」"


def headlines_read_as_body(units: list[Unit]) -> None:
    """Give the headline role back to such body units (see the module docstring)."""
    for k in range(1, len(units) - 1):
        unit, prev, nxt = units[k], units[k - 1], units[k + 1]
        if unit.block.role != BODY or nxt.block.role not in (BODY, BYLINE, TITLE):
            continue
        if _brief_title(unit, prev) and nxt.role == BODY or _box_after_end(unit, prev):
            unit.block.role = TITLE
        elif left := _headline_lines_left_in_body(unit, nxt):
            nxt.block.lines[:0] = unit.block.lines[-left:]
            del unit.block.lines[-left:]
            unit.forget_width()
            nxt.forget_width()  # both measured again from their new lines
            if nxt.block.line_start is not None:
                nxt.block.line_start -= left


__all__ = ["CLAUSE_MARK", "headlines_read_as_body"]
