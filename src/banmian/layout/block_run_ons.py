"""Where a column block carries on the paragraph the block before it (in
reading order) left unfinished: across a column break in the same face (a
bold question broken at a column's foot), or right under it (a framed
note's indented first line set apart from its rest). Such a block opens no
paragraph and no subheading. And where white space under a line with no
mark parts two blocks of one column: the lower opens a paragraph (a stanza)."""

from __future__ import annotations

from .body_units import Unit
from .columns import ColumnBlock, paragraph_starts
from .paragraphs import opens_point
from .roles import BODY


def carried_in_face(units: list[Unit], block: ColumnBlock) -> bool:
    """Does ``block`` open with the rest of a sentence the unit before it (the
    column before, in reading order) left unfinished, in the same face?"""
    if not units or units[-1].role != BODY or not units[-1].lines:
        return False
    last, first = units[-1].lines[-1], block.lines[0]
    return (last.text.rstrip()[-1:] not in _SENTENCE_CLOSERS and last.bold == first.bold and last.font == first.font
            and not paragraph_starts(block)[0])


def runs_on_from_above(units: list[Unit], block: ColumnBlock) -> bool:
    """Is ``block``'s first line the next line of an unfinished sentence that
    the unit before ends with right above it, as full as the block is wide
    (a framed note's indented first line over the rest, set apart as two
    blocks)? No paragraph opens there. (A short line with no mark ends its
    paragraph: a heading or a label set in the text.)"""
    if not units or units[-1].role != BODY or not units[-1].lines:
        return False
    last, first = units[-1].lines[-1], block.lines[0]
    return (last.text.rstrip()[-1:] not in _SENTENCE_CLOSERS and 0 <= first.y0 - last.y1 <= first.size
            and min(last.x1, first.x1) - max(last.x0, first.x0) > 0 and last.x1 >= block.right - first.size)


def opens_after_white_space(units: list[Unit], block: ColumnBlock) -> bool:
    """Does ``block`` stand in the column of the last line of the unit
    before, a line with no mark at all, a blank line's height or two under
    it? White space there parts a poem's stanzas, whose lines end with no
    mark; prose may run on past white space (a box, a figure)."""
    if not units or units[-1].role != BODY or not units[-1].lines:
        return False
    last, first = units[-1].lines[-1], block.lines[0]
    text = last.text.rstrip()
    # a line of words with no mark at all (a verse line); prose runs on past a box or a figure,
    # after a clause cut mid-way (…43.9，工业 / 高到…) and after a sentence's end alike
    ended = not any(mark in text for mark in _CLAUSE_MARKS + _SENTENCE_CLOSERS)
    return (ended and _BLANK_LINE * first.size <= first.y0 - last.y1 <= _FAR * first.size
            and min(last.x1, first.x1) - max(last.x0, first.x0) > 0)


def opens_list_point(units: list[Unit], block: ColumnBlock) -> bool:
    """Does ``block`` open with a list's point (its mark flush left: ● ①),
    the text before it ending a sentence? The point opens a paragraph at a
    column's top, though no indent tells it (its text hangs clear of the mark)."""
    if not units or units[-1].role != BODY or not units[-1].lines:
        return False
    return opens_point(units[-1].lines[-1].text, block.lines[0].text)


#: marks inside a sentence
_CLAUSE_MARKS = "，、；：,;:"


#: white space this many times the type's size is a blank line; more is no piece of one column's flow
_BLANK_LINE, _FAR = 1.0, 3.0
#: what a sentence's last character may be (a closing mark after its end)
_SENTENCE_CLOSERS = "。！？!?”’）)…"
