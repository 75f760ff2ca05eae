"""A dateline set alone on its line (本报江城3月3日电, the text on the next
line) under a headline drawn after the body before it: it opens the next body
and is no tail of the headline over it."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset


def _body(dateline: str, paragraphs: list[str]) -> list[str]:
    # the dateline and a space fill the indented first line: the text starts on the next one
    return [dateline] + [line for p in paragraphs for line in typeset(p)]


def test_a_dateline_alone_under_a_closing_headline_opens_the_next_body():
    lines = [*_body("本报江城3月2日电", STREET), "本报记者 王江 李明", "老街改造惠及千户居民",
             *_body("本报江城3月3日电", PARKS), "本报记者 周华", "江城新建三座公园",
             *_body("本报江城3月4日电", FERRY), "本报记者 林涛", "轮渡新增两条航线"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [(a.headline.title, a.dateline) for a in page.articles] == [
        ("老街改造惠及千户居民", "本报江城3月2日电"), ("江城新建三座公园", "本报江城3月3日电"),
        ("轮渡新增两条航线", "本报江城3月4日电")]
