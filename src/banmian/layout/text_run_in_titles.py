"""A news brief's title run into its text, in plain text (no bold to see).

Items of a news-brief column (简讯) often have no title line of their own:
each opens with a short phrase set in a heavier face and a space, run into
the first line of its text (``城南公园完成提升改造　经过半年施工，……``), and
closes with its authors in brackets. Text keeps the space: a phrase with no
mark, a space, then text that runs on, opening an item (the first line of a
block, or the line after an item's authors), is that item's title. The PDF
source tells the same from the face (:mod:`.brief_leads`).
"""

from __future__ import annotations

import re

from ..model import LEAD_MARKS, Block
from .roles import BODY, TITLE
from .reflow import cell_width, ends_sentence
from .rules import parse_byline_line, starts_with_dateline
from .stream_lines import CLAUSE_MARKS
from .text_closing import closes_with_byline
from .text_units import Unit
from .tier_patterns import is_brief_heading

#: a title run in: a phrase of characters (quotes, book-title marks, figures), a space or a mark
#: closing it (■), then the text (it ends on a character or a closing quote, and the text opens on a
#: character or an opening quote: a space beside a figure, 2020 年, is the extractor's)
_RUN_IN = re.compile(rf"([\u4e00-\u9fff“”《》0-9]{{5,23}}[\u4e00-\u9fff”》])"
                     rf"([ \u3000]+|[ \u3000]*[{LEAD_MARKS}][ \u3000]*)([\u4e00-\u9fff“《].*)")
#: what a line with a title run in holds: a space or a mark closing the title
_MAY_RUN_IN = re.compile(f"[ \u3000{LEAD_MARKS}]")
#: the text after the title opens a sentence: this many characters at least before the line ends
_TEXT_CHARS = 4
#: a column's lines hold this many cells fewer than one another at most (justification, a squeezed mark)
_SLACK = 2.5
#: the space set between a run-in title and its text (a full-width space: spaces measure nothing)
_GAP_CELLS = 1.0
#: the last lines of an item its authors' bracket may wrap over (as :func:`.closes_with_byline` reads them)
_AUTHOR_LINES = 3


def _run_in(line: str) -> tuple[str, str] | None:
    """The title and the text of a line opening with a title run in, or None."""
    if _MAY_RUN_IN.search(line) is None:
        return None  # (most lines: no space or lead mark in them)
    stripped = line.strip()
    if starts_with_dateline(stripped.removeprefix("据")):
        return None  # (a dateline's space, 本报讯 …: told by its opener before the title's pattern is tried)
    found = _RUN_IN.fullmatch(stripped)
    # (after a mark closing the title, one character of text is enough: the mark says where it ends)
    least = _TEXT_CHARS if found is None or not found.group(2).strip() else 1
    if found is None or len(found.group(3)) < least:
        return None
    title = found.group(1)
    if title.count("《") != title.count("》") or title.count("“") != title.count("”"):
        return None  # 电影《三变 山变》…: a space inside a quoted title
    if parse_byline_line(line):
        return None  # 本报记者 张三: a byline, no title
    return title, found.group(3)


def _sentence_runs_on(text: str, line: str, nxt: str, marked: bool = False) -> bool:
    """Does the text after the title run on as a sentence into the next line: a
    clause mark in one of the two, and the next line as wide as this one (the
    column's) or closing the item with its authors? (Two phrases a space apart
    over more tiers, 坚持稳中求进 推动高质量发展, are a slogan's or a headline's
    lines, no title run into its text.) ``text``: the line's text after its title;
    ``marked``: a mark closed the title (■): it says so whatever the clauses."""
    text += nxt
    if not marked and not any(mark in text for mark in CLAUSE_MARKS):
        return False
    return cell_width(nxt) >= cell_width(line) - _SLACK or nxt.rstrip().endswith(("）", ")"))


def title_runs_in(line: str, nxt: str) -> bool:
    """Does ``line`` open with a brief's title run into its text, the text going
    on into ``nxt`` (高校毕业生就业服务月启动　市人社局日 / 前启动……，)?"""
    found = _run_in(line)
    return found is not None and _sentence_runs_on(found[1], line, nxt, _title_marked(line, found[0]))


def _item_ends(lines: list[str]) -> bool:
    """Do ``lines`` close an item: its authors' bracket, or a closing note?"""
    return lines[-1].rstrip().endswith(("）", ")")) and closes_with_byline(lines)


def run_in_titles(units: list[Unit]) -> list[Unit]:
    """Cut each brief's title run into its text off as a headline unit of its
    own: at a body unit's first line (after a headline, or a body that ended
    with its authors), or at a line after an item's authors inside a body
    unit. Returns the units (the same list when there is none)."""
    out: list[Unit] | None = None
    for n, unit in enumerate(units):
        before = units[n - 1] if n else None
        if unit.block.role == BODY:
            pieces = _cut(unit, before)
        elif unit.block.role == TITLE and len(unit.block.lines) > 1 and _opens_an_item(before) \
                and _text_says_a_clause(unit.block.lines[0]):
            pieces = _cut(unit, before)  # (an item set wider than the column over the brief column: no column's)
        elif unit.block.role == TITLE and n + 1 < len(units):
            pieces = _marked_title_line(unit, before, units[n + 1])
        else:
            pieces = None
        if pieces is None:
            if out is not None:
                if unit.block.role == TITLE and _closes_the_item(out[-1], unit):
                    unit.block.role = BODY
                out.append(unit)
            continue
        if out is None:
            out = units[:n]
        out.extend(pieces)
    return units if out is None else out


def _closes_the_item(text: Unit, unit: Unit) -> bool:
    """Is headline-shaped ``unit``, right under an item's text cut off its run-in
    title that ends no sentence, that item's last lines: a sentence's end and
    the item's authors (……改造标准。 / （方晓 黄河）)?"""
    lines = unit.block.lines
    return (text.block.role == BODY and text.lead > 0 and bool(text.block.lines)
            and not ends_sentence(text.block.lines[-1]) and _item_ends(lines[-_AUTHOR_LINES:])
            and any(ends_sentence(line) for line in lines))


def _text_says_a_clause(line: str) -> bool:
    """Does the text after a title run into ``line`` say a clause on that line
    (城南公园完成提升改造　经过半年施工，城南)? Two phrases a space apart, the
    second saying none, are a headline's (各方及时抢修 尽快恢复供电)."""
    found = _run_in(line)
    return found is not None and any(mark in found[1] for mark in CLAUSE_MARKS)


def _opens_an_item(before: Unit | None) -> bool:
    """Does a brief's item open after ``before``: the brief column's heading
    (新闻速递) or an item closed by its authors?"""
    if before is None or not before.block.lines:
        return False
    if before.block.role == TITLE:
        return is_brief_heading(before.block.lines[-1])
    return before.block.role == BODY and _item_ends(before.block.lines[-_AUTHOR_LINES:])


def _title_marked(line: str, title: str) -> bool:
    """Is the run-in ``title`` closed by a mark (■) in ``line``?"""
    return line.strip()[len(title):].lstrip(" \u3000")[:1] in LEAD_MARKS


def _marked_title_line(unit: Unit, before: Unit | None, nxt: Unit) -> list[Unit] | None:
    """A line read as a headline on its own that is a brief's title closed by
    its mark (■) and the first characters of its text, the text going on in
    the body unit under it (首批托育点挂牌■我市首批 / 十五个…): the title cut
    off, the text put back over the body's lines, its first line. Returns
    the unit's pieces (the title alone), or None."""
    lines = unit.block.lines
    if len(lines) != 1 or nxt.block.role != BODY or not nxt.block.lines:
        return None
    found = _run_in(lines[0])
    # (only a mark, or a brief's place: a line of two phrases a space apart over a text is a headline's,
    # 山河锦绣多娇 岁月静好安康; after the column's heading or an item's authors, with the text under it
    # closing on its own authors, the space closes a brief's title: 城南公园完成提升改造　经过半年施工，城南)
    if found is None:
        return None
    marked = _title_marked(lines[0], found[0])
    if not marked and not (_opens_an_item(before) and _item_ends(nxt.block.lines[-_AUTHOR_LINES:])
                           and _text_says_a_clause(lines[0])):
        return None
    title, text = found
    if not _sentence_runs_on(text, lines[0], nxt.block.lines[0], marked):
        return None
    if not (before is None or before.role != BODY or _item_ends(before.lines[-_AUTHOR_LINES:])):
        return None
    # (the text's first line as set: the title took the rest of its width, as :func:`_cut` gives it)
    nxt.block.lines.insert(0, text)
    nxt.forget_width()
    nxt.lead = cell_width(title) + _GAP_CELLS
    if nxt.block.line_start is not None:
        nxt.block.line_start -= 1
    return [Unit(Block([title], TITLE, page=unit.block.page, line_start=unit.block.line_start))]


def _cut(unit: Unit, before: Unit | None) -> list[Unit] | None:
    """The unit cut at each title run into it, or None when none is."""
    lines = unit.block.lines
    cuts = []
    for k, line in enumerate(lines[:-1]):  # (the text runs on to the next line)
        found = _run_in(line)
        if found is None or not _sentence_runs_on(found[1], line, lines[k + 1], _title_marked(line, found[0])):
            continue  # (most lines: no space in them, asked first)
        if k == 0:
            opens = before is None or before.role != BODY or _item_ends(before.lines[-_AUTHOR_LINES:])
        else:  # (under the column's heading, 简讯, or after an item's authors)
            opens = is_brief_heading(lines[k - 1]) or _item_ends(
                lines[max(0, k - _AUTHOR_LINES):k])
        if opens:
            cuts.append(k)
    if not cuts:
        return None
    block = unit.block
    pieces: list[Unit] = []
    if cuts[0]:  # the text before the first item: the column's heading alone is a headline line
        heading = cuts[0] == 1 and is_brief_heading(lines[0])
        pieces.append(Unit(Block(lines[:cuts[0]], TITLE if heading else BODY, page=block.page,
                                 line_start=block.line_start)))
    for k, end in zip(cuts, [*cuts[1:], len(lines)]):
        title, text = _run_in(lines[k]) or ("", "")
        start = block.line_start + k if block.line_start is not None else None
        pieces.append(Unit(Block([title], TITLE, page=block.page, line_start=start)))
        pieces.append(Unit(Block([text, *lines[k + 1:end]], BODY, page=block.page, line_start=start),
                           lead=cell_width(title) + _GAP_CELLS))
    return pieces
