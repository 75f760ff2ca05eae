"""An editors line that sets each role a space apart from its names, with
no colon (责任编辑　张三　美编　李四　校对　王五), is the page's footer: read as a
headline it headed the text after it and took that text's title's place
(text mode; invented page, the editors line drawn first)."""

from __future__ import annotations

import banmian
from banmian.layout.rules import parse_page_header
from banmian.layout.spaced_editors import spaced_editors

BODY = """春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
"""

EDITORS_FIRST = """责任编辑　林晓峰　美编　周雨桐　校对　郑可欣
江城日报
要闻
2025年5月6日 星期二
""" + BODY


def test_spaced_roles_read_as_editors():
    assert parse_page_header("责任编辑　林晓峰　美编　周雨桐　校对　郑可欣") == {
        "editors": "责任编辑：林晓峰；美编：周雨桐；校对：郑可欣"}
    assert spaced_editors("责任编辑 林晓峰") == "责任编辑：林晓峰"


def test_a_line_of_words_is_no_editors_line():
    assert spaced_editors("编辑 林晓峰") is None  # one role any line may hold
    assert spaced_editors("责任编辑 林晓峰 美编") is None  # a role with no name
    assert spaced_editors("编辑 部门 今年 完成了 各项任务") is None
    assert parse_page_header("校对 工作 已经全部完成。") is None


def test_spaced_editors_line_heads_nothing():
    page = banmian.parse_text(EDITORS_FIRST, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["春季植树造林任务全面完成"]
    assert page.meta.get("editors") == "责任编辑：林晓峰；美编：周雨桐；校对：郑可欣"
