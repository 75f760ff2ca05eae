"""A part opening with a note that it comes from another page (（上接第3版）),
set across white space under another article's text, is an article with no
headline on this page: not the article of a vertical headline further left
whose own columns stand between them (a headline beside is the part's only
with no column between), and not the text of the column on its left running
on, whatever that column ends on (a text come from another page runs on from
no column's foot here) (layout/ownership.assign_owners). The guard: the same
part without the note, a column running on from the foot of the column on
its left, is that column's article's. A unit test of the step (no PDF):
lines placed as a typesetter would, 10 pt type; invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.ownership import assign_owners
from banmian.layout.segment import HeadingGroup
from banmian.model import TextLine

SIZE, LEAD = 10.0, 15.0
PLAIN = "河边的柳树发出了新芽"


def _column(x0: float, x1: float, top: float, rows: int, first: str = "", last: str = "",
            indent: bool = True) -> ColumnBlock:
    lines = []
    for i in range(rows):
        text = first if first and i == 0 else last if last and i == rows - 1 else PLAIN
        x = x0 + (2 * SIZE if indent and i == 0 and not first else 0)
        lines.append(TextLine(text, (x, top + i * LEAD, x1, top + i * LEAD + SIZE), SIZE, font="SongStd"))
    return ColumnBlock(lines)


def _page(note: bool) -> tuple[list[ColumnBlock], list[HeadingGroup], ColumnBlock]:
    strip = HeadingGroup([TextLine("春到江南", (40, 100, 60, 300), 20.0, vertical=True, font="Hei")])
    title = HeadingGroup([TextLine("小镇新添图书馆", (360, 90, 620, 112), 20.0, font="Hei")])
    strips_columns = [_column(70, 200, 100, 26, last="他们说这里的日子越过越"),
                      _column(210, 340, 100, 26, indent=False, last="大家一起走向了田")]
    upper = _column(360, 620, 125, 10, last="图书馆下个月就要开放了。")  # finished over white space
    part = _column(360, 620, 300, 14, first="（上接第3版）" if note else "", indent=not note,
                   last="新的一年里村民们的干劲更足了。")
    return strips_columns + [upper, part], [strip, title], part


def test_a_note_part_under_another_text_is_no_vertical_headlines_across_its_columns():
    blocks, heads, part = _page(note=True)
    assign_owners(blocks, heads, [], [], SIZE)
    assert blocks[0].owner == 0 and blocks[2].owner == 1
    assert part.owner is None


def test_guard_without_the_note_the_part_runs_on_from_the_column_on_its_left():
    blocks, heads, part = _page(note=False)
    assign_owners(blocks, heads, [], [], SIZE)
    assert part.owner == 0
