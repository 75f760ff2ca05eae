"""A photo's credit read before its caption (text mode).

A credit set along a photo's edge, or over its caption, comes in the
extracted text before the caption: ``本报记者 张三摄`` / ``十一月十五日，……。``
/ the report's text. The cut reads the unit before a credit as its caption,
so the caption under it runs into the report's first paragraph (and a title
right over the credit is taken for the caption). The line under a credit
alone is its caption when it is one whole sentence on one line and either the
credit has no caption over it and that line is set wider than the column
under it (a caption spans its photo), or the "caption" over the credit is a
headline-shaped phrase after a text's end (the next report's title, its
photo's credit under it)."""

from __future__ import annotations

from ..model import Block
from .paragraphs import column_width
from .reflow import cell_width, ends_sentence
from .roles import CAPTION, CREDIT, OTHER
from .rules import opens_with_any_dateline
from .text_units import Unit

#: the marks that end a sentence: a caption's line holds one, at its end
_STOPS = "。！？"
#: the marks a headline-shaped phrase holds none of
_PHRASE_MARKS = "，。、；：！？…"
#: a caption spanning its photo is set at least this many cells wider than a column of text
_WIDER = 2.0


def _one_sentence(line: str) -> bool:
    text = line.strip()
    return ends_sentence(text) and sum(text.count(m) for m in _STOPS) == 1


def _phrase(unit: Unit) -> bool:
    lines = unit.block.lines
    return len(lines) == 1 and not any(m in lines[0] for m in _PHRASE_MARKS)


def captions_under_credits(units: list[Unit]) -> list[Unit]:
    """Units with the caption under a credit alone cut off its text (see the module)."""
    if not any(u.block.role == CREDIT for u in units):
        return units
    out: list[Unit] = []
    k = 0
    while k < len(units):
        unit = units[k]
        out.append(unit)
        k += 1
        if unit.block.role != CREDIT or k >= len(units) or units[k].block.role != OTHER:
            continue
        below = units[k]
        lines = below.block.lines
        alone = len(lines) == 1  # (a line stream cuts a line ending its sentence off the text under it)
        under = units[k + 1].block.lines if alone and k + 1 < len(units) and units[k + 1].block.role == OTHER \
            else lines[1:]
        if not under or not _one_sentence(lines[0]) or opens_with_any_dateline(lines[:1]):
            continue
        over = out[-2] if len(out) >= 2 else None
        taken = (over is not None and over.block.role == CAPTION and _phrase(over)
                 and (len(out) < 3 or ends_sentence(out[-3].block.lines[-1])))
        missing = over is None or over.block.role != CAPTION
        if not (taken or missing and cell_width(lines[0]) >= column_width([under]) + _WIDER):
            continue
        if taken:
            over.block.role = OTHER  # the next report's title: no caption
        if alone:
            below.block.role = CAPTION
            out.append(below)
            k += 1
            continue
        src = below.block
        caption = Block([lines[0]], CAPTION, page=src.page, line_start=src.line_start, bbox=src.bbox,
                        font_size=src.font_size, vertical=src.vertical)
        del lines[0]
        if src.line_start is not None:
            src.line_start += 1
        below.forget_width()
        out.append(Unit(caption))
    return out


__all__ = ["captions_under_credits"]
