"""Text set across the foot of an article's columns is read after them.

Notes (①②③ citing their sources), a closing editor's note or a last line
set across two columns or more stand under the columns they close: the
reader comes to them once the columns over them are read, not between the
first column and the second (their left edge is the first column's, which
column grouping by left edges would join them to).
"""

from __future__ import annotations

from .columns import ColumnBlock


def _foot_blocks(blocks: list[ColumnBlock]) -> list[ColumnBlock]:
    """Blocks wider than a column (they reach across a gutter into a second
    block over them) and under every block they overlap."""
    out = []
    # (a foot is wider than two columns it stands under: a block no column of two lines or more is
    # that much narrower than stands under none, asked before the blocks it overlaps are listed)
    narrowest = min([o.width for o in blocks if len(o.lines) >= 2 and o.width == o.width],  # (no NaN)
                    default=float("inf"))
    for b in blocks:
        if not narrowest < 0.8 * b.width:
            continue
        over = [o for o in blocks if o is not b and min(o.right, b.right) - max(o.left, b.left) > 0]
        if len(over) < 2 or any(o.bottom > b.top + 0.5 * b.size for o in over):
            continue
        if sum(1 for o in over if len(o.lines) >= 2 and o.width < 0.8 * b.width) >= 2:
            out.append(b)
    return out


def after_the_columns_over(ordered: list[ColumnBlock]) -> list[ColumnBlock]:
    """``ordered`` with each foot block moved to follow the last block that
    ends over its top (the whole row of columns over it)."""
    feet = _foot_blocks(ordered)
    if not feet:
        return ordered
    out = [b for b in ordered if b not in feet]
    for f in sorted(feet, key=lambda b: b.top):
        ends_over = [k for k, b in enumerate(out) if b.bottom <= f.top + 0.5 * f.size]
        out.insert(max(ends_over) + 1 if ends_over else len(out), f)
    return out


__all__ = ["after_the_columns_over"]
