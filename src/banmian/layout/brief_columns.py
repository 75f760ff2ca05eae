"""Columns of news briefs (简讯): items closed by their authors in brackets.

A column of briefs under a label is read item by item; what tells it from an
article's column is that its items end in their authors (（陈玲玲 林娟）), as
no article's column does mid-way, and that an item may run on at the top of
the next column. Used by :mod:`.ownership` to keep such columns together.
"""

from __future__ import annotations

from .roles import BODY
from .body_units import closing_names
from .columns import ColumnBlock


def closes_items(b: ColumnBlock) -> bool:
    """A column of news briefs under a label (简讯): an item of it ends in its
    authors in brackets (（陈玲玲 林娟）, perhaps broken over two lines), as no
    article's column does mid-way."""
    texts = [ln.text for ln in b.lines]
    return any(closing_names([t]) for t in texts[:-1]) or any(  # (the next item goes on: no dateline after it)
        t.endswith(("）", ")")) and not after.lstrip().startswith(("（", "(")) and closing_names([u, t])
        for u, t, after in zip(texts, texts[1:], texts[2:]))


def ends_in_authors(b: ColumnBlock) -> bool:
    """The block's last line is an item's authors in brackets (（陈玲玲 林娟））."""
    return bool(b.lines) and closing_names([b.lines[-1].text]) is not None


def holds_briefs(b: ColumnBlock) -> bool:
    """A column of briefs, or a block of lines that ends in its authors: a
    whole brief of a label's column (items set apart by white space each
    make a block), not a column of an article's text beside it."""
    return closes_items(b) or (len(b.lines) > 1 and ends_in_authors(b))


def over_items(b: ColumnBlock, flow: list[ColumnBlock], body: float) -> bool:
    """A brief's title (a line or three) right over a column of briefs."""
    return b.role == BODY and len(b.lines) <= 3 and any(
        abs(o.left - b.left) <= body / 2 and 0 <= o.top - b.bottom <= 1.5 * body
        and o.role == BODY and closes_items(o) for o in flow)


def item_left_open(b: ColumnBlock, flow: list[ColumnBlock], body: float) -> ColumnBlock | None:
    """The last block of a column of briefs on the left whose item is not
    closed, when ``b`` closes with an item's authors in brackets: a brief
    runs on at the top of the next column (a paragraph of its own there) and
    ends in its authors, as an item over it did. The column on the left is
    the next one, however wide the gutter, with no column standing in it.
    (A vertical headline beyond heads no such column: its text closes no item.)"""
    if not ends_in_authors(b):
        return None
    left = [o for o in flow if o.role == BODY and o.lines and o.right <= b.left + body / 2
            and b.left - o.right <= b.width and o.bottom > b.top]
    if not left:
        return None
    x = max(o.left for o in left)
    column = _run_down([o for o in left if abs(o.left - x) <= body / 2], body)
    if not column:
        return None
    edge = max(o.right for o in column)  # the next column on the left: none stands in the gutter (a wide one)
    if any(edge - 1 <= o.left and o.right <= b.left + 1 and o.bottom > b.top for o in flow):
        return None
    last = max(column, key=lambda o: o.bottom)
    if ends_in_authors(last) or not any(ends_in_authors(o) or closes_items(o) for o in column):
        return None
    return last


def _run_down(column: list[ColumnBlock], body: float) -> list[ColumnBlock]:
    """A column's blocks from its top down while each stands within a few
    lines of the one over it: past wide white space (a banner, a new row of
    articles) the blocks are another row's."""
    run: list[ColumnBlock] = []
    for o in sorted(column, key=lambda o: o.top):
        if run and o.top - run[-1].bottom > 3 * body:
            break
        run.append(o)
    return run
