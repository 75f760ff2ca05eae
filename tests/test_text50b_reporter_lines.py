"""A reporter's line drawn apart from its text (``本报记者才扬``: role and name run
together, alone on its line, the name under a rare surname) is a byline, never
a headline: read as one, it was glued to the title under it (text mode, a line
stream; invented page, one line a printed line)."""

from __future__ import annotations

import banmian

from tests.stream_page import PLANTING_NARROW

PAGE = PLANTING_NARROW + """下一步将加强新造林地的管护
工作，确保种一棵、活一棵。
本报记者才扬
山岗上的纪念馆
八十多年前，红军队伍途经
江城，在城北的山岗上留下了
一段佳话。如今，山岗上建起
了纪念馆，每年接待参观者十
余万人次，成为当地开展传统
教育的重要课堂。
讲解员小李说：“来这里的
年轻人越来越多了。”
"""


def test_a_reporters_line_over_a_headline_signs_it():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    heads = [a.headline.title for a in articles]
    assert heads == ["植树造林正当时", "山岗上的纪念馆"]
    assert [b.name for b in articles[1].bylines] == ["才扬"]
