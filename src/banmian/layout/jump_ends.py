"""An article's text on its page ends at its jump note (（下转第2版）) or its
closing dateline (（本报莫斯科2月22日电）).

A note that the article goes on on another page closes its text here, and a
dateline closing the text closes the article: no column after it in the
reading order is more of that article (a name set right under it, the
author's, may close it still). Ownership may
still give the next column (standing right of the note's column, opening at
the row's top) to the article on its left, when the headline of the article
it opens is set further right, narrower than its article. When such a column
opens a paragraph at its top and a headline stands just right of it with its
top level with the column's, the column (with the blocks stacked under it)
is that headline's article's first column."""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, SUBHEADING, TITLE
from .column_flow import opens_paragraph
from .columns import ColumnBlock
from .body_units import plain_names
from .rules import CLOSING_DATELINE, is_continuation_line
from .segment import HeadingGroup, wall_between


def columns_after_jumps(blocks: list[ColumnBlock], heads: list[HeadingGroup], separators: list[BBox],
                        body: float) -> None:
    """Give a column standing after its owner's jump note (or closing dateline) to
    the headline level with its top on its right (see the module's docstring)."""
    text = [b for b in blocks if b.role in (BODY, SUBHEADING) and b.owner is not None]
    jumps = [b for b in text if b.role == BODY and _jumps_away(b)]
    if not jumps:
        return
    for b in sorted(text, key=lambda b: (b.left, b.top)):
        owner = b.owner
        if b.role != BODY or not opens_paragraph(b) or heads[owner].role != TITLE \
                or heads[owner].bbox[2] > b.left + body / 2:
            continue  # (a column under or left of its own headline's end: no column set after its text)
        if _jump_before(b, jumps, text, owner, body) is None:
            continue
        if any(o.owner == owner and o is not b and min(o.right, b.right) - max(o.left, b.left) > 0
               and o.bottom <= b.top + 1 for o in text):
            continue  # not its column's top
        right = _headline_level_on_right(b, heads, owner, separators, body)
        if right is None:
            continue
        for o in text:  # the column from its top down (a line centred in it too)
            if o.owner == owner and o.top >= b.top - 1 and (abs(o.left - b.left) <= body / 2 or (
                    o.left >= b.left and o.right <= b.right + body / 2)):
                o.owner = right


def _jumps_away(b: ColumnBlock) -> bool:
    """Does the block's text end here: with a jump note, or a closing dateline
    (wrapped or not; a line of names set under it, the author's, may follow)?"""
    last = "".join([ln.text for ln in b.lines[-3:]])
    if "版" not in last and "电" not in last:
        return False  # (most blocks: no note's 版 nor dateline's 电 in their last lines, no names asked)
    lines = [ln.text.strip() for ln in b.lines[-3:]]
    if len(lines) > 1 and plain_names(lines[-1]):
        lines.pop()
    note = is_continuation_line(lines[-1])
    if note is not None:
        return note.direction == "to"
    if not lines[-1].endswith(("）", ")")) or "电" not in "".join(lines[-2:]):
        return False  # (most blocks: no closing bracket, or no dateline's 电)
    tail = "".join(lines[-2:]).replace(" ", "")
    return any(m.end() == len(tail) for m in CLOSING_DATELINE.finditer(tail))


def _jump_before(b: ColumnBlock, jumps: list[ColumnBlock], text: list[ColumnBlock], owner: int, body: float
                 ) -> ColumnBlock | None:
    """The owner's jump note (or closing dateline) ending the column just left of
    ``b`` (its text's last line), if any: within five body sizes, or farther
    with only white space between; its column may start a label's height over
    ``b`` (a column logo over ``b``'s text)."""
    near = [j for j in jumps if j.owner == owner and j.right <= b.left + body / 2 and j.top >= b.top - 3 * body
            and (b.left - j.right <= 5 * body or not _between(j, b, text, body))]
    return max(near, key=lambda j: j.right, default=None)


def _between(j: ColumnBlock, b: ColumnBlock, text: list[ColumnBlock], body: float) -> bool:
    """Does any text stand between the foot ``j`` and the column ``b`` on its right, beside ``b``'s top?"""
    return any(o is not j and o is not b and o.left >= j.right - body / 2 and o.right <= b.left + body / 2
               and o.top <= max(j.bottom, b.top + body) and o.bottom >= b.top for o in text)


def _headline_level_on_right(b: ColumnBlock, heads: list[HeadingGroup], owner: int, separators: list[BBox],
                             body: float) -> int | None:
    """The nearest headline right of the block, its top level with the block's, no rule between."""
    best: tuple[float, int] | None = None
    for j, h in enumerate(heads):
        if j == owner or h.role != TITLE:
            continue
        x0, y0, _, _ = h.bbox
        gap = x0 - b.right
        if gap < -body / 2 or gap > 4 * body or abs(y0 - b.top) > 1.5 * body:
            continue
        if wall_between(b.right, x0, b.top + body, separators):
            continue
        if best is None or gap < best[0]:
            best = (gap, j)
    return best[1] if best is not None else None


__all__ = ["columns_after_jumps"]
