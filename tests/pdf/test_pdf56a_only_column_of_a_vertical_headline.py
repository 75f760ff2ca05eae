"""A vertical headline's one column of text, set between the article on its
left (white space only between them, its column tops level with this one's)
and the headline's strip on its right, stays with its headline: the step
that gives a column standing level with another article's tops to that
article (layout/level_columns.columns_to_level_tops) moves a column that
stands between its owner's text and another's, never an article's only
text (its headline would be left with nothing). The guard: the same
column with a second column of its vertical headline's elsewhere (its top
level with neither) still goes. A unit test of the step (no PDF): lines
placed as a typesetter would, 10 pt type; invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.level_columns import columns_to_level_tops
from banmian.layout.segment import HeadingGroup
from banmian.model import TextLine

SIZE, LEAD = 10.0, 15.0


def _column(x0: float, top: float, rows: int, indent: bool = True) -> ColumnBlock:
    lines = []
    for i in range(rows):
        x = x0 + (2 * SIZE if indent and i == 0 else 0)
        text = "果园里的脐橙挂满枝头" if i else "村里的果园又丰收了"
        lines.append(TextLine(text, (x, top + i * LEAD, x0 + 14 * SIZE, top + i * LEAD + SIZE), SIZE,
                              font="SongStd"))
    return ColumnBlock(lines)


def _page(second_column: bool) -> tuple[list[ColumnBlock], list[HeadingGroup], ColumnBlock]:
    left_head = HeadingGroup([TextLine("山间小路通向远方", (40, 80, 330, 100), 20.0, font="Hei")])
    strip = HeadingGroup([TextLine("果园丰收记", (510, 110, 530, 230), 20.0, vertical=True, font="Hei")])
    left = [_column(40, 110, 12), _column(200, 110, 12, indent=False)]
    for b in left:
        b.owner = 0
    own = _column(356, 110, 12)  # the vertical headline's column, level with the left article's tops
    own.owner = 1
    blocks = left + [own]
    if second_column:  # another column of the vertical headline's, lower, right of the strip
        more = _column(545, 300, 6)
        more.owner = 1
        blocks.append(more)
    return blocks, [left_head, strip], own


def test_a_vertical_headlines_only_column_stays_with_it():
    blocks, heads, own = _page(False)
    columns_to_level_tops(blocks, heads, [], SIZE)
    assert own.owner == 1


def test_guard_a_column_between_its_owners_text_and_another_article_still_goes():
    blocks, heads, own = _page(True)
    columns_to_level_tops(blocks, heads, [], SIZE)
    assert own.owner == 0
