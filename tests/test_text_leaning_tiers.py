"""Text mode: two articles' headlines meeting between their bodies, on a page
that draws most headlines after their bodies (a content-stream line stream).
The first closes the body above, the second opens the body below; the first
names its body with a word or two only, so the wording's sum alone does not
tell them apart, but each tier leans its own way. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset_body

#: a title that names its body (轮渡, 江心岛) with one pair in thirteen
_FERRY_TITLE = "寒风中守望在江心岛上的除夕夜"
_STREET_TITLE = "老街改造告别积水"


def _page() -> str:
    return stream(*typeset_body(PARKS), "江城新建三座公园", *typeset_body(FERRY), _FERRY_TITLE, _STREET_TITLE,
                  *typeset_body(STREET), "（王 平）")


def test_each_tier_leaning_to_its_own_body_parts_two_headlines():
    articles = banmian.parse_text(_page(), enrich=False).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert titles == ["江城新建三座公园", _FERRY_TITLE, _STREET_TITLE]
    assert articles[1].paragraphs[0].startswith("江城轮渡公司")
    assert articles[2].paragraphs[0].startswith("城南老街")
