"""Columns no headline owns are grouped into parts by where they stand: side
by side with level tops, or one under the next. A column opening with the
note that its text comes from another page (（上接第2版）) goes on from none
of them: it opens a part of its own, though it stands level with a finished
part on its left with no rule between (layout/headless_clusters). The
guard: the same column without the note runs on in one part. A unit test of
the step (no PDF); invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.headless_clusters import headless_clusters
from banmian.model import TextLine

SIZE, LEAD = 9.0, 13.5


def _column(x0: float, first: str, last: str) -> ColumnBlock:
    texts = [first] + ["湖面上的冰已经开始融化"] * 20 + [last]
    return ColumnBlock([TextLine(t, (x0, 100 + i * LEAD, x0 + 150, 100 + i * LEAD + SIZE), SIZE, font="SongStd")
                        for i, t in enumerate(texts)])


def _parts(note: bool) -> list[list[ColumnBlock]]:
    left = _column(40, "早春的湖边游人渐渐多了", "大家都盼着花开的日子。")
    right = _column(205, "（上接第2版）" if note else "岸边的柳枝也泛出了绿意", "候鸟已经陆续飞回来了。")
    return headless_clusters([left, right], [], SIZE)


def test_a_column_opening_with_a_note_from_another_page_is_a_part_of_its_own():
    assert len(_parts(note=True)) == 2


def test_guard_level_columns_with_no_note_are_one_part():
    assert len(_parts(note=False)) == 1
