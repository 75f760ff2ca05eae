"""Text mode: a kicker wrapped in its narrow box (……——) over a short title,
between two bodies set in one column width, opens a new article; it is no
in-body subheading of the body before it."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import typeset_body as _body


def test_a_wrapped_kicker_over_a_short_title_between_bodies_opens_an_article():
    lines = ["江城新建三座公园", *_body(PARKS + PARKS), "江城轮渡公司开通新", "航线——", "春节前通航",
             *_body(FERRY + FERRY)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    heads = [(a.headline.kicker, a.headline.title) for a in page.articles]
    assert heads == [(None, "江城新建三座公园"), ("江城轮渡公司开通新航线——", "春节前通航")]
    assert page.articles[0].paragraphs == PARKS + PARKS
    assert page.articles[1].paragraphs == FERRY + FERRY
