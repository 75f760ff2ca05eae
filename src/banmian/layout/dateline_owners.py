"""An article carries one dateline: a column opening with one (本报北京2月12日电)
opens an article. When ownership gave such a column to a headline whose text
holds a dateline already (opening another of its columns, or closing it:
（本报北京2月24日电）), the column is not that article's: it opens the article
whose columns open level with it beside it (a headline set over the rest of
its row, the column under a neighbour's side headline), when that article's
text has no dateline of its own. Likewise a column under a headline whose
text opens elsewhere with its dateline, when the column opens mid-sentence
level with the foot of a column on its left that breaks off mid-sentence:
that text runs on into it, whatever headline stands over it."""

from __future__ import annotations

from ..model import BBox
from .roles import BODY
from .column_flow import OPENS_ARTICLE, foot_on_left, opens_paragraph
from .columns import ColumnBlock
from .rules import CLOSING_DATELINE
from .segment import smallest_frame, wall_between


def datelines_apart(blocks: list[ColumnBlock], separators: list[BBox], body: float, row: float,
                    frames: list[BBox] | None = None) -> None:
    """Give a column that opens with a dateline, owned by an article dated
    elsewhere already, to the undated article whose column opens level with
    it (within ``row``) a gutter beside it, no rule between (nor a frame's
    edge: a brief boxed with others is no column of the article beside the
    box); the column's text under it (blocks stacked in it, the same owner)
    goes along."""
    if frames:
        separators = list(separators) + [edge for x0, y0, x1, y1 in frames
                                         for edge in ((x0, y0, x0, y1), (x1, y0, x1, y1))]
    text = [b for b in blocks if b.role == BODY and b.owner is not None]
    for b in sorted(text, key=lambda b: (b.top, b.left)):
        if not OPENS_ARTICLE.match(b.lines[0].text.lstrip()):
            continue
        owner = b.owner
        run = _run_of_columns(b, text, separators, body, row)
        moved = [c for top in run for c in _column_under(top, text)]
        if not any(_dated(o) for o in text if o.owner == owner and all(o is not c for c in moved)):
            continue  # the article's one dateline: this column opens it
        neighbour = _level_beside(run, text, separators, body, row)
        if neighbour is None or neighbour == owner or any(_dated(o) for o in text if o.owner == neighbour):
            continue
        for c in moved:
            c.owner = neighbour


def runs_on_under_headlines(blocks: list[ColumnBlock], separators: list[BBox], frames: list[BBox], body: float,
                            row: float) -> None:
    """Give a column that opens mid-sentence (no indent, no dateline), owned
    by a headline whose text opens with a dateline in another column, to the
    article of the column on its left when that column, its top level with
    this one's, breaks off mid-sentence beside it: the text runs on there."""
    text = [b for b in blocks if b.role == BODY and b.owner is not None]
    frame_of = {id(b): smallest_frame(b.bbox, frames) for b in blocks} if frames else {id(b): None for b in blocks}
    opening = [o for o in text if OPENS_ARTICLE.match(o.lines[0].text.lstrip())]  # (asked once a block, not a pair)
    for b in sorted(text, key=lambda b: (b.top, b.left)):
        owner = b.owner
        if len(b.lines) < 2 or opens_paragraph(b) or not any(o is not b and o.owner == owner for o in opening):
            continue
        foot = foot_on_left(b, blocks, separators, frame_of, frame_of[id(b)], body)
        if foot is None or foot.owner in (None, owner) or foot.lines[-1].text.rstrip().endswith(("）", ")")):
            continue  # (a line alone is a name's or a note's; a bracket closing the foot closes its text)
        if not any(o.owner == foot.owner and abs(o.left - foot.left) <= body / 2 and abs(o.top - b.top) <= row * body
                   for o in text):
            continue  # the column on the left opens level with this one: one row of that article's columns
        for c in _column_under(b, text):
            c.owner = foot.owner


def _dated(b: ColumnBlock) -> bool:
    """The block opens with a dateline or holds a closing one."""
    if OPENS_ARTICLE.match(b.lines[0].text.lstrip()):
        return True
    return any("电" in ln.text and CLOSING_DATELINE.search(ln.text.replace(" ", "")) for ln in b.lines)


def _column_under(b: ColumnBlock, text: list[ColumnBlock]) -> list[ColumnBlock]:
    """``b`` and the blocks of its owner stacked right under it in its column."""
    column = [b]
    for o in sorted(text, key=lambda o: o.top):
        last = column[-1]
        if o is last or o.owner != b.owner or o.top < last.bottom:
            continue
        if o.top - last.bottom <= 2.0 * o.lines[0].size and abs(o.left - last.left) <= o.lines[0].size \
                and abs(o.right - last.right) <= o.lines[0].size:
            column.append(o)
    return column


def _run_of_columns(b: ColumnBlock, text: list[ColumnBlock], separators: list[BBox], body: float,
                    row: float) -> list[ColumnBlock]:
    """``b`` and the columns of its owner opening level with it one gutter
    after another on its right, none dated: the text ``b`` opens runs on there."""
    run = [b]
    while True:
        last = run[-1]
        nxt = [o for o in text if o.owner == b.owner and all(o is not r for r in run) and not _dated(o)
               and abs(o.top - b.top) <= row * body and 0 <= o.left - last.right <= 3 * body
               and not wall_between(last.right, o.left, o.top + body, separators)]
        if not nxt:
            return run
        run.append(min(nxt, key=lambda o: o.left))


def _level_beside(run: list[ColumnBlock], text: list[ColumnBlock], separators: list[BBox], body: float,
                  row: float) -> int | None:
    """The owner of the nearest column opening level with the run's first
    column, a gutter left of the run or right of it, with no rule between."""
    best: tuple[float, int] | None = None
    b = run[0]
    y = b.top + body
    left, right = b.left, run[-1].right
    for o in text:
        if any(o is r for r in run) or o.owner == b.owner or abs(o.top - b.top) > row * body:
            continue
        gap = o.left - right if o.left >= right else left - o.right if o.right <= left else -1.0
        if not 0 <= gap <= 3 * body:
            continue
        lo, hi = (right, o.left) if o.left >= right else (o.right, left)
        if wall_between(lo, hi, y, separators):
            continue
        if best is None or gap < best[0]:
            best = (gap, o.owner)  # type: ignore[assignment]
    return best[1] if best is not None else None


__all__ = ["datelines_apart", "runs_on_under_headlines"]
