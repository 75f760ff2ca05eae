"""A dashed subtitle's tail wrapped onto a short line of its own is no column
label. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, stream, typeset_body


def test_the_short_tail_of_a_dashed_subtitle_stays_in_it():
    text = stream("轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY), "城东公园迎来游客",
                  "——江城三座新公园建成开放首日接待游客", "两万人次", "本报记者 赵冬", *typeset_body(PARKS))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    parks = next(a for a in articles if a.headline.title == "城东公园迎来游客")
    assert parks.headline.subtitle.replace(" ", "").lstrip("—") == "江城三座新公园建成开放首日接待游客两万人次"
