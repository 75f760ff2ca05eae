"""A column opening a paragraph under a rule, level with the top of a
headline centred over the two columns on its right across a wide gutter, is
no first column of that headline's article when that article's own text
opens a paragraph right under the headline, in the first of its columns (the
leftmost of the columns level under it): the column is a part with no
headline on the page (layout/ownership.assign_owners,
layout/jump_parts._first_block_under). The guard: the same page with the
headline's text opening mid-sentence (no indent), the column on the left is
its first; and so it is when the headline stands flush left over its text
(not centred over its columns: the column on its left across a wide gutter
is its first, a paragraph opening at that column's top or not). A unit test
of the step (no PDF): lines placed as a typesetter would, 10 pt type;
invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.ownership import assign_owners
from banmian.layout.segment import HeadingGroup
from banmian.model import BBox, TextLine

SIZE, LEAD = 10.0, 15.0
PLAIN = "山坡上的茶园一片新绿"


def _column(x0: float, x1: float, top: float, rows: int, indent: bool, last: str = "") -> ColumnBlock:
    lines = []
    for i in range(rows):
        text = last if last and i == rows - 1 else PLAIN
        x = x0 + (2 * SIZE if indent and i == 0 else 0)
        lines.append(TextLine(text, (x, top + i * LEAD, x1, top + i * LEAD + SIZE), SIZE, font="SongStd"))
    return ColumnBlock(lines)


def _page(headline_text_indented: bool, head_x0: float = 270
          ) -> tuple[list[ColumnBlock], list[HeadingGroup], ColumnBlock, list[BBox]]:
    strip = HeadingGroup([TextLine("茶乡春早", (40, 40, 60, 200), 20.0, vertical=True, font="Hei")])
    centred = HeadingGroup([TextLine("采茶姑娘上山来", (head_x0, 320, head_x0 + 150, 340), 20.0, font="Hei")])
    strips = _column(70, 200, 40, 14, True, last="茶农们脸上都是笑容。")  # finished well over the rule
    part = _column(40, 200, 320, 20, True, last="今年的新茶已经卖到了外省。")
    second = _column(350, 480, 350, 16, False, last="茶香飘出了山村。")
    first = _column(215, 345, 350, 16, headline_text_indented)
    blocks = [strips, part, second, first]  # (the right column first: the leftmost must still be found)
    return blocks, [strip, centred], part, [(40, 300, 200, 300)]


def test_a_part_level_with_a_centred_headline_whose_text_opens_under_it_has_no_headline():
    blocks, heads, part, seps = _page(True)
    assign_owners(blocks, heads, seps, [], SIZE)
    assert blocks[0].owner == 0 and blocks[3].owner == 1
    assert part.owner is None


def test_guard_the_headlines_text_running_on_under_it_the_column_on_the_left_is_its_first():
    blocks, heads, part, seps = _page(False)
    assign_owners(blocks, heads, seps, [], SIZE)
    assert part.owner == 1


def test_guard_a_flush_left_headline_over_its_text_heads_the_column_on_its_left():
    blocks, heads, part, seps = _page(True, head_x0=215)  # its first column under it opens a paragraph, as above
    assign_owners(blocks, heads, seps, [], SIZE)
    assert part.owner == 1
