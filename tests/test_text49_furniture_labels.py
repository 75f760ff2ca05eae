"""A column's logo drawn with the masthead, last on the page (the header's
lines, then 深度观察), heads nothing: read as a headline it closed the last
text as that text's headline and took its title's place. A slogan banner
drawn last, beside the briefs column's label, heads nothing either (text
mode; invented page, one line a printed line, the masthead drawn last)."""

from __future__ import annotations

import banmian

REPORT = """春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
夜间公交线路再添三条
（上接第1版）
为方便市民夜间出行，市公交集团本月起新开三条夜间公交线路，
覆盖主要商圈和医院，发车间隔二十分钟，末班车延至凌晨一点。
市民可通过手机查询车辆到站时间，出行更加便捷。
（新华社江城5月6日电）
"""

LOGO_LAST = REPORT + """新建的公交站台方便市民候车　李明摄
江城日报
2025年5月6日 星期二 第2版 要闻
深度观察
"""

BANNER_LAST = REPORT + """绿水青山就是金山银山的生动实践
新闻速递
江城日报
2025年5月6日 星期二 第2版 要闻
"""


def _titles(text: str) -> list[str | None]:
    return [a.headline.title for a in banmian.parse_text(text, enrich=False).pages[0].articles]


def test_a_logo_after_the_masthead_heads_nothing():
    assert _titles(LOGO_LAST) == ["春季植树造林任务全面完成", "夜间公交线路再添三条"]


def test_a_banner_beside_a_label_at_the_end_heads_nothing():
    assert _titles(BANNER_LAST) == ["春季植树造林任务全面完成", "夜间公交线路再添三条"]
