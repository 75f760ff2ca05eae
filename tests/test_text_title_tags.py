"""A title's column tag the extractor set apart from it: alone on a line
under the title, wrapped as if a bracketed byline, or its tail opening the
body block under the title. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, pymupdf_blocks, stream, typeset_body


def test_a_series_tag_wrapped_under_its_title_closes_the_title():
    text = stream("老街居民王大妈——", "“老街就是家，要住得舒心”", "（讲述·我们的新生活", "家）",
                  *typeset_body(PARKS), "轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert "“老街就是家，要住得舒心”（讲述·我们的新生活家）" in titles
    assert not any(b.name.startswith("我们") for a in articles for b in a.bylines)


def test_the_tail_of_a_tag_opening_the_body_block_goes_back_to_the_title():
    text = pymupdf_blocks(["轮渡新增两条航线"], ["本报记者 李平"], typeset_body(FERRY),
                          ["江城新建三座公园面积四十公顷（权"], ["威发布）", *typeset_body(PARKS)])
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    parks = next(a for a in articles if (a.headline.title or "").startswith("江城新建三座公园"))
    assert parks.headline.title == "江城新建三座公园面积四十公顷（权威发布）"
    assert not parks.paragraphs[0].startswith("威发布")
