"""A headline drawn right over its photo's caption (text mode, a line
stream): title / caption's sentence / credit / text. A caption's lines share
its measure (its first may be indented), so a short line over a caption line
wider than it by more than an indent wraps nothing of that caption: it stands
alone, a headline (layout/stream_joins.py)."""

from __future__ import annotations

from banmian.layout.line_stream import regroup_line_stream
from banmian.sources.text import text_to_blocks
from tests.test_line_stream import typeset

_BEFORE = typeset("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，方便两岸居民出行。", 13)
_TITLE = "江心岛上春耕忙"
_CAPTION = "江心岛的村民在田间整地备耕，准备播种早稻。"
_CREDIT = "张三摄"
_AFTER = typeset("记者日前来到江心岛，岛上的居民正忙着准备春耕，田间一片繁忙景象。", 13)


def test_a_title_over_a_wider_caption_stands_alone():
    blocks = regroup_line_stream(text_to_blocks("\n".join(_BEFORE + [_TITLE, _CAPTION, _CREDIT] + _AFTER) + "\n"))
    assert next(b for b in blocks if _TITLE in b.lines).lines == [_TITLE]


def test_a_caption_wrapped_in_its_measure_stays_one_block():
    wrapped = ["江心岛的村民在田间整地备", "耕，准备播种早稻。"]
    blocks = regroup_line_stream(text_to_blocks("\n".join(_BEFORE + wrapped + [_CREDIT] + _AFTER) + "\n"))
    assert wrapped[1] in next(b for b in blocks if wrapped[0] in b.lines).lines  # (the measure kept: one caption)
