"""A line closed by its column's tag (……（街巷漫笔）) is a headline, never an
in-body subheading, even with a lead-in line under it. Invented text."""

from banmian.layout.subheadings import looks_like_subheading
from tests.test_line_stream import typeset

_BEFORE = typeset("江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，"
                  "新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民休闲。", 16)
_AFTER = typeset("夜幕降临，城南老街的夜市亮起了灯，卖小吃的、卖手工艺品的摊位一字排开，"
                 "游客们边走边尝，老街的烟火气又回来了。", 16)


def test_a_tagged_title_over_its_lead_in_is_no_subheading():
    lines = ["夜市烟火气（街巷漫笔）", "小摊里藏着一座城"]
    assert not looks_like_subheading(lines, _BEFORE, _AFTER, stream=True)


def test_an_untagged_line_in_the_column_still_is_one():
    assert looks_like_subheading(["夜市里的小摊"], _BEFORE, _AFTER, stream=True)


def test_a_tag_wrapped_over_two_lines_still_marks_a_headline():
    """The tag is looked for in the lines joined too: a long title's tag may wrap."""
    assert not looks_like_subheading(["夜市里的烟火气（街巷", "漫笔）"], _BEFORE, _AFTER, stream=True)
