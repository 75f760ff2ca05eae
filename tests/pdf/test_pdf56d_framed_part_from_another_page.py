"""A frame round text with no headline in it is most often a box inside the
article round it (核心阅读, a note): part of what surrounds it. A frame round
text that opens with the note that it comes from another page (（上接第2版）)
holds the rest of an article of its own: a region, so no headline outside
the frame (a vertical headline beside it) takes its text
(layout/page_graphics.is_region). The guard: the same frame without the note
is no region. A unit test of the step (no PDF); invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.page_graphics import is_region
from banmian.model import TextLine

SIZE, LEAD = 9.0, 13.5


def _block(first: str) -> ColumnBlock:
    texts = [first] + ["村口的老槐树下又热闹起来"] * 12
    return ColumnBlock([TextLine(t, (45, 100 + i * LEAD, 200, 100 + i * LEAD + SIZE), SIZE, font="SongStd")
                        for i, t in enumerate(texts)])


FRAME = (35.0, 90.0, 360.0, 320.0)


def test_a_frame_round_a_part_come_from_another_page_is_a_region():
    assert is_region(FRAME, [_block("（上接第2版）")], [])


def test_guard_a_frame_round_text_alone_is_no_region():
    assert not is_region(FRAME, [_block("每到周末，村民们都会聚在这里")], [])
