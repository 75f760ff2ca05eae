"""Boxes a page prints apart from its articles' running text: a weather
forecast (江城天气 … 江城市气象台发布), an advertisement (公益广告 … 某某报社 宣),
the contents (今日导读 … 古村落里的新生活 第3版) and a table of figures (its
title, header and rows, a cell a line, then 数据来源：…). In an extractor's
text their short lines look like a headline's, and the parser would read them
as the tiers of the article beside them. Each box opens with its label and
closes with the line of whoever issues it, or with the last entry's page; a
table closes with where its figures come from; the lines between are short
and end no sentence. Taken out of the text, the first three stand as
furniture (the page's, like its header); a table is text of the article it
stands in, its rows put back a row a line."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..model import Block
from .reflow import cell_width, ends_sentence
from .roles import BODY, FOOTER
from .text_units import Unit

#: a box's label: a forecast's (江城天气, 天气预报) or an advertisement's (公益广告, 广告)
_BOX_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}天气(?:预报)?|(?:公益)?广告")
#: the line that closes the box with who issues it: 江城市气象台发布, 江城市文明办 江城日报社 宣
_ISSUER = re.compile(r"[\u4e00-\u9fff\s\u3000·]{2,30}?(?:发布|宣)")
#: a box's lines after its label, at most (a week's forecast, an advertisement's few lines)
_BOX_LINES = 16
#: a box's line is short: no column of text goes past this width
_BOX_WIDTH = 24


def _compact(line: str) -> str:
    return line.replace(" ", "").replace("\u3000", "")


def _box_end(lines: list[str], start: int) -> int | None:
    """The index of the issuer's line closing the box labelled at ``start``, or None."""
    for k in range(start + 1, min(len(lines), start + 1 + _BOX_LINES)):
        line = lines[k].strip()
        if not line or ends_sentence(line) or cell_width(line) > _BOX_WIDTH:
            return None
        if _ISSUER.fullmatch(line) and not _BOX_LABEL.fullmatch(_compact(line)):
            return k if k > start + 1 else None
    return None


#: a contents box's label (今日导读, 导读, 本期要目), maybe set a character a line (导 / 读)
_CONTENTS_LABEL = re.compile(r"(?:今日|本期|本版|本刊)?(?:导读|要目)")
#: a contents entry's page (spaces taken out): 第2版 on its own line, or （3版） closing the entry
_PAGE_ALONE = re.compile(r"第[\d一二三四五六七八九十]{1,3}版")
_PAGE_CLOSING = re.compile(r"[（(]第?[\d一二三四五六七八九十]{1,3}版[）)]$")
#: a contents box lists at least this many entries
_MIN_ENTRIES = 2
#: an entry's title runs over this many lines at most before its page
_ENTRY_LINES = 2


def _contents_label(lines: list[str], k: int) -> int:
    """How many lines the contents label at line ``k`` takes (导读 one, 导 / 读
    two), or 0 when no label stands there."""
    if _CONTENTS_LABEL.fullmatch(_compact(lines[k])):
        return 1
    pair = _compact(lines[k]) + (_compact(lines[k + 1]) if k + 1 < len(lines) else "")
    return 2 if len(_compact(lines[k])) == 1 and _CONTENTS_LABEL.fullmatch(pair) else 0


def _contents_end(lines: list[str], start: int) -> int | None:
    """The index of the last entry's page under a contents label whose lines end
    before ``start``, or None when fewer than two entries follow it."""
    end, entries, waiting = None, 0, 0
    for k in range(start, min(len(lines), start + _BOX_LINES * 2)):
        line = lines[k].strip()
        if not line or ends_sentence(line) or cell_width(line) > _BOX_WIDTH:
            break
        compact = _compact(line)
        if _PAGE_ALONE.fullmatch(compact) or _PAGE_CLOSING.search(compact):
            end, entries, waiting = k, entries + 1, 0
            continue
        waiting += 1
        if waiting > _ENTRY_LINES:
            break
    return end if entries >= _MIN_ENTRIES else None


#: a table's cell holding a figure alone (1286.4, 6.1, -0.5%)
_FIGURE_CELL = re.compile(r"[-+－]?\d[\d,.]*\s*[%％]?")
#: a chart's legend entry, its label and figure on one line (省内游客56.3%, 一季度 5.8)
_LABELLED_FIGURE = re.compile(r"[\u4e00-\u9fff]{1,10}[ \u3000]*[-+－]?\d[\d,.]*[ \u3000]*[%％]?")
#: the line closing a table with where its figures come from (数据来源：市统计局)
_SOURCE = re.compile(r"(?:数据|资料)?来源\s*[：:].{1,30}")
#: the line naming who drew a table or chart, right under its source line (制图：张三, 本版制表：李四)
_MAKER = re.compile(r"(?:本版)?(?:制图|制表|绘图|图表制作)[：:][^：:]{1,12}")
#: a table holds this many figure cells at least
_MIN_FIGURES = 3
#: a table's title and header cells over its first figure: this many lines at most
_TABLE_HEAD_LINES = 8


def _table_start(lines: list[str], end: int) -> int | None:
    """The first line of a table or chart closed by its source line ``end``: back over
    short lines that end no sentence (rows, header cells, the table's title) to
    the line after a text's end; None when it holds too few figure cells."""
    figures, start, head = 0, end, 0
    for k in range(end - 1, max(-1, end - 1 - _BOX_LINES * 4), -1):
        line = lines[k].strip()
        if not line or ends_sentence(line) or cell_width(line) > _BOX_WIDTH:
            break
        if _FIGURE_CELL.fullmatch(line) or _LABELLED_FIGURE.fullmatch(line):
            figures, head = figures + 1, 0
        else:
            head += 1
            if figures and head > _TABLE_HEAD_LINES:
                break
        start = k
    return start if figures >= _MIN_FIGURES else None


#: a word every box's label or source line holds (its lines run together, spaces out: 导 / 读)
_BOX_WORDS = ("天气", "广告", "导读", "要目", "来源")


def box_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of every labelled box closed by its issuer's
    line, of every contents box (its label, then entries each closed by its
    page: 古村落里的新生活（3版）) and of every table closed by its source line."""
    taken: set[int] = set()
    page = _compact("".join(lines))
    if not any(word in page for word in _BOX_WORDS):
        return taken  # no label or source line can stand anywhere on the page (most pages)
    k = 0
    while k < len(lines):
        compact = _compact(lines[k])
        end = None
        if len(compact) <= 8 and _BOX_LABEL.fullmatch(compact):
            end = _box_end(lines, k)
        elif len(compact) <= 4:
            label = _contents_label(lines, k)
            end = _contents_end(lines, k + label) if label else None
        if end is not None:
            taken.update(range(k, end + 1))
            k = end + 1
            continue
        if len(compact) <= 34 and _SOURCE.fullmatch(compact):
            start = _table_start(lines, k)
            if start is not None:
                # (who drew it, a line under its source, is the table's too)
                end = k + 1 if k + 1 < len(lines) and _MAKER.fullmatch(_compact(lines[k + 1])) else k
                taken.update(range(start, end + 1))
        k += 1
    return taken


def set_notice_boxes_apart(blocks: list[Block]) -> list[Block]:
    """The blocks with every weather, advertisement, contents or table box cut out into a
    block of its own (furniture); blocks a box stood in are cut there."""
    lines = [line for b in blocks for line in b.lines]
    boxes = box_lines(lines)
    if not boxes:
        return blocks
    starts = list(accumulate((len(b.lines) for b in blocks[:-1]), initial=0))
    cut = {bisect_right(starts, i) - 1 for i in boxes}
    out: list[Block] = []
    box_end = -2  # the page's index of the last box line out: a box's next line goes on in its block
    for n, (block, start) in enumerate(zip(blocks, starts)):
        if n not in cut:
            out.append(block)
            continue
        kind = None  # whether the last block out holds box lines (True) or this block's other lines (False)
        for k, text in enumerate(block.lines):
            in_box = start + k in boxes
            number = block.line_start + k if block.line_start is not None else None
            # (an extractor may give a box's rows a block each: 地区生产总值 / 1286.4 / 6.1; the box is one)
            if kind is in_box or (kind is None and in_box and box_end == start + k - 1):
                out[-1].lines.append(text)
            else:
                out.append(Block([text], FOOTER if in_box else block.role, page=block.page, line_start=number))
            kind = in_box
            if in_box:
                box_end = start + k
    return out


def table_rows(lines: list[str]) -> list[str] | None:
    """A table set a cell a line (its title, header cells, then each row's label
    and figures, closed by its source line) put back a row a line, cells a
    space apart: 地区生产总值 1286.4 6.1. None when the lines are no such table."""
    cells = [line.strip() for line in lines]
    maker = cells[-1:] if len(cells) > 1 and _MAKER.fullmatch(_compact(cells[-1])) else []
    cells = cells[:len(cells) - len(maker)]  # (who drew the table closes it, under its source)
    if len(cells) < 3 or not _SOURCE.fullmatch(_compact(cells[-1])):
        return None
    figure = [bool(_FIGURE_CELL.fullmatch(c)) for c in cells[:-1]]
    if sum(figure) < _MIN_FIGURES:
        return None
    first = figure.index(True) - 1  # the first row's label
    if first < 0:
        return None
    runs: list[int] = []  # figures a row
    k = first
    rows: list[str] = []
    while k < len(figure):
        j = k + 1
        while j < len(figure) and figure[j]:
            j += 1
        if figure[k] or j == k + 1:
            return None  # a label with no figures, or figures with no label: no table read a row a line
        runs.append(j - k - 1)
        rows.append(" ".join(cells[k:j]))
        k = j
    width = max(set(runs), key=runs.count) + 1  # cells a row
    head = cells[:first]
    header = head[-width:] if len(head) >= width else []
    title = head[:len(head) - len(header)]
    return [*(["".join(title)] if title else []), *([" ".join(header)] if header else []), *rows, cells[-1], *maker]


def tables_are_body(units: list[Unit]) -> None:
    """A table set apart as a box (:func:`set_notice_boxes_apart`) is text of
    the article it stands in: its rows are paragraphs of that article's body."""
    for unit in units:
        if unit.block.role == FOOTER:
            rows = table_rows(unit.block.lines)
            if rows is not None:
                unit.block.lines[:] = rows
                unit.block.role, unit.paragraph_lines = BODY, True
                unit.forget_width()


__all__ = ["box_lines", "set_notice_boxes_apart", "table_rows", "tables_are_body"]
