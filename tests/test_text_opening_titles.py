"""Headline lines read as body where an article begins: the first item's title
under a news-brief column's heading, and a narrow headline box after a body
sent on to another page. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, pymupdf_blocks, typeset_body


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_the_first_line_under_a_brief_columns_heading_is_the_first_items_title():
    from banmian.layout.opening_titles import headlines_read_as_body
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    units = [Unit(Block(["江城快讯"], Role.TITLE)), Unit(Block(["江城市长在京会见邻市代表团"], Role.BODY)),
             Unit(Block(typeset_body(FERRY), Role.BODY))]
    headlines_read_as_body(units)
    assert [u.role for u in units] == [Role.TITLE, Role.TITLE, Role.BODY]
    # a line with a clause mark under the heading is the item's text
    units[1] = Unit(Block(["江城市长日前在京，会见邻市"], Role.BODY))
    headlines_read_as_body(units)
    assert units[1].role == Role.BODY


def test_a_narrow_box_after_a_body_sent_on_is_a_headline():
    text = pymupdf_blocks(["轮渡新增两条航线"], ["本报记者 李平"], typeset_body(FERRY), ["（下转第3版）"],
                          ["园林局发文", "城东公园纳入绿", "地考核体系"], ["本报记者 赵冬"], typeset_body(PARKS))
    titles = _titles(text)
    assert any(t and t.endswith("城东公园纳入绿地考核体系") for t in titles)
