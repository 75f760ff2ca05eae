"""Session 40 (text40b): a lead sentence under the byline of a headline is the article's first paragraph.

Invented text. A commentary prints its title, its author, then a lead in larger type (在城市更新
中，留住老街的烟火气，才能留住人心) over its text: the lead is neither a headline tier nor lost.
"""

from __future__ import annotations

from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.sentence_tiers import leads_under_bylines_are_body
from banmian.layout.text_units import Unit
from banmian.model import Block

_BODY = ["江城的老街改造完成以后，", "街上的小吃店、裁缝铺和理发店", "都回来了，老街坊们又能在熟悉", "的地方买菜、聊天、晒太阳了。"]


def _units(line: str) -> list[Unit]:
    return [Unit(Block(["留住老街的烟火气（城市观察）"], TITLE)), Unit(Block(["林小雨"], BYLINE)),
            Unit(Block([line], TITLE)), Unit(Block(list(_BODY), BODY))]


def test_a_sentence_under_the_byline_is_the_first_paragraph() -> None:
    units = _units("在城市更新中，留住老街的烟火气，才能留住人心")
    leads_under_bylines_are_body(units)
    assert units[2].block.role == BODY and units[2].paragraph_lines


def test_a_phrase_under_the_byline_is_left_to_the_headline_stages() -> None:
    units = _units("老街新颜")
    leads_under_bylines_are_body(units)
    assert units[2].block.role == TITLE

