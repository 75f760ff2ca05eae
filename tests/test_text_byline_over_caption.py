"""A content stream that draws each article body first, then its byline, its
photo's caption and credit, and its headline last: the byline belongs to the
body above it (the headline under the caption closes that body), and the body
is no headline-less article of its own."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset


def _body(dateline: str, paragraphs: list[str]) -> list[str]:
    return [line for n, p in enumerate(paragraphs) for line in typeset((dateline if n == 0 else "") + p)]


def test_a_byline_over_a_caption_and_the_closing_headline_stays_with_the_body_above():
    lines = [*_body("本报讯 ", STREET), "本报记者 王江 李明", "老街改造惠及千户居民",
             *_body("本报讯 ", PARKS), "本报记者 周华",
             "图为城东新公园的健身步道，市民清晨在步道上锻炼。", "张伟摄", "江城新建三座公园",
             *_body("本报讯 ", FERRY), "本报记者 林涛", "轮渡新增两条航线"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园", "轮渡新增两条航线"]
    parks = page.articles[1]
    assert parks.paragraphs[-1] == PARKS[-1] and [b.name for b in parks.bylines] == ["周华"]
