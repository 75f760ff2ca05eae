"""A tier ending in a verb whose object is a person (会见, 看望) goes on to the
name alone under it: the one met, no author. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, pymupdf_blocks, stream, typeset_body


def test_the_name_under_a_meeting_verb_ends_the_subtitle():
    text = stream("轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY), "江城与邻市港口合作会谈结束", "邻市市长会见",
                  "王江平", "赵冬梅", *typeset_body(PARKS))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    talks = next(a for a in articles if "江城与邻市港口合作会谈结束" in (a.headline.kicker, a.headline.title))
    assert "邻市市长会见王江平" in (talks.headline.title, talks.headline.subtitle)
    assert [b.name for b in talks.bylines] == ["赵冬梅"]
    assert [b.name for b in talks.bylines] == ["赵冬梅"]


def test_the_name_under_a_meeting_verb_in_a_headline_block_ends_the_subtitle():
    text = pymupdf_blocks(["轮渡新增两条航线"], ["本报记者 李平"], typeset_body(FERRY), ["江城与邻市港口合作会谈结束"],
                          ["邻市市长会见"], ["王江平"], ["本报记者 赵冬梅"], typeset_body(PARKS))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    talks = next(a for a in articles if "江城与邻市港口合作会谈结束" in (a.headline.kicker, a.headline.title))
    assert "邻市市长会见王江平" in (talks.headline.title, talks.headline.subtitle)
    assert [b.name for b in talks.bylines] == ["赵冬梅"]
