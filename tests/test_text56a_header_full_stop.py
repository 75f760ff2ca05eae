"""A body line that ends a sentence and names a page (…。（相关报道见第十二版））
is no page header: taken as the header it hid the real one printed further
down, whose pieces then ran into a headline (text mode; invented page)."""

from __future__ import annotations

import banmian

PAGE = """春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务。（相关报道见第十二版）
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
4 城市新闻
江城日报
2025年5月6日 星期二
"""


def test_a_sentence_naming_a_page_is_no_header():
    page = banmian.parse_text(PAGE, enrich=False).pages[0]
    assert page.number == 4
    assert page.section == "城市新闻"
    assert [a.headline.title for a in page.articles] == ["春季植树造林任务全面完成"]
