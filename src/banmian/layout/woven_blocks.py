"""Blocks of one line each, read across two level columns, put back as the columns' paragraphs.

Where the leading is wide (about 1.55 em and more) PyMuPDF's ``get_text("blocks")``
gives one block per line, and for two level columns its block order can read a
row of both columns before the next row. Read so, every line of both columns is
a block of its own, each as short as a headline, and no sentence goes on. The
blank lines of such a page still mean something elsewhere (its other blocks are
the extractor's own paragraphs and headline boxes), so only the run is mended:
its lines are read column by column (:func:`.stream_unweave.unweave_columns`,
which weighs how the sentences cut at line ends go on), and a column's lines
that the unweave moved are given back as one block a paragraph: a line goes
on the block above it while the text does, and a paragraph breaks only where
the text breaks (a line that ends its sentence short of the column's measure,
or over a line indented as a paragraph's first line is, or a short line that
ends none: a heading). A run the unweave leaves in the order given stays as it
was, block for block.
"""

from __future__ import annotations

from ..model import Block, Role
from .reflow import cell_width, ends_sentence
from .stream_furniture import lines_with_numbers
from .stream_unweave import unweave_columns

Numbered = list[tuple[str, int | None]]

#: one-line blocks in a row that may hold lines of columns read across (as :mod:`.stream_unweave`)
_MIN_RUN = 6
#: a line this many cells short of its neighbours' measure, or less, is full (justified columns
#: differ by a cell; a paragraph's first line is two cells short, its indent dropped)
_FULL_SLACK = 2.5
#: neighbours either side whose widest line gives a column's measure
_MEASURE_REACH = 3


def has_one_line_run(blocks: list[Block]) -> bool:
    """Do ``_MIN_RUN`` one-line blocks stand in a row (no work a line: blocks counted)?"""
    row = 0
    for block in blocks:
        row = row + 1 if len(block.lines) == 1 else 0
        if row >= _MIN_RUN:
            return True
    return False


def unwoven_blocks(blocks: list[Block]) -> list[Block] | None:
    """The blocks with their one-line runs read column by column, where the
    unweave reads any of them so; None where it reads every run as given (or
    would move a line of a block of several lines)."""
    numbered = lines_with_numbers(blocks)
    if any(number is None for _, number in numbered):
        return None
    unwoven = unweave_columns(numbered)
    if unwoven == numbered:
        return None
    moved = moved_numbers(numbered, unwoven)
    owner: dict[int, Block] = {}
    for block in blocks:
        for k in range(len(block.lines)):
            owner[block.line_start + k] = block  # type: ignore[operator]
    if any(len(owner[number].lines) > 1 for number in moved):
        return None  # (a block of several lines is the extractor's own: never torn)
    joins = column_joins(unwoven, moved)
    out: list[Block] = []
    for k, (text, number) in enumerate(unwoven):
        if number not in moved:
            block = owner[number]
            if not out or out[-1] is not block:
                out.append(block)
        elif joins[k]:
            out[-1].lines.append(text)
        else:
            out.append(Block([text], role=Role.OTHER, page=owner[number].page, line_start=number))
    return out


def moved_numbers(numbered: Numbered, unwoven: Numbered) -> set[int | None]:
    """The numbers of the lines the unweave put elsewhere than the order given."""
    return {new[1] for old, new in zip(numbered, unwoven) if old[1] != new[1]}


def column_joins(numbered: Numbered, moved: set[int | None]) -> list[bool]:
    """For each line, does it go on the block of the line before it? Only
    lines the unweave moved, one under the other, are joined, while the text goes on."""
    if not moved:
        return [False] * len(numbered)
    texts = [text.strip() for text, _ in numbered]
    # (a column's measure is asked of the moved lines only: a wide block beside the run is no column line)
    widths = [cell_width(text) if number in moved else 0.0 for text, (_, number) in zip(texts, numbered)]
    return [k > 0 and number in moved and numbered[k - 1][1] in moved and _goes_on(texts, widths, k)
            for k, (_, number) in enumerate(numbered)]


def _goes_on(texts: list[str], widths: list[float], k: int) -> bool:
    """Does line ``k`` go on the paragraph line ``k - 1`` holds? It does when that
    line is full (the column's measure, or a paragraph's first line short of it by
    the indent) and leaves its sentence unfinished, or ends its sentence at the
    full measure over a line as full (no indent: the paragraph goes on)."""
    measure = max(widths[max(0, k - 1 - _MEASURE_REACH):k + 1 + _MEASURE_REACH])
    if not ends_sentence(texts[k - 1]):
        return widths[k - 1] >= measure - _FULL_SLACK
    return widths[k - 1] >= measure - 0.5 and widths[k] >= measure - 0.5


__all__ = ["column_joins", "has_one_line_run", "moved_numbers", "unwoven_blocks"]
