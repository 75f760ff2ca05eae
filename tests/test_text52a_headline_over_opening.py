"""A headline as short as a paragraph's first line, between one text's end and
the next text's indented first line (text mode, a line stream): the line
under it opens a paragraph (indented, unfinished, short of the column), so it
is no paragraph's first line and goes on no text: it stands alone, a
headline (layout/stream_joins.py)."""

from __future__ import annotations

from banmian.layout.line_stream import regroup_line_stream
from banmian.sources.text import text_to_blocks
from tests.test_line_stream import typeset

# the text before: a column 13 cells wide, its last paragraph ending a sentence
_BEFORE = typeset("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，方便两岸居民出行。", 13)
# the next article's title, as wide as a first line of the narrow column under it (8 - 2 cells)
_TITLE = "走访江心小岛"
# its text in a column 8 cells wide: the first line indented (its digits half a cell each), ending with a comma
_AFTER = ["2019年初春，", "记者乘坐新开通的", "轮渡来到江心岛，", "岛上的居民正忙着", "准备春耕，田间一", "片繁忙景象。"]


def test_a_headline_over_an_indented_first_line_stands_alone():
    blocks = regroup_line_stream(text_to_blocks("\n".join(_BEFORE + [_TITLE] + _AFTER) + "\n"))
    title = next(b for b in blocks if _TITLE in b.lines)
    assert title.lines == [_TITLE]
    assert next(b for b in blocks if _AFTER[0] in b.lines).lines[0] == _AFTER[0]
