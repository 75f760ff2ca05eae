"""The next article's headline run into the text of the article before it
(text mode): an extractor that runs a column of briefs into one block gives
……。（张三 李四） / 江城新建三座 / 公园迎春 / 本报江城3月2日电 …… as one run.
The authors' bracket closed the first text; the lines after it that end no
sentence, right over a dateline or over the next unit of text, are the next
article's headline (and maybe its column's label), never that text's tail."""

from __future__ import annotations

import re

from ..model import Block
from ..names import starts_with_surname
from .roles import BODY, OTHER, TITLE
from .closing_authors import ends_with_authors, run_together_names
from .reflow import cell_width, ends_sentence
from .rules import is_closing_note, opens_with_any_dateline
from .tier_patterns import opens_inside_word
from .text_direction import bigrams, shared_pairs
from .text_run_in_titles import title_runs_in
from .text_units import Unit

#: a headline between an authors' bracket and a dateline has at most this many lines
_HEAD_LINES = 3
#: what a headline line never holds: the end of a sentence or a clause of running text
_SENTENCE_MARKS = "。！？；"


def _head_lines(lines: list[str]) -> bool:
    return all(line.strip() and not ends_sentence(line) and not any(m in line for m in _SENTENCE_MARKS)
               for line in lines)


#: a headline may close on one exclamation or question (年货市场，火爆！, 年货哪里买？)
_HEAD_CLOSERS = ("！", "？", "!", "?")


def _exclaiming_head(lines: list[str]) -> bool:
    """Headline lines whose last one closes on an exclamation or a question
    mark and hold no other sentence mark: set between an authors' bracket and
    the next text, a headline that calls out (年货市场，火爆！), never that
    text's tail (its authors closed it)."""
    last = lines[-1].strip() if lines else ""
    return (last.endswith(_HEAD_CLOSERS) and _head_lines(lines[:-1] + [last[:-1]])
            and not any(mark in last[:-1] for mark in _HEAD_CLOSERS))


def _cut_at(unit: Unit, nxt: Unit | None) -> tuple[int, int] | None:
    """(start, end) of the headline lines inside ``unit``, or None."""
    above_last = "".join(unit.block.lines[:-1])
    if "）" not in above_last and ")" not in above_last:
        return None  # no line over the last closes a bracket (most units): no authors' bracket to cut after
    lines = [line.strip() for line in unit.block.lines]
    n = len(lines)
    for k in range(n - 2, -1, -1):  # (the bracket may close the unit's first line: ……。（张三） / 江城新建…)
        if not lines[k].endswith(("）", ")")) or not ends_with_authors(lines, k):
            continue
        for end in range(k + 2, min(n, k + 1 + _HEAD_LINES) + 1):
            # over a dateline, or over the next unit of text (the extractor cut the run there)
            over_text = (opens_with_any_dateline(lines[end:end + 2]) if end < n
                         else nxt is not None and nxt.role == OTHER and bool(nxt.lines))
            if over_text:
                head = lines[k + 1:end]
                return (k + 1, end) if _head_lines(head) or _exclaiming_head(head) else None
        return None
    return None


#: a whole unit read as a headline after a text its authors closed is wrapped over this many lines at most
_WRAPPED_HEAD_LINES = 2


#: characters of a brief's label line that leads into its text (《某某》（某某剧场）：)
_LABEL_LINE_CHARS = 20


def _label_line_over_text(unit: Unit) -> bool:
    """Does the unit open with a short line that leads into the text under it
    (《某某》（某某剧场）： / 这是一部…), a brief's title set as a label, no clause?"""
    lines = unit.block.lines
    if unit.block.role != OTHER or len(lines) < 2:
        return False
    first = lines[0].strip()
    return (first.endswith(("：", ":")) and len(first) <= _LABEL_LINE_CHARS and "，" not in first
            and _head_lines([first[:-1]]) and not opens_with_any_dateline(lines[:2]))


def _closes_with_authors(before: list[Unit]) -> bool:
    """Do the units of text before end with their authors' bracket (……。（张三 李四））,
    the bracket maybe a unit of its own?"""
    if not before or not before[-1].block.lines or not before[-1].block.lines[-1].rstrip().endswith(("）", ")")) \
            or any(u.block.role != OTHER for u in before):
        return False
    last = [line.strip() for u in before for line in u.block.lines[-3:]][-3:]
    return ends_with_authors(last, len(last) - 1)


def _head_between(unit: Unit, before: list[Unit], nxt: Unit | None) -> bool:
    """Is the whole unit a headline, lines that end no sentence between a
    text its authors closed and the next unit of text (……。 / （张三 李四） /
    江城市人大常委会 / 批准任命的名单 / 一、…), the extractor cutting the run
    at both ends? A headline's lines are read as text when the first fills
    the column; the authors closed the text before, so they are no tail of it."""
    lines = unit.block.lines
    if (unit.block.role != OTHER or not 1 <= len(lines) <= _HEAD_LINES or nxt is None
            or nxt.block.role != OTHER or not nxt.block.lines or not _closes_with_authors(before)
            or not _head_lines(lines)):
        return False  # (the bracket closing the text before is asked first: most units follow none)
    if "）" in lines[-1] or ")" in lines[-1] or opens_with_any_dateline(lines[:2]) or is_closing_note("".join(lines)):
        return False  # (a bracket of its own, a dateline run-in or a closing note: no headline)
    if len(lines) > 1 and (len(lines) > _WRAPPED_HEAD_LINES or any("，" in line for line in lines)
                           or cell_width(lines[-1].strip()) >= cell_width(lines[0].strip())):
        return False  # (a wrapped headline ends short of its first line; a text's opening runs on in clauses)
    return True


def _piece(src: Block, lines: list[str], offset: int) -> Unit:
    start = src.line_start + offset if src.line_start is not None else None
    return Unit(Block(list(lines), src.role, page=src.page, line_start=start, bbox=src.bbox,
                      font_size=src.font_size))


#: a bracket's tail an extractor put on a line of its own is a few characters (振）, 李四）)
_TAIL_CHARS = 6


def _bracket_tail(unit: Unit, prev: Unit | None) -> bool:
    """Is ``unit`` only the tail of a bracket the unit before left open
    (……。（张三 李 / 四）)? A closing bracket with no opener never stands alone."""
    if (prev is None or unit.block.role != OTHER or prev.block.role != OTHER or len(unit.block.lines) != 1
            or not prev.block.lines):
        return False
    text, above = unit.block.lines[0].strip(), prev.block.lines[-1]
    return (len(text) <= _TAIL_CHARS and text.endswith(("）", ")")) and "（" not in text and "(" not in text
            and max(above.rfind("（"), above.rfind("(")) > max(above.rfind("）"), above.rfind(")")))


#: a short label and the authors' bracket, on a block of their own (人民视觉（张三 李四）)
_LABEL_AND_AUTHORS = re.compile(r"[\u4e00-\u9fff]{2,6}[（(]([^（）()]+)[）)]")


def _runs_on(above: Block, block: Block) -> bool:
    """Does ``block`` start on the line right after ``above`` ends (no blank line between)?"""
    return (above.line_start is not None and block.line_start is not None
            and block.line_start == above.line_start + len(above.lines))


#: a closing note's credit and the authors' bracket (本版制图：张三（李四 王五）)
_NOTE_AND_AUTHORS = re.compile(r"[^（）()]{2,16}[：:][^（）()]{2,8}（[^（）()]+）")


def _label_and_authors(unit: Unit, prev: Unit | None) -> bool:
    """Is ``unit`` only a short label and the authors' bracket, two names or
    more, the bracket wrapped over two lines or the names run together
    (人民视觉（张三 李 / 四）, 人民视觉（张三李四）), under a unit whose last line
    ends a sentence?
    An extractor's block may hold them apart from the text they close."""
    if (prev is None or unit.block.role != OTHER or prev.block.role != OTHER or not prev.block.lines
            or not 1 <= len(unit.block.lines) <= 2 or not ends_sentence(prev.block.lines[-1].rstrip())):
        return False
    text = "".join(line.strip() for line in unit.block.lines)
    m = _LABEL_AND_AUTHORS.fullmatch(text)
    if m is None:
        # a closing note's credit and the authors' bracket (本版制图：张三（李四 / 王五）) run on right under
        # the text's last line (no blank line between: a block set apart may stand anywhere in the stream)
        return (_NOTE_AND_AUTHORS.fullmatch(text) is not None and is_closing_note(text[:text.rindex("（")])
                and _runs_on(prev.block, unit.block))
    names = m.group(1).split()
    if len(names) == 1:  # two names run together (姜超倩郝娟丽)
        return run_together_names(names[0]) is not None
    # (a label and names a space apart on one line are read as the picture's label and its authors
    # where they stand: only the bracket wrapped over two lines is put back under its sentence)
    return len(unit.block.lines) == 2 and all(2 <= len(n) <= 3 and starts_with_surname(n) for n in names)


#: a brief's lead repeats this share of its title's character pairs (text26b measured >= 0.9 for a title
#: over its own text, <= 0.21 over another's); a text's own first lines recur far less in what follows
_ECHO_SHARE = 0.6
#: the lead is looked for in this many characters of text after the headline lines
_LEAD_CHARS = 120


def _echoed_head(unit: Unit, prev: Unit | None, following: list[Unit]) -> int:
    """How many of ``unit``'s first lines are the next brief's headline, run
    into its text after a text its authors closed in the unit before
    (…升。（张三） / 江城图书馆 / 新增两处借还点 / 记者从…获悉：江城图书馆…): lines
    that end no sentence and hold no clause, whose words the text right after
    them repeats (a brief's lead restates its title). 0 when there are none."""
    if prev is None or prev.block.role != OTHER or unit.block.role != OTHER or not prev.block.lines:
        return 0
    # (the authors' bracket closes the unit before: its last line ends with the bracket, which most do not)
    if not prev.block.lines[-1].rstrip().endswith(("）", ")")) \
            or not ends_with_authors([line.strip() for line in prev.block.lines[-3:]], len(prev.block.lines[-3:]) - 1):
        return 0
    lines = [line.strip() for line in unit.block.lines]
    after = list(lines)
    for nxt in following:  # the text after them, over a unit or two (a lead-in line may stand alone)
        if nxt.block.role != OTHER or sum(map(len, after)) >= _LEAD_CHARS + len("".join(lines)):
            break
        after += [line.strip() for line in nxt.block.lines]
    # (the headline lines may be the whole unit, its text the next one)
    for k in range(min(_HEAD_LINES, len(lines), len(after) - 1), 0, -1):
        head = bigrams("".join(lines[:k]))
        if not _head_lines(lines[:k]) or any(mark in line for line in lines[:k] for mark in "，、：") or len(head) < 4:
            continue
        if not any(mark in after[k] for mark in "，：。；！？") or opens_inside_word(after[k]):
            continue  # the line after them says no clause: more of the headline (……大使 / 馆共庆元宵节)
        if title_runs_in(lines[k - 1], after[k]):
            continue  # a brief's title run into its text (……启动　市人社局日 / 前启动……): cut by its space
        if shared_pairs(head, "".join(after[k:])[:_LEAD_CHARS]) >= _ECHO_SHARE * len(head):
            return k
    return 0


def cut_headlines_after_closings(units: list[Unit]) -> list[Unit]:
    """Cut such headline lines (and the dated text after them in the same
    unit) into units of their own; the units are returned in order. A
    bracket's tail cut off into a unit of its own goes back first, and so
    does a label with the authors' bracket set in a block of its own."""
    joined: list[Unit] = []
    for unit in units:
        text = "".join(unit.block.lines)
        if "）" not in text and ")" not in text:  # (both close a bracket: most units hold no closing bracket)
            joined.append(unit)
            continue
        if _bracket_tail(unit, joined[-1] if joined else None):
            joined[-1].block.lines.append(unit.block.lines[0])
            joined[-1].forget_width()
            continue
        if _label_and_authors(unit, joined[-1] if joined else None):
            joined[-1].block.lines.extend(unit.block.lines)
            joined[-1].forget_width()
            continue
        joined.append(unit)
    units = joined
    out: list[Unit] = []
    for i, unit in enumerate(units):
        k = _echoed_head(unit, units[i - 1] if i else None, units[i + 1:i + 4])
        above = units[i - 1].block.lines if i else None
        if not k and above and above[-1].rstrip().endswith(("）", ")")):  # (after a bracket only: few units)
            if _head_between(unit, units[max(0, i - 2):i], units[i + 1] if i + 1 < len(units) else None):
                k = len(unit.block.lines)
            elif _label_line_over_text(unit) and _closes_with_authors(units[max(0, i - 2):i]):
                k = 1
        if k == len(unit.block.lines):
            unit.block.role = TITLE
        elif k:  # the headline lines (its lead's echo tells them), then the text they head
            src, lines = unit.block, list(unit.lines)
            src.lines[:] = lines[:k]
            src.role = TITLE
            unit.forget_width()
            out.append(unit)
            unit = _piece(src, lines[k:], k)
            unit.block.role = BODY  # the lead that echoes them (记者从…获悉： too)
        cut = (_cut_at(unit, units[i + 1] if i + 1 < len(units) else None)
               if unit.block.role == OTHER and len(unit.block.lines) >= 3 else None)
        if cut is None:
            out.append(unit)
            continue
        start, end = cut
        src, lines = unit.block, list(unit.lines)
        src.lines[:] = lines[:start]
        out.append(unit)
        head = _piece(src, lines[start:end], start)
        if not _head_lines(lines[start:end]):  # (its closing ！ would read as a sentence's end: it is told here)
            head.block.role = TITLE
        out.append(head)
        if end < len(lines):
            out.append(_piece(src, lines[end:], end))
    return out


__all__ = ["cut_headlines_after_closings"]
