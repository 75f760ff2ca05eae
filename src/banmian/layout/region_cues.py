"""Small cues of where a column's text belongs, asked by ownership: a note
sending the text over a column on to another page (its article's text ends
there), a line set inside a column (a subheading: no text running on from
another column's foot opens there), and a horizontal headline's span over a
column (its article's, whatever vertical headline stands beside it)."""

from __future__ import annotations

from ..model import BBox
from .columns import ColumnBlock
from .headline_reach import heading_above
from .roles import BODY, TITLE
from .rules import is_continuation_line
from .segment import HeadingGroup, rule_between


def sends_on(block: ColumnBlock) -> bool:
    """The block ends with a note sending its text on to another page (（下转第N版）): its article's text on this
    page ends there, so no column under it goes on from it."""
    last = block.lines[-1].text
    if block.role != BODY or "版" not in last:
        return False  # (most blocks: no note, no pattern asked)
    note = is_continuation_line(last)
    return note is not None and note.direction == "to"


def set_inside(b: ColumnBlock, over: ColumnBlock, body: float) -> bool:
    """The block, a line or two, stands centred inside the column over it (three lines or more), a body size or
    more in from its edges: a subheading of that column, where no text running on from the foot of another column
    opens (that text starts at the column's edge and fills its lines)."""
    return over.role == BODY and len(b.lines) <= 2 and len(over.lines) >= 3 and b.left >= over.left + body \
        and b.right <= over.right - body and abs((b.left + b.right) - (over.left + over.right)) <= 2 * body


def headline_right_over(b: ColumnBlock, flow: list[ColumnBlock], headings: list[HeadingGroup], titles: list[int],
                        seps: list[BBox], frame: BBox | None, head_frame: list[BBox | None], body: float) -> int | None:
    """The horizontal headline standing over most of the block's width, within ten body sizes over its top, with no
    rule and no column (a block of three lines or more) between: only white space or its byline."""
    i = heading_above(b, headings, titles, frame, head_frame)
    if i is None or headings[i].role != TITLE or headings[i].vertical:
        return None
    x0, _, x1, y1 = headings[i].bbox
    if min(x1, b.right) - max(x0, b.left) < 0.5 * b.width or b.top - y1 > 10 * body \
            or rule_between(y1, b.top, b.left, b.right, seps):
        return None
    if any(o is not b and o.role == BODY and len(o.lines) >= 3 and y1 <= o.top and o.bottom <= b.top + 1
           and min(o.right, b.right) - max(o.left, b.left) > 0 for o in flow):
        return None
    return i
