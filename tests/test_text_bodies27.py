"""Text mode on real extractors' output: captions and credits that must not
stay in a body, and where a brief's body ends (session 27, own sample text)."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def _parks_then_ferry(caption: list[str]) -> banmian.model.Page:
    lines = ["江城新建三座公园", *_body(PARKS), *caption, "轮渡新增两条航线", *_body(FERRY)]
    return banmian.parse_text(stream(*lines), enrich=False).pages[0]


def test_a_credit_whose_role_is_wrapped_goes_back_on_its_caption():
    # the column's width cuts the credit's role: …市民。 新华社 / 记者 王江摄
    page = _parks_then_ferry(["图为城东新公园的健身步", "道上晨练的市民。 新华社", "记者 王江摄"])
    parks = page.articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道上晨练的市民。", "王江")]
    assert parks.paragraphs == PARKS


def test_a_credit_whose_agency_is_wrapped_goes_back_on_a_short_last_caption_line():
    # the caption's last line holds two characters of text: its lines above count as the caption
    page = _parks_then_ferry(["图为新桥合龙时的施工现", "场。 王江摄（人民视", "觉）"])
    parks = page.articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为新桥合龙时的施工现场。", "王江")]
    assert parks.paragraphs == PARKS


def test_a_credit_with_its_role_closes_a_caption_cut_mid_sentence():
    # a caption set in a narrow box ends with no stop; the role and name are the credit, never its
    # text (tight leading: the caption is one block)
    text = _blocks(["江城新建三座公园"], _body(PARKS), ["图为城东新公园的健身步", "道上晨练的市 本", "报记者 王江摄"],
                   ["轮渡新增两条航线"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    parks = page.articles[0]
    assert [(c.text, c.credit) for c in parks.captions] == [("图为城东新公园的健身步道上晨练的市", "王江")]
    assert parks.paragraphs == PARKS
