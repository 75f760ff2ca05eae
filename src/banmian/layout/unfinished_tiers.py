"""A headline-shaped line that ends unfinished right over text opening in the
middle of a sentence is that text's first line, no tier (text mode).

Text runs on: a line cut off at no mark (清河，在江城北岸某某镇绕了几道) goes on
where the next run of text starts mid-sentence (弯。石桥村就坐落在……). A paragraph
opens with a clause of some length, or with a time or a linking word (近日，
据悉，), never with a clause of a few characters that finishes someone else's
(弯。, 2/3，是……, 问干部群众，). A headline ends its own words: the text under it
opens a sentence. So a unit read as a tier (a figure called out, a lead set in
larger type, a subheading's wrapped tail) whose words run on into the text
under it goes back on that text as its first lines."""

from __future__ import annotations

import re

from .roles import BODY, KICKER, SUBHEADING, SUBTITLE, TITLE
from .reflow import cell_width
from .rules import opens_with_any_dateline
from .text_units import Unit

_TIERS = (TITLE, KICKER, SUBTITLE, SUBHEADING)
#: a tier that runs on into its text holds at most this many lines
_MAX_LINES = 3
#: the marks a clause or a sentence ends with
_MARKS = "，。；：、！？,;:!?"
_FIRST_MARK = re.compile(f"[{re.escape(_MARKS)}]")
#: a clause this short (characters) opening a text finishes the sentence of the line over it
_TAIL_CLAUSE = 5
#: or this long, after a tier holding two clause marks or more
_SENTENCE_TAIL = 10
#: (a figure counts as one character: 13.95亿人次。)
_FIGURE = re.compile(r"[0-9][0-9.,/%]*")
_CLAUSE_REACH = 24
#: the text under a tier goes on past the clause that ends the tier's words by this many characters at least
_GOES_ON = 4
#: how a paragraph may open with a clause this short: a time (…以来, …期间, …后), a linking or a source word
_SHORT_OPENING = re.compile(
    r"(?:近日|日前|目前|当前|眼下|如今|今天|昨天|今年|去年|明年|当天|当日|当晚|此前|此后|随后|之后|同时|此外|另外|"
    r"对此|为此|据悉|据了解|据介绍|其中|然而|但是|不过|因此|所以|而且|首先|其次|再次|最后|其实|可见|总之|比如|例如|"
    r"一是|二是|三是|四是|五是|第[一二三四五六七八九十]|[一二三四五六七八九十]{1,3}|近年来|多年来|长期以来|"
    r"[上下]午|晚上|早上|凌晨|前些天|前几天|这些天|这几天|近几天|近些年|前不久|不久前|那天|这天|那时|当时|后来|起初|最初|"
    r"原来|以前|过去|现在|未来|今后|然后|接着|于是|事实上|实际上|显然|当然|的确|确实|据统计|据报道|"
    r"[\u4e00-\u9fff]{0,3}(?:以来|期间|之际|之时|时|前|后|初|末|底|间|里)|"
    r"(?:\d{1,4}|[一两三四五六七八九十]{1,3})(?:个)?(?:年|月|日|天|周|小时)(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:份|前|后|来|底|初|末|中|以来|里)?)")
#: a line ends unfinished on a character of a word or a figure, no mark, quote or bracket
_UNFINISHED_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z%]$")
_CLAUSE_INSIDE = re.compile(r"[，；：,;:]")
_SENTENCE_END = "。！？!?"
_TIME_UNIT = re.compile(r"[年月日天周时]")


def _tail_clause(line: str, most: int = _TAIL_CLAUSE) -> tuple[str, str] | None:
    """The first clause of a body's first line and the mark closing it, when
    that clause is a few characters that open no paragraph."""
    text = line.strip().replace(" ", "")
    found = _FIRST_MARK.search(text, 0, _CLAUSE_REACH)
    if found is None or found.start() == 0:
        return None
    clause = text[:found.start()]
    if len(_FIGURE.sub("0", clause)) > most:
        return None
    if clause[0] in "“‘（(《【「—" or _SHORT_OPENING.fullmatch(clause):
        return None
    return clause, found.group()


def _opens_as_lead(text: str) -> bool:
    """Does the text open with a time or a linking word and a comma (1月份，……)?"""
    comma = text.find("，", 0, _CLAUSE_REACH)
    return comma > 0 and _SHORT_OPENING.fullmatch(text[:comma]) is not None


def _runs_on(unit: Unit, under: list[str]) -> bool:
    """Do the tier's words run on into the lines ``under`` it?"""
    lines = [line.strip() for line in unit.block.lines]
    if not lines or len(lines) > _MAX_LINES or not under:
        return False
    text = "".join(lines)
    if not _UNFINISHED_END.search(text):
        return False
    # (a tier saying clause after clause, holding a full stop or opening as a lead does with a time and a
    # comma reads as a sentence already: a longer clause may end it)
    sentence = len(_CLAUSE_INSIDE.findall(text)) >= 2 or "。" in text or _opens_as_lead(text)
    tail = _tail_clause(under[0], _SENTENCE_TAIL if sentence else _TAIL_CLAUSE)
    if tail is None:
        return False
    clause, mark = tail
    if opens_with_any_dateline(under[:2]):  # (asked last: the cheap questions first)
        return False
    if len("".join(under[:_GOES_ON]).replace(" ", "")) < len(clause) + 1 + _GOES_ON:  # (the first lines tell)
        return False  # (a stray clause ending a sentence, 生发展水平。, read in among other lines: no text goes on)
    # (a title with no clause mark of its own may end on a word the text goes on from only where the
    # text's first clause is plainly another's end: a figure going on)
    if sentence:
        return True
    if _CLAUSE_INSIDE.search(text):
        # (one clause mark: the text's first clause closes a sentence at once, or is a figure going on; a
        # comma there may close another column's clause, its lines read in between: ……产业园，交 / 收旧利废，)
        return mark in _SENTENCE_END or clause[0].isdigit()
    # (a title's two phrases a gap apart end its words: 小小竹扫帚 做成大生意 / 6年前，……)
    # (a figure, not a day: 武社火 / 13日一大早，……)
    gap = " " in text or "\u3000" in text  # (its lines stripped: a space inside is a gap)
    # (a full stop right under a title may close another column's sentence, its lines read in between:
    # 携手推进城市更新和社区治理 / 一的。我们……)
    return not gap and clause[0].isdigit() and not _TIME_UNIT.search(clause)


#: a paragraph's first line is indented by this many cells
_INDENT = 2
#: the lines under a tier that give the text's column width
_MEASURE_LINES = 4


def _indented_opening(unit: Unit, under: list[str]) -> bool:
    """Is the tier one line of a paragraph's indented width (two cells short of
    the column under it), ending on a word, over text whose first line is a
    full column line (no paragraph starts there: its sentence goes on from the
    tier)? A lead's first line read as a tier: 文化产业发展，不只是 / 资金投入……"""
    if len(unit.block.lines) != 1 or len(under) < 2:
        return False
    line = unit.block.lines[0].strip()
    if not _UNFINISHED_END.search(line) or " " in line or "\u3000" in line or not _CLAUSE_INSIDE.search(line):
        return False  # (a title's two phrases a gap apart end its words; a lead says a clause before it runs on)
    widths = [cell_width(text.strip()) for text in under[:_MEASURE_LINES]]
    column = max(widths)
    return cell_width(line) == column - _INDENT and widths[0] >= column - 1 and not opens_with_any_dateline(under[:2])


def unfinished_tiers_are_text(units: list[Unit]) -> list[Unit]:
    """Each tier unit whose words run on into the body unit right under it goes
    on that body as its first lines (from the last up: a tier wrapped over
    lines read each a unit goes back whole); the units are returned in order.
    Not a tier under a headline's tier that does not run on into it."""
    kept: list[Unit] = []  # the units from the page's end up, reversed
    for k in range(len(units) - 1, -1, -1):
        unit = units[k]
        nxt = kept[-1] if kept else None
        if (unit.block.role in _TIERS and nxt is not None and nxt.block.role == BODY
                and (_runs_on(unit, nxt.block.lines) or _indented_opening(unit, nxt.block.lines))):
            nxt.block.lines[:0] = [line for line in unit.block.lines if line.strip()]
            if unit.block.line_start is not None:
                nxt.block.line_start = unit.block.line_start
            nxt.forget_width()
            continue
        kept.append(unit)
    kept.reverse()
    return kept


__all__ = ["unfinished_tiers_are_text"]
