"""Columns no headline owns are grouped into parts by where they stand: side
by side with level tops, or one under the next. A column opening with the
note that its text comes from another page (（上接第2版）) goes on from none
of them: it opens a part of its own, though it stands level with a finished
part on its left with no rule between (layout/headless_clusters). The
guard: the same column without the note runs on in one part. The columns a
frame round an article's region holds are one part however they stand (the
first under a photo, its top far lower than the next one's); with no frame,
two. A unit test of the step (no PDF); invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.headless_clusters import headless_clusters
from banmian.model import TextLine

SIZE, LEAD = 9.0, 13.5


def _column(x0: float, first: str, last: str, top: float = 100) -> ColumnBlock:
    texts = [first] + ["湖面上的冰已经开始融化"] * 20 + [last]
    return ColumnBlock([TextLine(t, (x0, top + i * LEAD, x0 + 150, top + i * LEAD + SIZE), SIZE, font="SongStd")
                        for i, t in enumerate(texts)])


def _parts(note: bool) -> list[list[ColumnBlock]]:
    left = _column(40, "早春的湖边游人渐渐多了", "大家都盼着花开的日子。")
    right = _column(205, "（上接第2版）" if note else "岸边的柳枝也泛出了绿意", "候鸟已经陆续飞回来了。")
    return headless_clusters([left, right], [], SIZE)


def test_a_column_opening_with_a_note_from_another_page_is_a_part_of_its_own():
    assert len(_parts(note=True)) == 2


def test_guard_level_columns_with_no_note_are_one_part():
    assert len(_parts(note=False)) == 1


def _framed_columns() -> list[ColumnBlock]:
    """A framed part's two columns: the first under a photo (its top far lower), the second from the frame's top."""
    under_photo = _column(40, "（上接第2版）", "大家都盼着花开的日子。", top=220)
    return [under_photo, _column(205, "　　“春天来了”，老人笑着说", "候鸟已经陆续飞回来了。")]


def test_the_columns_a_region_frame_holds_are_one_part():
    assert len(headless_clusters(_framed_columns(), [], SIZE, [(30.0, 90.0, 370.0, 520.0)])) == 1


def test_guard_the_same_columns_with_no_frame_are_two_parts():
    assert len(headless_clusters(_framed_columns(), [], SIZE)) == 2
