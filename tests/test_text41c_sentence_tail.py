"""A short last paragraph whose sentence's last character wrapped alone onto
the next line (……下一站将是江 / 城。) in text mode (invented text): a line
opening with one character and its full stop is that sentence's tail, so the
line over it, however short and headline-shaped, is the paragraph's first
line and no headline."""

from __future__ import annotations

from banmian.layout.text_classify import classify_text_units
from banmian.layout.text_units import Unit
from banmian.model import Block, Role

BODY = ["本报讯 江城龙舟队昨天在省运会", "上夺得男子五百米直道冠军，这是", "该队时隔十年再次登上最高领奖台。",
        "赛后，教练说队员们每天训练", "到深夜，这块金牌来之不易。"]


def test_line_over_a_sentence_tail_is_the_paragraphs_first_line():
    units = [Unit(Block(["江城龙舟队夺得省运会冠军"], Role.TITLE)), Unit(Block(list(BODY), Role.OTHER)),
             Unit(Block(["龙舟队的下一站将是江"], Role.OTHER)), Unit(Block(["城。"], Role.OTHER))]
    classify_text_units(units)
    assert [u.block.role for u in units] == [Role.TITLE, Role.BODY, Role.BODY]
    assert units[2].block.lines == ["龙舟队的下一站将是江", "城。"]


def test_line_over_a_short_closing_sentence_and_its_authors_is_the_paragraphs_first_line():
    units = [Unit(Block(["江城龙舟队夺得省运会冠军"], Role.TITLE)), Unit(Block(list(BODY), Role.OTHER)),
             Unit(Block(["新建的训练基地已经完工并"], Role.OTHER)), Unit(Block(["将于下月启用。（林舟）"], Role.OTHER))]
    classify_text_units(units)
    assert [u.block.role for u in units[:3]] == [Role.TITLE, Role.BODY, Role.BODY]
    assert units[2].block.lines[0] == "新建的训练基地已经完工并"
