"""Text mode on PyMuPDF's real blocks (tight leading): headline tiers wrapped
over blocks, and tiers told apart by the column tag. Own sample text; see
tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def _headlines(text: str) -> list[tuple[str | None, str | None, str | None]]:
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_a_kickers_tail_in_a_block_of_its_own_goes_back_to_the_kicker():
    # the body is in real blocks; the kicker's box wrapped its last words onto a line that
    # PyMuPDF gave a block of its own (wide headline leading)
    text = _blocks(["市长在城市建设工作会议"], ["上强调"], ["加快推进公园建设步伐"], ["本报记者 林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[0] == ("市长在城市建设工作会议上强调", "加快推进公园建设步伐", None)


def test_a_titles_short_tail_that_the_body_spells_is_no_name():
    # 费开放 opens with a surname, but the body runs on through the break (市民免费开放):
    # the tail of the wrapped title, not its author
    text = _blocks(["江城新建三座公园 全部向市民免"], ["费开放"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert page.articles[0].headline.title == "江城新建三座公园 全部向市民免费开放"
    assert page.articles[0].bylines == [] and page.articles[0].paragraphs == PARKS


def test_a_tier_with_the_column_tag_under_a_plain_one_in_its_block_is_the_title():
    # title + subtitle by the block, but the second tier carries the column's tag
    # (…（城建观察）): the 主题 carries it, so the first is the kicker
    text = _blocks(["城东公园今天开放", "绿地多了 空气好了 市民乐了（城建观察）"], ["本报记者 林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[0] == ("城东公园今天开放", "绿地多了 空气好了 市民乐了（城建观察）", None)


def test_where_a_kicker_shares_its_titles_block_two_tiers_in_a_block_are_kicker_and_title():
    # the first headline's block holds a kicker sure by its words (…时强调) over its title:
    # this page's blocks do not keep tiers apart, so the second headline's two tiers are
    # read as a line stream's are (the first sets the scene: the kicker)
    text = _blocks(["市长在城市建设工作会议上强调", "加快推进公园建设步伐"], ["本报记者 林涛"], _body(PARKS),
                   ["春节前江心岛交通再添便利", "轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[1] == ("春节前江心岛交通再添便利", "轮渡新增两条航线", None)
    # without that evidence a block's second tier stays the subtitle
    text = _blocks(["市长在城市建设工作会议上强调"], ["加快推进公园建设步伐"], ["本报记者 林涛"], _body(PARKS),
                   ["春节前江心岛交通再添便利", "轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[1] == (None, "春节前江心岛交通再添便利", "轮渡新增两条航线")
