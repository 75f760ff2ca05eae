"""A lead set apart under a commentary's headline (text mode; invented
text): the stream cut its first line, column-wide, from its other lines,
and that line ends inside a word (……街巷的温 / 度，……) while the lines after
it open with the word's tail. No headline opens with a word's tail: those
lines go on the paragraph above (the article's first), one unit with it,
and are no headline of an article of their own."""

from __future__ import annotations

from banmian.layout.text_classify import classify_text_units
from banmian.layout.text_units import Unit
from banmian.model import Block, Role

LEAD = ["想要留住老城区里街巷的温"]
LEAD_GOES_ON = ["度，功夫在细处。修缮老街的工", "匠，既要看得见青砖灰瓦，也要", "听得见街坊的家常"]
BODY = ["老城区的改造，最怕的是", "大拆大建。一些地方把老街推平", "重建，街巷的格局没了，邻里的",
        "往来也断了，留下的只是一排排", "崭新而陌生的门面。"]


def test_lines_opening_with_the_tail_of_the_word_the_body_line_broke_go_on_it():
    # the lead's first line a unit of its own, its wider lines another (as a stream's cut may leave them)
    units = [Unit(Block(["读懂街巷，更需俯下身子（新语）"], Role.TITLE)), Unit(Block(list(LEAD), Role.OTHER)),
             Unit(Block(list(LEAD_GOES_ON), Role.OTHER)), Unit(Block(list(BODY), Role.OTHER))]
    classify_text_units(units)
    assert [u.block.role for u in units] == [Role.TITLE, Role.BODY, Role.BODY]
    assert units[1].block.lines == LEAD + LEAD_GOES_ON


def test_lines_under_a_dateline_line_that_runs_on_unfinished_are_its_text():
    # 新华社江城3月2日电 省 / 政府…: the dateline's line breaks inside the text's first word
    units = [Unit(Block(["新华社江城3月2日电 省"], Role.OTHER)),
             Unit(Block(["政府副省长林川2日在江城会见", "来访的南湖大学代表团一行"], Role.OTHER)),
             Unit(Block(["双方就合作办学交换了意见。"], Role.OTHER)),
             Unit(Block(["林川会见南湖大学代表团"], Role.OTHER))]
    classify_text_units(units)
    assert units[0].block.role == Role.BODY
    assert units[0].block.lines[:2] == ["新华社江城3月2日电 省", "政府副省长林川2日在江城会见"]
