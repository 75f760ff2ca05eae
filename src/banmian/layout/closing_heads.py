"""The next article's headline run into the text of the article before it
(text mode): an extractor that runs a column of briefs into one block gives
……。（张三 李四） / 江城新建三座 / 公园迎春 / 本报江城3月2日电 …… as one run.
The authors' bracket closed the first text; the lines after it that end no
sentence, right over a dateline or over the next unit of text, are the next
article's headline (and maybe its column's label), never that text's tail."""

from __future__ import annotations

from ..model import Block, Role
from .closing_authors import ends_with_authors
from .reflow import ends_sentence
from .rules import opens_with_any_dateline
from .text_units import Unit

#: a headline between an authors' bracket and a dateline has at most this many lines
_HEAD_LINES = 3
#: what a headline line never holds: the end of a sentence or a clause of running text
_SENTENCE_MARKS = "。！？；"


def _head_lines(lines: list[str]) -> bool:
    return all(line.strip() and not ends_sentence(line) and not any(m in line for m in _SENTENCE_MARKS)
               for line in lines)


def _cut_at(unit: Unit, nxt: Unit | None) -> tuple[int, int] | None:
    """(start, end) of the headline lines inside ``unit``, or None."""
    lines = [line.strip() for line in unit.lines]
    n = len(lines)
    for k in range(n - 2, 0, -1):
        if not lines[k].endswith(("）", ")")) or not ends_with_authors(lines, k):
            continue
        for end in range(k + 2, min(n, k + 1 + _HEAD_LINES) + 1):
            # over a dateline, or over the next unit of text (the extractor cut the run there)
            over_text = (opens_with_any_dateline(lines[end:end + 2]) if end < n
                         else nxt is not None and nxt.role == Role.OTHER and bool(nxt.lines))
            if over_text:
                return (k + 1, end) if _head_lines(lines[k + 1:end]) else None
        return None
    return None


def _piece(src: Block, lines: list[str], offset: int) -> Unit:
    start = src.line_start + offset if src.line_start is not None else None
    return Unit(Block(list(lines), src.role, page=src.page, line_start=start, bbox=src.bbox,
                      font_size=src.font_size))


#: a bracket's tail an extractor put on a line of its own is a few characters (振）, 李四）)
_TAIL_CHARS = 6


def _bracket_tail(unit: Unit, prev: Unit | None) -> bool:
    """Is ``unit`` only the tail of a bracket the unit before left open
    (……。（张三 李 / 四）)? A closing bracket with no opener never stands alone."""
    if prev is None or unit.role != Role.OTHER or prev.role != Role.OTHER or len(unit.lines) != 1 or not prev.lines:
        return False
    text, above = unit.lines[0].strip(), prev.lines[-1]
    return (len(text) <= _TAIL_CHARS and text.endswith(("）", ")")) and "（" not in text and "(" not in text
            and max(above.rfind("（"), above.rfind("(")) > max(above.rfind("）"), above.rfind(")")))


def cut_headlines_after_closings(units: list[Unit]) -> list[Unit]:
    """Cut such headline lines (and the dated text after them in the same
    unit) into units of their own; the units are returned in order. A
    bracket's tail cut off into a unit of its own goes back first."""
    joined: list[Unit] = []
    for unit in units:
        if _bracket_tail(unit, joined[-1] if joined else None):
            joined[-1].block.lines.append(unit.lines[0])
            joined[-1]._width = None
            continue
        joined.append(unit)
    units = joined
    out: list[Unit] = []
    for i, unit in enumerate(units):
        cut = _cut_at(unit, units[i + 1] if i + 1 < len(units) else None) if unit.role == Role.OTHER and len(unit.lines) >= 3 else None
        if cut is None:
            out.append(unit)
            continue
        start, end = cut
        src, lines = unit.block, list(unit.lines)
        src.lines[:] = lines[:start]
        out.append(unit)
        out.append(_piece(src, lines[start:end], start))
        if end < len(lines):
            out.append(_piece(src, lines[end:], end))
    return out


__all__ = ["cut_headlines_after_closings"]
