"""Text mode: a kicker wrapped in its narrow box (……，周 / 明夫妇——) over a short
title, between two bodies set in one column width, opens a new article; it is
no in-body subheading of the body before it. A subheading's lead closed by a
dash on one line (江城，城东新公园工地—— / “……”) stays one."""

from __future__ import annotations

import banmian
from banmian.layout.subheadings import looks_like_subheading
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import typeset_body as _body


def test_a_wrapped_kicker_over_a_short_title_between_bodies_opens_an_article():
    lines = ["江城新建三座公园", *_body(PARKS + PARKS), "坚守渡口的轮渡员，周", "明夫妇——", "春节前通航",
             *_body(FERRY + FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    heads = [(a.headline.kicker, a.headline.title) for a in page.articles]
    assert heads == [(None, "江城新建三座公园"), ("坚守渡口的轮渡员，周明夫妇——", "春节前通航")]
    assert page.articles[1].paragraphs == FERRY + FERRY


def test_a_lead_closed_by_a_dash_on_one_line_over_a_quote_is_a_subheading():
    body = _body(PARKS + PARKS)
    assert looks_like_subheading(["江城，城东新公园工地——", "“每一棵树都要种得直直的”"], body, body, stream=True)
