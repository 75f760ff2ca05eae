"""A first tier of two phrases a space apart over one clause with no space is
the kicker over its title, even where the clause gives a figure (text mode):
a 主题 of two phrases is hardly ever followed by an undashed one-clause 副题.
Invented text."""

from banmian.layout.tier_reading import title_then_subtitle
from tests.stream_page import tiers_after_first_report


_BODY = ["记者从市商务局获悉，一季度全市", "外贸进出口总额达到三百二十亿元", "同比增长百分之十一，创下历史同", "期新高。", "（周明）"]


def test_two_phrase_first_tier_is_the_kicker() -> None:
    assert tiers_after_first_report(["外贸订单持续回暖 新兴市场加快发力", "一季度外贸突破三百亿元"], _BODY)[1] == (
        "外贸订单持续回暖 新兴市场加快发力", "一季度外贸突破三百亿元", None)
    assert not title_then_subtitle("游园赏灯迎新春 非遗展演添年味", "12.6万人次走进古城")


def test_two_phrase_first_tier_over_a_deck_stays_the_title() -> None:
    # a long second tier of clauses (a deck) is no title under a kicker
    assert title_then_subtitle("一季度外贸增长11% 订单回暖", "出口额达到320亿元，同比增长11%")
