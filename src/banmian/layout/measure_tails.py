"""A headline-looking line as wide as the column it stands in wrapped there:
the short line under it is its tail, not an author's name.

A subheading set in the body's own type (居民学艺热情高涨，培训班生 / 意红火)
fills the column's measure on its first line as the body lines around it do,
and wraps its last characters onto a short line; those read as a name (景 is
a surname) and the subheading as a headline with its byline. A headline set
larger holds fewer characters a line than the column, or spans several
columns and holds more: only a line of exactly the column's measure, with
body on both sides (the one over it ending no article, no dateline opening
the one under it), set across (a title set upright is no column line), no sentence ended,
wrapped onto one run of characters.
"""

from __future__ import annotations

from .paragraphs import column_width
from .reflow import cell_width, ends_sentence
from .roles import BODY
from .rules import opens_with_any_dateline
from .text_closing import closes_with_byline
from .text_direction import ends_article
from .text_units import Unit

#: a column this narrow (in cells) tells nothing: any short line fills it
_MIN_MEASURE = 8
#: the slack of a full line against its column (justification, a half-width mark)
_SLACK = 1.0


def wrapped_at_column_measure(units: list[Unit], k: int) -> bool:
    """Is unit ``k`` (one short line) the tail of the line over it (unit
    ``k - 1``'s last), which fills the measure of the body around both?"""
    if k < 2 or k + 1 >= len(units) or len(units[k].block.lines) != 1:
        return False
    before, above, after = units[k - 2], units[k - 1], units[k + 1]
    if before.block.role != BODY or after.block.role != BODY or not above.block.lines or above.block.vertical:
        return False
    if ends_article(before) or closes_with_byline(before.block.lines):
        return False  # the text over it ended its article: the line heads the next one
    line, tail = above.block.lines[-1].strip(), units[k].block.lines[0].strip()
    if not line or not tail or ends_sentence(line) or cell_width(tail) > 0.5 * cell_width(line) or " " in tail:
        return False  # (names a space apart are names: a wrapped tail is one run of characters)
    if opens_with_any_dateline(after.block.lines):
        return False  # a dateline under it opens an article: the line over it heads that one
    measure = column_width([before.block.lines, after.block.lines])
    return measure >= _MIN_MEASURE and abs(cell_width(line) - measure) <= _SLACK


__all__ = ["wrapped_at_column_measure"]
