"""Text mode: which units of a page are body text and which are headlines.

Extracted text has no type sizes, so a unit's role comes from its shape: a
column of lines filled to one width, indented first lines and finished
sentences are body; short lines alone between bodies are headlines. The
widths of the neighbouring columns decide the doubtful ones.
"""

from __future__ import annotations

import re
from itertools import chain
from operator import attrgetter

from .roles import BODY, BYLINE, CONTINUATION, DATELINE, FOOTER, HEADER, OTHER, TITLE
from .text_units import Unit
from .reflow import PULLED_UP, cell_width, core_width, ends_sentence, join_lines, token_width
from .rules import CLOSING_DATELINE, opens_with_any_dateline, opens_with_dateline, parse_bracket_byline
from .headlines import starts_with_dash
from .paragraphs import column_width
from .text_boxes import lead_in_over_tagged_title
from .text_shapes import finishes_sentence_above, headline_box, is_column_shaped, one_column_width
from .wide_paragraphs import join_wide_paragraphs, mark_wide_paragraphs
from .tier_patterns import SPEAKER_KICKER, TITLE_TAG, has_title_tag, opens_inside_word
from .closing_authors import ends_with_authors, run_together_names
from .clause_lines import column_lines_saying_clauses
from ..names import starts_with_surname
from .line_stream import is_closing_note
from .text_closing import (
    closes_with_byline,
    closing_names,
    is_closing_dateline,
    is_quote_attribution,
)


_CLOSER_MARKS = "”’）」』》"


#: a line this wide is a whole paragraph, never a headline line or a column line
_PARAGRAPH_LINE_CELLS = 50
_LINES = attrgetter("block.lines")


def _one_paragraph_a_line(lines: list[str]) -> bool:
    """Text laid out one paragraph a line (as a one-article page often is):
    most lines end a sentence, at least two of them, and one is longer than
    any headline or column line. A headline block has at most one line that
    ends a sentence (the subtitle)."""
    if max(map(len, lines), default=0) <= _PARAGRAPH_LINE_CELLS:
        return False  # (no line has that many characters, so none is that wide: most units)
    ending = sum(ends_sentence(line) for line in lines)
    return (ending >= 2 and 2 * ending >= len(lines)
            and max(map(cell_width, lines)) > _PARAGRAPH_LINE_CELLS)


#: what ends a clause in running text; a body of several lines has one, a headline seldom
_CLAUSE_MARKS = "，。；、！？"
#: any of :data:`_CLAUSE_MARKS` (a line searched once in C, not once a mark)
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")


def _is_sure_body(unit: Unit) -> bool:
    lines = unit.block.lines
    if opens_with_any_dateline(lines):  # (a wire's quoted too: 据新华社…电 opens a retold report)
        return True
    if len(lines) < 2:
        return False
    if not is_column_shaped(lines, unit.width):
        return _column_with_a_joined_line(lines)
    if headline_box(lines, unit.width):
        return False  # 原国家……总 / 局党组成员、副局长 / 某某严重违纪违法 / 被开除党籍: a headline box
    if ends_sentence(lines[-1]):
        return True
    return len(lines) >= 4 and not _unpunctuated_box(lines, unit.width)


#: marks that end a sentence inside a line (a paragraph's text, no headline's)
_SENTENCE_END_MARK = re.compile(r"[。？！?!]")


def _one_clause_whole(text: str) -> bool:
    """No sentence ended before the text's last mark, and its quotes and
    brackets opened and closed in it (a paragraph's end closes a quote opened
    lines above: ……勿走”的意境了吧？)."""
    return (len(_SENTENCE_END_MARK.findall(text)) == 1 and text.count("“") == text.count("”")
            and text.count("（") == text.count("）"))


def _unpunctuated_box(lines: list[str], width: float) -> bool:
    """Lines that say no clause (no comma, colon or sentence's end) and wrap short
    before the last: a kicker and title wrapped in a narrow box, quotes and
    all (“某某灯笼张”传承 / 人张某某 / 好灯笼 代代传（非 / 遗年集）). Column text
    of that many lines has a comma, and a line inside its paragraph is full."""
    if len(lines) > _BOX_LINES:
        return False  # a list's items a line each (a roll of names, of places): no box wraps so long
    return not any(map(_BOX_MARK.search, lines)) and not one_column_width(lines, width)


#: a headline box wraps its tiers over this many lines at most
_BOX_LINES = 6
#: a clause's marks and a label's colon (提案人：…): a headline box of four lines or more holds none
_BOX_FREE_OF = _CLAUSE_MARKS + "：:"
_BOX_MARK = re.compile(f"[{_BOX_FREE_OF}]")


#: a unit of this many lines, saying this many sentences before its end, is a column's text
_MANY_LINES = 6
_SENTENCES_SAID = 2
#: a line that joins two column lines is this many times the column's width at least
_JOINED_WIDTH = 1.3


def _column_with_a_joined_line(lines: list[str]) -> bool:
    """Many column lines with sentences ended inside them, one line wider than
    the rest: an extractor joined two printed lines of the column into one
    (……坚持。况且，提高自身本领和修养的过程，就是不断充实自己的). A headline
    block is never that long, nor says sentences before its end."""
    if len(lines) < _MANY_LINES:
        return False
    widest = max(range(len(lines)), key=lambda k: len(lines[k]))
    if widest == len(lines) - 1:
        return False  # the text goes on in the column after a joined line (a wide last line runs on elsewhere)
    rest = lines[:widest] + lines[widest + 1:]
    said = sum("".join(lines).rstrip()[:-1].count(mark) for mark in "。！？")
    return (said >= _SENTENCES_SAID and is_column_shaped(rest)
            and cell_width(lines[widest]) >= _JOINED_WIDTH * column_width([rest]))


def _boxed_headline_over_byline(units: list[Unit], i: int) -> bool:
    """Lines with no clause mark right over a byline or a dateline: a headline
    wrapped in a narrow box (江城新建：三座 / 公园迎春（城建 / 观察）),
    however column-shaped its lines are; a body of several lines has a comma."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    over_body_start = nxt is not None and ((nxt.block.role == BYLINE and not nxt.closing)
                                           or (nxt.block.role == OTHER and opens_with_dateline(nxt.block.lines)))
    return over_body_start and not _says_a_clause(units[i].block.lines)


def _closing_note_unit(lines: list[str]) -> bool:
    """A closing note (（作者为…）, 本版制图：…) alone, on one line or wrapped
    over a few with its bracket closed on the last."""
    if not is_closing_note(lines[0]):
        return False
    return len(lines) == 1 or (len(lines) <= 3 and lines[-1].rstrip().endswith(("）", ")"))
                               and lines[0].lstrip()[:1] in "（(")


def classify_text_units(units: list[Unit], blocks_kept: bool = True) -> None:
    """Give every remaining unit the role body, title (headline candidate) or subheading.
    ``blocks_kept``: the units are an extractor's blocks (not a line stream cut by the parser),
    so a paragraph's lines it set apart are told (clause_lines)."""
    for k, unit in enumerate(units):
        if unit.block.role == OTHER:
            # (a bracketed byline opens with its bracket: most units are not joined to be asked)
            lines = unit.block.lines
            opening = lines[0].lstrip()[:1] if lines else ""
            if not opening:  # (a blank first line: the first line holding text)
                opening = next((line.lstrip()[:1] for line in lines if line.strip()), "")
            closing = ((opening in ("（", "(") and parse_bracket_byline(join_lines(unit.block.lines)))
                       or closing_names(units, k))
            if closing:
                unit.block.role, unit.bylines, unit.closing = BYLINE, closing, True
            elif is_closing_dateline(units, k):
                unit.block.role = DATELINE
            elif _closing_note_unit(unit.block.lines):
                # （作者为…）: a paragraph of its own (wrapped: its lines are one paragraph)
                if len(unit.block.lines) > 1:
                    unit.block.lines[:] = [join_lines(unit.block.lines)]
                unit.block.role, unit.paragraph_lines = BODY, True
            elif opening in "—－-" and k and is_quote_attribution(unit.block.lines):
                unit.block.role, unit.paragraph_lines = BODY, True  # ——编者: the note over it ends
    text_idx = [i for i, u in enumerate(units) if u.block.role == OTHER]
    # a unit laid out one paragraph a line is body, but its lines are paragraphs,
    # not column lines: it gives no column width to measure headlines against
    # (no line of the page longer than such a line: none asked, the lengths taken in C)
    by_paragraph = {i for i in text_idx if _one_paragraph_a_line(units[i].block.lines)} \
        if max(map(len, chain.from_iterable(map(_LINES, units))), default=0) > _PARAGRAPH_LINE_CELLS else set()
    sure = {i for i in text_idx if _is_sure_body(units[i]) and not _boxed_headline_over_byline(units, i)
            and not lead_in_over_tagged_title(units[i].block.lines)}
    widths = {i: units[i].width for i in sure - by_paragraph}
    sure |= by_paragraph
    for i in by_paragraph:
        units[i].paragraph_lines = True
    for i in text_idx:
        if i in sure:
            units[i].block.role = BODY
    before = _neighbour_widths(units, widths, range(len(units)))
    after = _neighbour_widths(units, widths, range(len(units) - 1, -1, -1))
    for i in text_idx:
        if i in sure:
            continue
        unit = units[i]
        units[i].block.role = BODY if _fits_column(unit, units, i, before[i], after[i]) else TITLE
        if blocks_kept and unit.block.role == TITLE and _runs_on_in_column(units, i, (before[i], after[i])):
            unit.block.role = BODY
    runs_on = []
    spelt = _PageWords(units)
    for i in text_idx:
        if units[i].block.role == TITLE and (_runs_into_next(units, i) or _clause_cut_in_word(units, i, spelt)):
            units[i].block.role = BODY
            runs_on.append(i)
        elif units[i].block.role == TITLE and finishes_sentence_above(units, i):
            units[i].block.role = BODY
    goes_on = [units[i] for i in text_idx if units[i].block.role == TITLE and _goes_on_from_above(units, i)]
    for unit in goes_on:
        unit.block.role = BODY
    wide = mark_wide_paragraphs(units, text_idx)
    for i in reversed(runs_on):  # its paragraph goes on in the next unit: one unit
        nxt = units[i + 1]
        nxt.block.lines[:0] = units[i].lines
        nxt.block.line_start = units[i].block.line_start
        nxt.forget_width()
        del units[i]
    if goes_on:  # the paragraph above goes on in it: one unit
        joined, kept = {id(unit) for unit in goes_on}, []
        for unit in units:
            if id(unit) in joined and kept:
                kept[-1].block.lines.extend(unit.lines)
                kept[-1].forget_width()
            else:
                kept.append(unit)
        units[:] = kept
    join_wide_paragraphs(units, wide)


def _runs_on_in_column(units: list[Unit], i: int, widths: tuple[float | None, float | None]) -> bool:
    """A paragraph's lines an extractor set apart (clause_lines), with text
    going on after them and no article closed by its authors right over them."""
    prev, nxt = (units[i - 1] if i else None), _next_text(units, i)
    if nxt is None or nxt.block.role not in (BODY, OTHER) or not nxt.block.lines:
        return False
    return (prev is not None and prev.block.role == BODY and not prev.closing
            and column_lines_saying_clauses(units[i].block.lines, widths, nxt.block.lines[0]))


def _goes_on_from_above(units: list[Unit], i: int) -> bool:
    """Does this headline-shaped unit open inside the word the body line right
    over it broke (想要赶上未来数字时代的快 / 车，功课并不少。……)? Then it is
    that paragraph's next lines (a lead set wider than the columns, a line of
    it set apart), never a headline: no tier opens with a word's tail. So too
    under a dateline alone on its line whose line runs on into its text
    unfinished (……电 国 / 务委员……): the text goes on there."""
    above = units[i - 1] if i else None
    if above is None or above.block.role != BODY or not above.block.lines or not units[i].block.lines:
        return False
    if ends_sentence(above.block.lines[-1]):
        return False
    line = above.block.lines[-1].rstrip()
    if len(above.block.lines) == 1 and opens_with_any_dateline(above.block.lines) \
            and not line.endswith(("电", "讯", "）", ")")) and not TITLE_TAG.search(units[i].block.lines[-1]):
        # 新华社北京2月21日电 国 / 务委员……: a dateline whose line runs on into the text it opens
        return True
    if line.endswith(("）", ")")) and ends_with_authors(above.block.lines[-_BRACKET_LINES:],
                                                      min(len(above.block.lines), _BRACKET_LINES) - 1):
        # ……。（张三 李 / 四） / 看，春天来了: the authors' bracket closed that text; no word runs on past
        # it (a line opening with one character and a comma is an interjection there, a headline's)
        return False
    return opens_inside_word(units[i].block.lines[0])


#: an authors' bracket closing a text wraps over this many lines at most
_BRACKET_LINES = 3


def _sentence_then_authors(lines: list[str]) -> bool:
    """Does the last line finish a sentence (or a credit's bracket) and then
    close with the authors' bracket on the same line (……剧奖。（张三 李四）,
    ……摄影报道（影像中 / 国）（张三 李四））?"""
    last = lines[-1].rstrip()
    cut = max(last.rfind("（"), last.rfind("("))
    # (a list's last item closes on its semicolon: ……对折两次；（张三）; no headline holds one)
    return cut > 0 and _short_names(last[cut + 1:-1]) and (
        ends_with_authors(lines, len(lines) - 1) or last[:cut].rstrip().endswith("；"))


def _sentence_then_dateline(lines: list[str]) -> bool:
    """Do the lines close with a closing dateline in brackets (（本报曼谷2月11日电）)
    after a sentence ended inside them (。！？……)? A text ends so; a headline
    says no sentence and carries no dateline."""
    joined = "".join(lines)
    if not joined.rstrip().endswith(("）", ")")):
        return False  # (the dateline's bracket closes the text: most units end on none)
    text = "".join(joined.split())
    found = CLOSING_DATELINE.search(text)
    if found is None or found.end() != len(text):
        return False
    return any(mark in text[:found.start()] for mark in _SENTENCE_MARKS)


#: a sentence ends with one of these
_SENTENCE_MARKS = ("。", "！", "？", "……")


def _short_names(inner: str) -> bool:
    """Names of two or three characters, each opening with a surname (王江 林涛), or two
    such run together: a column's tag of four characters (金台视线, 权威发布) is none."""
    tokens = inner.split()
    return bool(tokens) and (all(2 <= len(t) <= 3 and starts_with_surname(t) for t in tokens)
                             or (len(tokens) == 1 and run_together_names(tokens[0]) is not None))


def _runs_into_next(units: list[Unit], i: int) -> bool:
    """Does the text right after this headline-shaped unit open inside the word
    its last line broke (……过去的2018 / 年，上海…; ……其他地方可没 / 有，够…)?
    Then the unit is a paragraph's first line, not a headline: a body opens
    with a sentence of its own, never with the tail of a word."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.block.role not in (BODY, OTHER) or not nxt.block.lines or len(units[i].block.lines) > 3:
        return False
    if ends_sentence(units[i].block.lines[-1]):
        return False
    prev = units[i - 1] if i else None
    if (_sentence_tail(nxt.block.lines) and len(units[i].block.lines) <= 2 and not TITLE_TAG.search(units[i].block.lines[-1])
            and prev is not None and prev.block.role in (BODY, OTHER) and prev.block.lines
            and all(cell_width(line) <= prev.width + 1.0 for line in units[i].lines)):
        # ……将是天津 / 队。, ……测试阶段并 / 可投入使用。: a sentence's tail opens no text of its own; the
        # line over it is set in the measure of the text over it (a box's line set wider is the box's)
        return True
    if (len(units[i].block.lines) == 1 and nxt.block.role == BODY and units[i].block.lines[0].count("，") >= _PROSE_COMMAS
            and nxt.width - 1.0 <= cell_width(units[i].block.lines[0]) <= nxt.width + 0.5):
        # ……开山之作，开创了本地近代 / 工业全面发展先河……: a line of clauses filling the column under it to
        # the cell, its sentence open; a headline says a phrase or two, in its own measure
        return True
    if (len(units[i].block.lines) == 1 and nxt.block.role == BODY and units[i].block.lines[0].rstrip()[-1:] in _OPEN_CLAUSE
            and cell_width(units[i].block.lines[0]) <= nxt.width + 0.5):
        # 有关负责人表示， / 当前……: a line closing on a comma leaves its clause open; no headline ends so
        return True
    # its lines fill the column the text goes on in, at most its indent short (a headline over
    # it is wider or shorter, or stands over another column's line an extractor ran in beside it)
    return (opens_inside_word(nxt.block.lines[0])
            and all(nxt.width - 3.0 <= cell_width(line) <= nxt.width + 0.5 for line in units[i].lines))


#: marks that leave a clause open at a line's end: a headline never closes on one
_OPEN_CLAUSE = ("，", "、", "；")
#: a line of text holding this many commas says clauses, no headline's phrases
_PROSE_COMMAS = 2
#: a line opening with one character and a full stop: the tail of the sentence the line above broke
_SENTENCE_TAIL = re.compile("[\u4e00-\u9fff][。！？]")
#: a sentence's tail alone on a line holds this many characters at most (可投入使用。)
_TAIL_CHARS = 8
#: a short bracket closing a line after its stop: the text's authors (。（张三）)
_CLOSING_BRACKET = re.compile(r"(?<=。)[（(][^（）()]{1,12}[）)]$")


def _sentence_tail(lines: list[str]) -> bool:
    """Is this a line that can only be the tail of a sentence broken above it:
    one character and its stop (队。), or one short line closing a sentence
    with no clause mark before its stop (可投入使用。, its authors' bracket
    after it too)?"""
    if len(lines) != 1:
        return _SENTENCE_TAIL.match(lines[0].strip()) is not None if lines else False
    text = _CLOSING_BRACKET.sub("", lines[0].strip())  # (可投入使用。（张三）: its authors' bracket after it)
    return _SENTENCE_TAIL.match(text) is not None or (
        len(text) <= _TAIL_CHARS and text.endswith("。") and not any(mark in text for mark in "，、；：,;:“”"))


class _PageWords:
    """The page's text, each unit's lines run together (units apart), joined
    once when first asked: what words the page spells."""

    def __init__(self, units: list[Unit]) -> None:
        self._units = units
        self._text: str | None = None

    def count(self, word: str) -> int:
        if self._text is None:
            self._text = "\n".join("".join("".join(line.split()) for line in u.block.lines) for u in self._units)
        return self._text.count(word)


def _clause_cut_in_word(units: list[Unit], i: int, spelt: _PageWords) -> bool:
    """Is this one headline-shaped line a paragraph's first line cut inside a
    word (3月份，全省农产品线上销售总 / 额1.26万亿元…)? So when it holds a clause
    mark inside (a sentence's clause, rare in a headline), ends on none, fills
    the column the text under it goes on in (its indent short at most), and
    the page spells the two characters across the break as a word elsewhere,
    twice at least (进出口总值): a body opens with a sentence of its own, never
    with a word's tail."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    lines = units[i].block.lines
    if nxt is None or nxt.block.role not in (BODY, OTHER) or not nxt.block.lines or len(lines) != 1:
        return False
    line, after = lines[0].strip(), nxt.block.lines[0].strip()
    if not line or not after or not _HAN.fullmatch(line[-1]) or not _HAN.fullmatch(after[0]):
        return False
    if not any(mark in line[:-1] for mark in "，、；") or not nxt.width - 3.0 <= cell_width(line) <= nxt.width + 0.5:
        return False
    return spelt.count(line[-1] + after[0]) >= _SPELT_TWICE


_HAN = re.compile("[\u4e00-\u9fff]")
#: a word the page spells this often is no chance meeting of two characters
_SPELT_TWICE = 2


_NEIGHBOUR_STOPS = (BYLINE, HEADER, FOOTER)


def _neighbour_widths(units: list[Unit], widths: dict[int, float], order: range) -> list[float | None]:
    """For every unit, the width of the nearest sure body unit met walking the
    other way along ``order``, unless a byline, header or footer comes first.
    One pass: a walk from each unit was quadratic on a page of many short
    units (4,000 headline-like lines took 2 s, 200,000 would take hours)."""
    found: list[float | None] = [None] * len(units)
    nearest: float | None = None
    for j in order:
        found[j] = nearest
        if j in widths:
            nearest = widths[j]
        elif units[j].block.role in _NEIGHBOUR_STOPS:
            nearest = None
    return found


#: a column's lines an extractor gave a block each are followed this far for the sentence's end
_LINES_ALONE = 3
#: a column line alone that goes on ends on a word's character or a clause's mark (……并设立产业 /
#: 基金，……; ……的乡村小学， / 去年……)
_INSIDE_A_PHRASE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9，、；,;]$")


def _next_text(units: list[Unit], i: int) -> Unit | None:
    return units[i + 1] if i + 1 < len(units) else None


def _says_a_clause(lines: list[str]) -> bool:
    return any(map(_CLAUSE_MARK.search, lines))


def _continues_column(units: list[Unit], k: int, width: float, follow: bool = False) -> bool:
    """Does unit ``k`` carry on a sentence in a column of ``width``? With
    ``follow`` (the text over it says a clause), a full line alone that ends no
    sentence does when the unit after it does (an extractor gives each line a
    block of its own where the leading opens up: 近年来，……引进上下游 /
    配套企业五十余家，并设立产业 / 基金，为……支持。); a headline's lines say
    no clause, and lines alone may be other columns' (woven rows)."""
    for nxt in units[k:k + (_LINES_ALONE if follow else 1)]:
        if nxt.block.role not in (BODY, OTHER) or not nxt.block.lines or opens_with_dateline(nxt.block.lines):
            return False
        first = cell_width(nxt.block.lines[0])
        if first > width + 1.5:
            return False
        if len(nxt.block.lines) > 1:
            break
        line = nxt.block.lines[0].rstrip()
        if ends_sentence(line):
            return True
        if first < width - 0.75 or not _INSIDE_A_PHRASE.search(line) or TITLE_TAG.search(line):
            return False  # (a line closing on a bracket, a quote or a dash is a headline's: ……家书）)
    else:
        return False
    # full: the next line's first token (with an opening quote carried down) did not fit
    full = first + token_width(nxt.block.lines[1]) > width + 0.25 or first >= width - 0.75
    same_column = abs(nxt.width - width) <= 1.0
    return full and same_column and (nxt.block.role == BODY or is_column_shaped(nxt.block.lines, nxt.width))


def _fits_column(unit: Unit, units: list[Unit], i: int, prev_w: float | None, next_w: float | None) -> bool:
    """Is this short, unpunctuated unit a piece of column text (a column
    break inside a paragraph) rather than a headline?"""
    lines = unit.block.lines
    if len(lines) >= 3 and ends_with_authors(lines, len(lines) - 1) and is_column_shaped(lines[:-1]):
        return True  # ……佳节。 / （张三 李四）: column text its authors close (their space is no phrase gap)
    if _sentence_then_authors(lines):
        return True  # ……舞 / 剧奖。（张三 李四）: a brief's last lines; no headline ends a sentence so
    if _sentence_then_dateline(lines):
        return True  # ……风 / 力达九级，尘土飞扬…… / （本报开罗3月16日电）: a text's end and its closing dateline
    # a subtitle opens with ——, but so does a long attribution paragraph
    if (starts_with_dash(lines[0]) and len(lines) <= 2) or any(map(_has_phrase_gap, lines)):
        return False
    if (len(lines) == 1 and TITLE_TAG.search(lines[0])) or lead_in_over_tagged_title(lines) \
            or _closed_by_series_tag(lines):
        return False  # 看懂账单背后的变化（经济观）: a column's tag closes a title
    if len(lines) == 1 and SPEAKER_KICKER.search(lines[0]):
        return False  # 张三在……会议上强调: a kicker naming who spoke where; no paragraph ends so
    prev = units[i - 1] if i > 0 else None
    if len(lines) == 1 and not ends_sentence(lines[0]) and prev is not None and (
            prev.closing or (prev.block.role in (BODY, OTHER) and closes_with_byline(prev.block.lines))):
        return False  # after an article closed by its authors, a line that ends no sentence opens the next
    if len(lines) >= 2 and ends_sentence(lines[-1]) and is_column_shaped(lines, unit.width):
        return True
    nxt = _next_text(units, i)
    ws = list(map(cell_width, lines))
    # (a line's core is its width unless it ends in a mark pulled up past the column)
    widest_core = max(core_width(x) if x[-1:] in PULLED_UP else w for x, w in zip(lines, ws))
    # the column's lines alone are followed from text that says a clause: these lines, or one line and the
    # line alone under it (某国交通部门近日发 / 布数据显示，该国公交出行率 / …); a headline's lines say none
    # (asked only where the last line is full: told once, at the first such width)
    says_a_clause = None
    for width in (prev_w, next_w):
        if not width:
            continue
        if widest_core > width + 1.5:
            continue
        # short non-final lines mean a narrow headline box, unless the short
        # one is a label opening the unit (开栏的话 + its paragraph)
        label_first = len(lines) > 1 and not ends_sentence(lines[0]) and (len(lines) > 2 or ends_sentence(lines[-1]))
        if any(w < width - 3.0 for w in (ws[1:-1] if label_first else ws[:-1])):
            continue
        # (Latin and digits, half a cell each, may be set wider: a quarter cell of slack each)
        last_full = ws[-1] >= width - 3.0 or ws[-1] >= width - 3.0 - 0.25 * len(lines[-1].encode("ascii", "ignore"))
        if ends_sentence(lines[-1]):
            # a one-line paragraph (titles never close with 。): body when
            # body text goes on after it or it closes the body before it
            if lines[-1].rstrip(_CLOSER_MARKS).endswith("。"):
                return True
            if _question_under_headline_line(lines, units, i):
                return False
            if len(lines) == 1 and lines[-1].endswith(("：", "…", "——", ":")):
                # 国台办： / 写春联、赏年画…… : a kicker unless body follows
                return nxt is not None and nxt.block.role == BODY
            prev = units[i - 1] if i > 0 else None
            at_end = nxt is None or nxt.role in (FOOTER, HEADER)
            return (nxt is not None and nxt.role in (BODY, OTHER, CONTINUATION)) \
                or (at_end and prev is not None and prev.role == BODY)
        if last_full:
            if says_a_clause is None:
                says_a_clause = _says_a_clause(lines) or (len(lines) == 1 and nxt is not None
                                                          and len(nxt.block.lines) == 1 and _says_a_clause(nxt.block.lines))
            if _continues_column(units, i + 1, width, follow=says_a_clause):
                return True
    if len(lines) >= 3 and _indented_paragraph(lines):
        return True
    return False


#: marks that close a headline as well as a sentence: a question or an exclamation set as the 主题
_HEADLINE_SENTENCE_ENDS = ("？", "?", "！", "!")
#: a headline box's lines: the tier under a kicker spans this many at most
_QUESTION_LINES = 2


def _question_under_headline_line(lines: list[str], units: list[Unit], i: int) -> bool:
    """Is this question or exclamation of one clause (北方为何迟迟不下雪？, a line
    or two) right under a headline line that ends no
    sentence (a kicker: 多地出现持续降温，预计将延续到4月中旬)? It is that
    kicker's 主题: a title may close with ？ or ！, while a paragraph's one-line
    question stands among paragraphs, not under a headline."""
    if i == 0 or len(lines) > _QUESTION_LINES or not lines[-1].rstrip().endswith(_HEADLINE_SENTENCE_ENDS):
        return False
    if any(ends_sentence(line) for line in lines[:-1]) or any("，" in line for line in lines) \
            or not _one_clause_whole("".join(lines)):
        return False  # (one clause: a paragraph's exclamation closes clauses, 祝愿…，…！)
    prev = units[i - 1]
    return prev.block.role == TITLE and bool(prev.block.lines) and not ends_sentence(prev.block.lines[-1]) \
        and not TITLE_TAG.search(prev.block.lines[-1].strip())


#: a title wrapped with its series' tag spans this many lines at most
_TAGGED_BOX_LINES = 4


def _closed_by_series_tag(lines: list[str]) -> bool:
    """A few lines that say no clause and close with a series' tag wrapped over
    them (为群众办实事（新春走 / 基层·代表履职故事）): a title in a column's
    width, however column-shaped. Column text has a clause mark in that many
    lines, and a bracket closing a paragraph holds no series' dot."""
    if not 2 <= len(lines) <= _TAGGED_BOX_LINES:
        return False
    text = "".join(line.strip() for line in lines)
    cut = max(text.rfind("（"), text.rfind("("))
    return (cut > 0 and "·" in text[cut:] and has_title_tag(text)
            and not any(mark in text[:cut] for mark in _CLAUSE_MARKS + "：:"))


def _indented_paragraph(lines: list[str]) -> bool:
    """Lines typeset as a paragraph of their own column: the first full at
    the indent (W-2), the inner ones full at W, the last no wider."""
    width = column_width([lines])
    first = cell_width(lines[0])
    if not (width - 2.0 < first + token_width(lines[1]) and first <= width - 1.5):
        return False
    for k in range(1, len(lines) - 1):
        if cell_width(lines[k]) + token_width(lines[k + 1]) <= width:
            return False
    return core_width(lines[-1]) <= width


def _has_phrase_gap(line: str) -> bool:
    """CJK, space, CJK: the gap between a title's two phrases."""
    k = line.find(" ", 1)  # (only the spaces are looked at: most lines have none)
    if not 0 < k < len(line) - 1:
        return False
    if line[k - 1] > "\u2e80" and line[k + 1] > "\u2e80":
        return True
    # (from the second space on, the pattern walks the rest in C: a line of many spaces is no Python loop)
    k = line.find(" ", k + 1)
    return 0 < k < len(line) - 1 and _PHRASE_GAP.search(line, k - 1) is not None


_PHRASE_GAP = re.compile("[\u2e81-\U0010ffff] [\u2e81-\U0010ffff]")
