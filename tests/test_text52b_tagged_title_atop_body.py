"""Text mode: a title closed by its column's tag, given by the extractor as the
first lines of the body block under it, heads that body (no paragraph's first
line closes on a column's tag)."""

from __future__ import annotations

import banmian
from banmian.layout.tagged_openings import tagged_titles_off_bodies
from banmian.layout.text_units import Unit
from banmian.model import Block, Role
from tests.test_line_stream import FERRY, PARKS
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def test_a_tagged_title_wrapped_atop_its_body_block_heads_it():
    text = _blocks(["江城新建三座公园"], ["本报记者 张三"], _body(PARKS),
                   ["城东码头新添渡船"], ["轮渡新增两条航线（新春看", "乡村·一线见闻）", *_body(FERRY)])
    page = banmian.parse_text(text, enrich=False).pages[0]
    ferry = page.articles[-1]
    assert ferry.headline.title == "轮渡新增两条航线（新春看乡村·一线见闻）"
    assert ferry.headline.kicker == "城东码头新添渡船"
    assert ferry.paragraphs[0] == FERRY[0]


def test_only_a_phrase_closed_by_a_tag_is_cut_off():
    # a text's first line that says a clause, or a bracket of names, stays in the body
    for head in (["江城轮渡公司今年新增两条航线，（新春看乡村）"], ["（本报记者 张三）"], ["（新春看乡村）"]):
        unit = Unit(Block([*head, *_body(FERRY)], Role.BODY))
        units = tagged_titles_off_bodies([unit])
        assert len(units) == 1 and units[0].block.role == Role.BODY
    unit = Unit(Block(["轮渡新增两条航线（新春看乡村）", *_body(FERRY)], Role.BODY))
    title, body = tagged_titles_off_bodies([unit])
    assert (title.block.role, title.block.lines) == (Role.TITLE, ["轮渡新增两条航线（新春看乡村）"])
    assert body.block.role == Role.BODY and body.block.lines == _body(FERRY)


def test_no_cut_under_a_text_going_on_nor_in_a_leads_points():
    # a block under the body it goes on from, ending its first line on a place in brackets; a lead's
    # label and its first point ending on a bracketed word
    going_on = Unit(Block(["三年前毕业于江城大学（城南）", "海洋专业的他被安排到管理站工作。"], Role.BODY))
    units = tagged_titles_off_bodies([Unit(Block(_body(PARKS), Role.BODY)), going_on])
    assert [u.block.role for u in units] == [Role.BODY, Role.BODY]
    lead = Unit(Block(["核心阅读", "●江城在巡察村（社区）", "方面先行一步"], Role.BODY))
    assert tagged_titles_off_bodies([lead]) == [lead] and lead.block.role == Role.BODY
