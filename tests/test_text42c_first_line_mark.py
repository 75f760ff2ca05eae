"""A title over a paragraph's indented first line whose closing comma takes a
cell of its own (记者从…获悉，): the first line is no full column line, so the
title stands alone, a new article's, not a line of the text before it.
Invented text, as PyMuPDF's get_text gives a page (no blank lines)."""

import banmian

_FIRST = """江城日报
2026年5月6日 星期三
第2版
湖畔公园樱花盛开
本报记者 周青
周末的湖畔公园游人如织，
两百多株樱花竞相绽放，粉白
的花朵挂满枝头，吸引了不少
市民带着家人前来赏花拍照。
公园管理处介绍，今年新
增了休息座椅和指示牌，方便
游客游览，花期预计持续到月
底。
城东新建停车场投入使用
记者从市城管局日前获悉，
城东新建的立体停车场日前投
入使用，可提供停车位三百余
个，缓解周边停车难的问题。
停车场实行智能收费，市
民可以手机扫码缴费离场。
"""


def test_title_over_first_line_with_hanging_comma_opens_an_article() -> None:
    page = banmian.parse_text(_FIRST, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["湖畔公园樱花盛开", "城东新建停车场投入使用"]
    assert page.articles[1].paragraphs[0].startswith("记者从市城管局")
    assert not any("停车场投入使用" in p for p in page.articles[0].paragraphs)
