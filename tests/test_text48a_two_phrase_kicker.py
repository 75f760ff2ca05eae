"""A first tier of two phrases a space apart over one clause with no space is
the kicker over its title, even where the clause gives a figure (text mode):
a 主题 of two phrases is hardly ever followed by an undashed one-clause 副题.
Invented text."""

import banmian
from banmian.layout.tier_reading import title_then_subtitle


def _page(head: list[str], body: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = (["江城日报", "第3版", "2026年4月8日 星期三", "责任编辑：赵林", "河湾公园改造完工",
              "河湾公园完成改造工程后，附近居", "民每天都来散步锻炼，老人和孩子", "们都说环境比以前好多了。", "（记者 林晓）"]
             + head + body)
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


_BODY = ["记者从市商务局获悉，一季度全市", "外贸进出口总额达到三百二十亿元", "同比增长百分之十一，创下历史同", "期新高。", "（周明）"]


def test_two_phrase_first_tier_is_the_kicker() -> None:
    assert _page(["外贸订单持续回暖 新兴市场加快发力", "一季度外贸突破三百亿元"], _BODY)[1] == (
        "外贸订单持续回暖 新兴市场加快发力", "一季度外贸突破三百亿元", None)
    assert not title_then_subtitle("游园赏灯迎新春 非遗展演添年味", "12.6万人次走进古城")


def test_two_phrase_first_tier_over_a_deck_stays_the_title() -> None:
    # a long second tier of clauses (a deck) is no title under a kicker
    assert title_then_subtitle("一季度外贸增长11% 订单回暖", "出口额达到320亿元，同比增长11%")
