"""Text mode: column lines saying clauses, set apart by an extractor, are no headline.

Where the leading opens up, an extractor gives a paragraph's first lines a
block of their own (PyMuPDF's blocks, get_text's line runs): 那年秋天，村里修 /
通了进山公路，李大爷赶 / 着牛车第一个走了上去。 Short and alone, such lines
look like a kicker and a title. They are told by three things at once: they
fill the column of the body around them (the first line at most its indent
short), a clause ends inside a line (a comma, a pause mark or a semicolon with
text after it), and the last line ends inside its sentence (on a character or
a clause mark). A headline is set in a measure of its own and says a phrase
or two: one with a comma inside that also fills the body's column to the
cell and runs on unfinished is rare; a numbered subheading (一、…) is kept.
"""

from __future__ import annotations

import re

from .reflow import PULLED_UP, cell_width, core_width, ends_sentence

#: a clause mark with the clause's next word after it on the same line, two characters of text before it
#: at least (一、 numbers an item, a subheading's)
_CLAUSE_INSIDE = re.compile(r"[^\s，、；]{2}[，、；][\u4e00-\u9fff\w“‘《（]")
#: a line ends inside its sentence on a character of a word or a clause mark (not on a quote, a bracket,
#: a dash or a stop: a tier may close on those)
_ENDS_INSIDE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z，、]$")
#: two phrases a space apart: a title's gap, no column line's
_PHRASE_GAP = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
#: an extractor sets apart this many lines of a paragraph at most (a longer unit is told elsewhere)
_MOST_LINES = 3
#: a paragraph's first line is its indent short (two cells); a full line fills the column to
#: within this much (a mark pulled up past the column, a Latin run's half cells)
_INDENT = 2.5
_FULL = 1.0
_OVER = 0.5


def _fills(width: float, line: str, first: bool) -> bool:
    narrow = len(line.encode("ascii", "ignore"))
    short = (_INDENT if first else _FULL) + 0.25 * narrow  # (Latin and digits may be set wider or narrower)
    return width - short <= cell_width(line) <= width + _OVER + 0.25 * narrow


def _goes_on(width: float, first: str) -> bool:
    """Does the line after the unit carry its paragraph on in a column of
    ``width``: full to the cell (a paragraph's inner line), or closing the
    sentence no wider than the column (its last line)? A text's first line is
    its indent short, and another column's line is another width."""
    core = core_width(first) if first[-1:] in PULLED_UP else cell_width(first)
    if core > width + _OVER:
        return False
    return core >= width - _FULL or ends_sentence(first)


def column_lines_saying_clauses(lines: list[str], widths: tuple[float | None, ...], after: str) -> bool:
    """Are these headline-shaped lines the column's own lines (the width of
    the nearest body above or below, the first its indent short at most),
    saying a clause inside a line and ending inside their sentence, with the
    line ``after`` them carrying the paragraph on in that column? A title
    is followed by a text's first line, or by another column's."""
    after = after.strip()
    if not lines or not after or len(lines) > _MOST_LINES:
        return False
    stripped = [line.strip() for line in lines]
    if not all(stripped) or _ENDS_INSIDE.search(stripped[-1]) is None:
        return False
    if not any(_CLAUSE_INSIDE.search(line) for line in stripped) or any(map(_PHRASE_GAP.search, stripped)):
        return False
    return any(width and _goes_on(width, after) and all(_fills(width, line, k == 0) for k, line in enumerate(stripped))
               for width in widths)
