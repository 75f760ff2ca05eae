"""A title wrapped in its box against a kicker over its title (text mode), told
by the line ends: a line ending in the modal 将 or 拟 goes on to its verb (…工程
今年将 / 正式通水); a line opening with the conjunction 暨 goes on from the one
over it (…成立大会 / 暨第一次座谈会召开). Invented text."""

from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import ends_before_verb
from tests.stream_page import tiers_after_first_report


_BODY = ["记者从市水务局获悉：西河引水", "工程主体已经完工，正在进行最", "后的调试，沿线十万居民将用上", "清洁的自来水。", "（周明）"]


def test_modal_at_line_end_goes_on_to_its_verb() -> None:
    assert wraps_on("全市医保新规今年将", "正式施行", None)
    assert wraps_on("省里拟", "新建三座水库", None)
    assert ends_before_verb("西河引水工程今年将") and ends_before_verb("三部门拟")
    assert not ends_before_verb("女排老将") and not wraps_on("女排老将", "再披战袍", None)  # 老将 closes its tier
    assert not ends_before_verb("科学家用电脑模拟")


def test_conjunction_ji_opens_no_tier() -> None:
    assert tiers_after_first_report(["市青年企业家协会成立大会", "暨第一次理事会召开"], _BODY)[1] == (
        None, "市青年企业家协会成立大会暨第一次理事会召开", None)
    assert wraps_on("市企业家协会成立大会", "暨第一次理事会召开", None)
    assert not wraps_on("校友返校", "暨南大学迎来百年校庆", None)
