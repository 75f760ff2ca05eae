"""Boxes a page prints that are no article: a weather forecast (江城天气 …
江城市气象台发布) and an advertisement (公益广告 … 某某报社 宣). In an
extractor's text their short lines look like a headline's, and the parser
would read them as the tiers of the article beside them. Each box opens
with its label and closes with the line of whoever issues it; the lines
between are short and end no sentence. Taken out of the text, they stand
as furniture (the page's, like its header), not as anyone's headline."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..model import Block
from .reflow import cell_width, ends_sentence
from .roles import FOOTER

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


def box_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of every labelled box closed by its issuer's line."""
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        compact = _compact(lines[k])
        if len(compact) <= 8 and _BOX_LABEL.fullmatch(compact):
            end = _box_end(lines, k)
            if end is not None:
                taken.update(range(k, end + 1))
                k = end + 1
                continue
        k += 1
    return taken


def set_notice_boxes_apart(blocks: list[Block]) -> list[Block]:
    """The blocks with every weather or advertisement box cut out into a
    block of its own (furniture); blocks a box stood in are cut there."""
    lines = [line for b in blocks for line in b.lines]
    boxes = box_lines(lines)
    if not boxes:
        return blocks
    starts = list(accumulate((len(b.lines) for b in blocks[:-1]), initial=0))
    cut = {bisect_right(starts, i) - 1 for i in boxes}
    out: list[Block] = []
    for n, (block, start) in enumerate(zip(blocks, starts)):
        if n not in cut:
            out.append(block)
            continue
        kind = None  # whether the last block out holds box lines (True) or this block's other lines (False)
        for k, text in enumerate(block.lines):
            in_box = start + k in boxes
            number = block.line_start + k if block.line_start is not None else None
            if kind is in_box:
                out[-1].lines.append(text)
            else:
                out.append(Block([text], FOOTER if in_box else block.role, page=block.page, line_start=number))
            kind = in_box
    return out


__all__ = ["box_lines", "set_notice_boxes_apart"]
