"""Text mode: a unit whose lines change measure at a paragraph's end is
two texts, cut there. A line stream runs an article's column into the next
article's when no headline stands between them, and a quotation set in on
both sides into the paragraphs around it; each part keeps one measure (its
full lines one width), so the part is told by its own shape: column text,
whatever the other part is."""

from __future__ import annotations

from dataclasses import replace

from .paragraphs import column_width
from .reflow import cell_width, ends_sentence
from .roles import OTHER
from .text_shapes import is_column_shaped
from .text_units import Unit

#: lines a part needs to show its measure
_PART_LINES = 4
#: two measures this many cells apart are two settings of the text
_OTHER_MEASURE = 1.5
#: units longer than this are not searched for a cut (each cut asks the shape of both parts)
_MOST_LINES = 80


def _cut(lines: list[str]) -> int | None:
    """Where ``lines`` change measure after a sentence's end, both parts of
    one measure each and the lines of neither wider than its column; else None."""
    widths = [cell_width(line.strip()) for line in lines]  # (each line measured once, not once a cut)
    for c in range(_PART_LINES, len(lines) - _PART_LINES + 1):
        if not ends_sentence(lines[c - 1].rstrip()):
            continue
        wide, narrow = column_width([lines[:c]]), column_width([lines[c:]])
        if (wide and narrow and abs(wide - narrow) >= _OTHER_MEASURE
                and _set_in(widths[:c], wide) and _set_in(widths[c:], narrow)):
            return c
    return None


def set_in_one_measure(lines: list[str], width: float) -> bool:
    """Lines set in one measure: none wider than it (a pulled-up mark aside),
    and most of them full or a first line's indent short of it (the rest end
    paragraphs). Lines of two columns woven together (an extractor reading
    across the page) swing wider and narrower from line to line."""
    return _set_in([cell_width(line.strip()) for line in lines], width)


def _set_in(widths: list[float], width: float) -> bool:
    """:func:`set_in_one_measure` of lines already measured."""
    if max(widths) > width + _PULLED_UP:
        return False
    return sum(width - _INDENT - _SLACK <= w for w in widths) >= _FULL_SHARE * len(widths)


#: a line may overrun its measure by this much (a mark pulled up into the margin)
_PULLED_UP = 1.5
#: a paragraph's first line is this much short of the measure
_INDENT = 2.0
#: justified lines vary by this much
_SLACK = 0.5
#: share of a measure's lines that are full or first lines (the rest end paragraphs)
_FULL_SHARE = 0.7


def cut_at_measure_changes(units: list[Unit]) -> list[Unit]:
    """Each unit not yet given a role whose lines are not of one column is cut
    where its measure changes (:func:`_cut`), as often as it changes. Returns the units."""
    out: list[Unit] = []
    for unit in units:
        lines = unit.block.lines
        if (unit.block.role != OTHER or len(lines) < 2 * _PART_LINES or len(lines) > _MOST_LINES
                or is_column_shaped(lines, unit.width)):
            out.append(unit)
            continue
        parts: list[list[str]] = []
        rest = list(lines)
        while (c := _cut(rest)) is not None:
            parts.append(rest[:c])
            rest = rest[c:]
        if not parts:
            out.append(unit)
            continue
        start = unit.block.line_start
        for part in [*parts, rest]:
            out.append(Unit(replace(unit.block, lines=part, line_start=start)))
            start = None if start is None else start + len(part)
    return out


__all__ = ["cut_at_measure_changes", "set_in_one_measure"]
