"""A one-page line stream of two invented reports for headline tests: the
headline under test over the first report, a signed second report under it
(as a content-stream extractor gives a page: one printed line a line)."""

from __future__ import annotations

import banmian

_BODY = """本报讯 春节假期，江城各
地举办了丰富多彩的民俗活
动，舞龙舞狮、猜灯谜、逛
庙会，处处洋溢着喜庆祥和
的节日气氛。据统计，假期
全市共接待游客一百二十万
人次，同比增长百分之十二。
“今年的活动比往年更热闹，
孩子们玩得特别开心。”带着
家人来逛庙会的市民李先生
说。"""


_OTHER = """本报讯 记者从市交通运输局
获悉，今年春运期间全市道路
运输安全平稳有序，累计发送
旅客八十六万人次。为方便群
众出行，市里新开通了三条城
乡公交线路，并在各汽车站增
设了便民服务点。“现在回村
坐公交只要半个小时，比以前
方便多了。”家住青石镇的张
大爷说。"""


def stream_page(headline: str) -> banmian.Edition:
    """The page with ``headline`` (lines parted by newlines) over the first report, parsed."""
    text = "\n".join(["江城日报", "2026年3月2日 星期一 第5版", headline, _BODY,
                     "春运期间全市道路运输安全平稳", "本报记者 周远", _OTHER]) + "\n"
    return banmian.parse_text(text, enrich=False)


#: a short signed first report, one printed line a line, that the tier tests put their headline after
_FIRST_REPORT = ["河湾公园改造完工", "河湾公园完成改造工程后，附近居", "民每天都来散步锻炼，老人和孩子",
                 "们都说环境比以前好多了。", "（记者 林晓）"]


def tiers_after_first_report(head: list[str], body: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    """(kicker, title, subtitle) of every article of a page: header, a first report, then ``head`` over
    ``body`` (lines, one printed line each), as a content-stream extractor gives a page."""
    lines = ["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明", *_FIRST_REPORT, *head, *body]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


#: a page's header and a first report in wide lines, for tests that put a headline after it (text mode)
PLANTING_REPORT = """江城日报
2025年5月6日 星期二
3 社会
春季植树造林任务全面完成
记者从市林业局获悉，今年春季全市共完成植树造林十二万亩，
超额完成年度计划任务，新建森林乡村三十个。
各地因地制宜选择适生树种，把造林绿化与乡村振兴结合起来，
群众参与热情高涨。下一步将加强新造林地的管护工作。
"""

#: the same page opening, the report set in narrow lines (its last paragraph left open for more lines)
PLANTING_NARROW = """江城日报
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
"""

#: a report's text, one narrow printed line a line, to set under a headline under test
OLD_STREETS = """走进城东的老街巷，青石板路
干净整洁，墙面彩绘生动有趣，
不少居民在家门口开起了小店。
去年以来，街道对辖区内的十
二条老街巷进行了改造提升，
补齐了停车、照明等短板。
“现在出门就是风景，住着越
来越舒心了。”居民王大爷说。
"""
