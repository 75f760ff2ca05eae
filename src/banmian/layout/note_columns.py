"""A continued-from note set flush right stands for the column under it.

（上接第2版） is set at the right of the column it opens, a few glyphs wide.
What stands over that column (the headline and byline of the article the
column goes on, in a narrow column set flush left) may stand over none of the
note's glyphs, while a rule far above spans them: measured by its own width
the note sees only the rule. Measured by the column under it, it sees what
stands over the column."""

from __future__ import annotations

from dataclasses import replace

from .columns import ColumnBlock
from .roles import BODY


def note_column(b: ColumnBlock, flow: list[ColumnBlock], body: float) -> ColumnBlock:
    """``b`` widened to the left edge of the text right under it in its column (a stand-in; ``b`` is unchanged)."""
    under = [o.left for o in flow if o is not b and o.role == BODY and 0 <= o.top - b.bottom <= 1.5 * body
             and o.left < b.left and min(o.right, b.right) - max(o.left, b.left) > 0]
    if not under:
        return b
    wide = replace(b, lines=list(b.lines))
    wide.left = min(under)
    return wide


__all__ = ["note_column"]
