"""A narrow headline box whose first line the extractor cut into a block of
its own (tight leading): the line is as wide as the box and fills it, so it is
the box's first line, not a tier. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, pymupdf_blocks, stream, typeset_body


def test_the_first_line_of_a_kickers_box_cut_off_joins_its_box():
    text = pymupdf_blocks(["轮渡新增两条航线"], ["本报记者 李平"], typeset_body(FERRY),
                          ["王江平强调聚焦"], ["城东公园建设重", "点任务推进"], ["全面建成三座城", "东公园方便居", "民休闲"],
                          ["本报记者 赵冬"], typeset_body(PARKS))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    parks = next(a for a in articles if (a.headline.title or "").startswith("全面建成"))
    assert parks.headline.kicker == "王江平强调聚焦城东公园建设重点任务推进"
    assert parks.headline.title == "全面建成三座城东公园方便居民休闲"


def test_a_kicker_as_wide_as_its_titles_box_stays_a_kicker():
    # no tier under the title's box: the line over it is its kicker, not its first line
    text = pymupdf_blocks(["轮渡新增两条航线"], ["本报记者 李平"], typeset_body(FERRY),
                          ["园林局发布新规"], ["规范城东公园的", "服务管理"], ["本报记者 赵冬"], typeset_body(PARKS))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    parks = next(a for a in articles if (a.headline.title or "").endswith("服务管理"))
    assert (parks.headline.kicker, parks.headline.title) == ("园林局发布新规", "规范城东公园的服务管理")


def test_a_wide_kicker_over_its_title_in_one_block_is_no_wrap():
    from banmian.layout.text_headlines import rejoin_wrapped_headlines
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    # the lead restates the headline and runs on through the break (…副局长张江…): still two tiers
    lead = ("本报江城2月2日电  日前，经市委批准，市纪委监委对原江城市园林管理局党组成员、副局长张江严重违纪违法"
            "问题进行了立案调查处理。")
    units = [Unit(Block(["原江城市园林管理局党组成员、副局长", "张江严重违纪违法被开除党籍"], Role.TITLE)),
             Unit(Block(typeset_body([lead, *PARKS]), Role.BODY))]
    out = rejoin_wrapped_headlines(units, stream=False)
    assert out[0].lines == ["原江城市园林管理局党组成员、副局长", "张江严重违纪违法被开除党籍"]


def test_a_kickers_dash_inside_a_narrow_box_ends_the_kicker():
    """Kicker and title wrapped in one narrow box (a side headline): the line
    that ends in the kicker's lead-in dash closes the kicker, the lines after
    it are the title, however evenly the box's lines fill it."""
    from banmian.layout.text_headlines import rejoin_wrapped_headlines
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    box = ["江城东湖公园管理", "处处长李明远——", "“公园建得真不错，", "市民说了才算数”"]
    units = [Unit(Block(box, Role.TITLE)), Unit(Block(typeset_body(PARKS), Role.BODY))]
    assert rejoin_wrapped_headlines(units, True)[0].lines == ["江城东湖公园管理处处长李明远——", "“公园建得真不错，市民说了才算数”"]
    text = pymupdf_blocks(["轮渡新增两条航线"], ["本报记者 李平"], typeset_body(FERRY), box, typeset_body(PARKS))
    parks = banmian.parse_text(text, enrich=False).pages[0].articles[-1]
    assert (parks.headline.kicker, parks.headline.title) == ("江城东湖公园管理处处长李明远——", "“公园建得真不错，市民说了才算数”")
