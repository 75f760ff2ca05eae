"""Text mode: headline lines run onto the end of a body, over a byline and the
next text, close the body they were cut from when no headline opens that body
(the headline over it closes its own text) and the text under the byline has
its own headline drawn after it: an article has one headline (invented units,
as a content stream gives a page that draws headlines after their bodies)."""

from __future__ import annotations

from banmian.layout.body_end_headlines import headlines_off_body_ends
from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

PARK = ["本报江城3月1日电 江城湿地公", "园今天开园，园内种下水生植物", "三十多种。"]
WAGES = ["本报江城3月1日电 春节前，新", "区工地的二百多名建筑工人领到", "了足额的工资，拖欠工资的老问", "题得到解决。"]
HEADLINE = ["针对拖欠工资老问题", "江城推广实名工资卡"]
CARS = ["近日，滨海汽车公司因尾气超标", "被罚款，这已是该公司今年第三", "次受罚。"]


def _units(over_wages: bool) -> tuple[list[Unit], dict[int, bool]]:
    units = [Unit(Block(list(PARK), BODY)), Unit(Block(["江城湿地公园开园迎客"], TITLE)),
             Unit(Block(["■ 本报记者 王小五"], BYLINE)), Unit(Block(WAGES + HEADLINE, BODY)),
             Unit(Block(["■ 本报记者 张大山 李小河"], BYLINE)), Unit(Block(list(CARS), BODY)),
             Unit(Block(["滨海汽车再吃罚单"], TITLE))]
    return units, {1: over_wages, 6: False}


def test_lines_over_a_byline_close_the_body_they_end():
    units, directions = _units(over_wages=False)
    out, turned = headlines_off_body_ends(units, directions)
    assert [u.block.role for u in out] == [BODY, TITLE, BYLINE, BODY, TITLE, TITLE, BYLINE, BODY, TITLE]
    assert out[4].block.lines == HEADLINE[:1]
    assert turned[4] is False and turned[8] is False and turned[1] is False


def test_lines_under_a_text_its_headline_opened_head_the_next_text():
    """The park's headline opens the text the lines end (drawn over it): the
    lines are the next text's headline, as before."""
    units, directions = _units(over_wages=True)
    out, turned = headlines_off_body_ends(units, directions)
    assert [u.block.role for u in out][3:6] == [BODY, TITLE, TITLE]
    assert turned.get(4, True) is True


def test_names_in_a_bracket_under_the_lines_sign_the_text():
    """（张大山 李小河） under the lines signs the text they end (a question set
    as a paragraph of its own, say): no closing headline's byline."""
    units, directions = _units(over_wages=False)
    units[4] = Unit(Block(["（张大山 李小河）"], BYLINE))
    _, turned = headlines_off_body_ends(units, directions)
    assert turned.get(4, True) is True
