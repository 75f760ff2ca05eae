"""Blocks that are pieces of columns, not paragraphs: a stream after all.

poppler's plain ``pdftotext`` (its reading order, no option) joins the lines
of a column into one block across its paragraphs, headline lines standing
right over the column included, and cuts the column where something else
stands beside it or the column ends. Its blank lines then fall where the
column is cut, mid-sentence as often as not, and a block holds a headline's
lines and several paragraphs: read as blocks, a headline is the first lines
of a body and a paragraph is cut in two. Text whose blank lines mean
something cuts at paragraphs (a block ends a sentence) or keeps a few lines
a block, and a headline stands in a block of its own (as text laid out by
hand, or a typesetter's blocks, keeps it). Where headlines open blocks of
column text and the blocks are cut mid-sentence, the text is read as a line
stream: its lines are cut again.
"""

from __future__ import annotations

from ..model import Block
from .roles import FOOTER, HEADER
from .reflow import cell_width, ends_sentence
from .stream_lines import column_lines

#: blocks of at least this many lines are looked at (shorter ones: headlines, names, notes)
_LONG_BLOCK = 3
#: a page's text has at least this many such blocks for their ends to tell anything
_MIN_LONG_BLOCKS = 4
#: share of the long blocks that end mid-sentence (paragraph blocks: a column's foot now and then,
#: measured 0.2-0.4 on PyMuPDF's and pdfminer's blocks; pdftotext's column pieces: 0.5-1.0)
_CUT_SHARE = 0.5
#: lines a long block holds on average (a paragraph a block: 3-6; a column's piece: 10 and more)
_LINES_A_BLOCK = 9
#: long blocks opened by a headline's line, at least (so many, and this share of them)
_MIN_HEADED = 3
_HEADED_SHARE = 0.2
#: a paragraph's first line is this much narrower than its column at most (an indent, cells)
_INDENT = 3.5
#: a column's line is this much wider than most of its column's lines at most (cells)
_SAME_WIDTH = 1.0


def column_pieces(blocks: list[Block]) -> bool:
    """Are these blocks pieces of columns cut anywhere (long blocks that
    mostly end mid-sentence, some opened by a headline's lines, lines a column
    wide that mostly end mid-sentence), so that the blank lines between them
    mean nothing?"""
    long = [b for b in blocks if len(b.lines) >= _LONG_BLOCK and b.role not in (HEADER, FOOTER)]
    if len(long) < _MIN_LONG_BLOCKS:
        return False
    lines = sum(len(b.lines) for b in long)
    if lines < _LINES_A_BLOCK * len(long):
        return False
    cut = sum(not ends_sentence(b.lines[-1].strip()) for b in long)
    if cut < _CUT_SHARE * len(long):
        return False
    headed = sum(_opens_with_headline(b) for b in long)
    if headed < max(_MIN_HEADED, _HEADED_SHARE * len(long)):
        return False
    return column_lines([line for b in long for line in b.lines])


def _opens_with_headline(block: Block) -> bool:
    """Does the block open with a headline's line over its column text: a
    line ending no sentence, wider than the column or narrower than a
    paragraph's indented first line, and the line under it ending none?"""
    first, second = block.lines[0].strip(), block.lines[1].strip()
    if ends_sentence(first) or ends_sentence(second):
        return False
    widths = sorted(cell_width(line) for line in block.lines)
    column, width = widths[len(widths) // 2], cell_width(first)
    return width > column + _SAME_WIDTH or width < column - _INDENT


__all__ = ["column_pieces"]
