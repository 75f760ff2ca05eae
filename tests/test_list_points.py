"""A list's points set flush left with their mark (● ①), their text hanging
clear of it (悬挂缩进): no indent tells where a point opens, its mark does.
The pages of tests/independent/test_indep_lists_notes.py test the same in
both modes; this is the paragraph rule alone."""

from banmian.layout.paragraphs import split_paragraphs

#: a 14-cell column: an opening paragraph whose last line is full, then two points
LINES = [
    "　　山里的小学今年有了新变化",
    "，记者梳理了其中最实在的三项。",
    "●操场铺上了塑胶跑道。孩子们",
    "　再也不怕雨天满脚泥了，体育",
    "　课也能照常上。",
    "①新添了一间图书室，藏书三千",
    "　多册。",
]


def test_a_point_opening_with_its_mark_under_a_sentence_s_end_opens_a_paragraph() -> None:
    lines = [line.replace("　", "") for line in LINES]
    paragraphs = split_paragraphs([lines], 14.0)
    assert [p[:3] for p in paragraphs] == ["山里的", "●操场", "①新添"]


def test_a_mark_under_a_clause_opens_nothing() -> None:
    """① at a line's start under a clause (……是：), not a sentence's end: the sentence goes on."""
    lines = ["山里的小学今年有了新变化，其", "中最实在的一项变化是这样的：", "①操场铺上了塑胶跑道，孩子们", "再也不怕雨天满脚泥了。"]
    assert len(split_paragraphs([lines], 14.0)) == 1
