"""PyMuPDF's blocks give each line of a column a block of its own where the
leading opens up: a paragraph's opening lines, indented and full, followed by
full lines alone that end no sentence until one does, are one paragraph of
the article, never an in-body subheading or a headline."""

from __future__ import annotations

import banmian
from banmian.layout.text_classify import classify_text_units
from banmian.layout.text_units import Unit
from banmian.model import Block, Role

PAGE = """2023年6月2日 星期五
第6版
民生

社区食堂开到家门口

社区食堂开门第一天，就来了
一百多位老人。饭菜口味清淡，
价格实惠，一荤两素只要十二
元，不少老人吃完还打包带走。

近年来，街道围绕养老服
务补短板，在辖区新建社区食

堂六家，并联合周边餐饮企业

开通送餐上门服务。

街道负责人表示，下一步还将
在食堂里开设健康讲座，让老
人吃得放心、过得舒心。
"""


def test_lines_alone_carry_on_the_paragraph_they_open():
    edition = banmian.parse_text(PAGE, enrich=False)
    assert [a.headline.title for a in edition.articles] == ["社区食堂开到家门口"]
    paragraphs = edition.articles[0].paragraphs
    assert len(paragraphs) == 3, paragraphs
    assert paragraphs[1] == "近年来，街道围绕养老服务补短板，在辖区新建社区食堂六家，并联合周边餐饮企业开通送餐上门服务。"


BODY_ABOVE = ["社区食堂开门第一天，就来了一百", "多位老人。饭菜口味清淡，价格实", "惠，一荤两素只要十二元，不少老",
              "人吃完还打包带走，直夸实惠。"]
BODY_UNDER = ["街道负责人表示，下一步还将在食", "堂里开设健康讲座和义诊活动，让", "老人吃得放心、过得舒心。"]


def test_a_kicker_over_a_bracketed_title_is_no_column_line():
    """A full line closing on a dash over one closing on a bracket: a kicker and a title, not a column's lines."""
    units = [Unit(Block(list(BODY_ABOVE), Role.OTHER)), Unit(Block(["一封来自社区食堂志愿者的信——"], Role.OTHER)),
             Unit(Block(["吃得放心，过得舒心（社区来信）"], Role.OTHER)), Unit(Block(list(BODY_UNDER), Role.OTHER))]
    classify_text_units(units)
    assert [u.block.role for u in units] == [Role.BODY, Role.TITLE, Role.TITLE, Role.BODY]
