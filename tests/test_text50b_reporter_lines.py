"""A reporter's line drawn apart from its text (``本报记者才扬``: role and name run
together, alone on its line, the name under a rare surname) is a byline, never
a headline: read as one, it was glued to the title under it (text mode, a line
stream; invented page, one line a printed line)."""

from __future__ import annotations

import banmian

PAGE = """江城日报
2025年5月6日 星期二
3 社会
植树造林正当时
记者从市林业局获悉，今年
春季全市共完成植树造林十二
万亩，超额完成年度计划任务，
新建森林乡村三十个。
各地因地制宜选择适生树
种，把造林绿化与乡村振兴结
合起来，群众参与热情高涨。
下一步将加强新造林地的管护
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
