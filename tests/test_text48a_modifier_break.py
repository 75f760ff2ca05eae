"""A headline line ending in the particle 的 goes on to the noun it modifies
on the next line: no tier ends on 的, so the two lines are one title wrapped
in its box, not a kicker over a title (text mode); a tier framed by 是…的
closes on it. Invented text."""

from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import ends_before_verb
from tests.stream_page import tiers_after_first_report


_BODY = ["在老城区的青石巷里，做了四十年", "木雕的周师傅每天清早开门干活，", "一把刻刀让一块块木头有了生命。", "（记者 周明）"]


def test_line_ending_in_de_goes_on() -> None:
    assert ends_before_verb("守护老城记忆的") and ends_before_verb("“小巷”里的")
    assert not ends_before_verb("终于达到目的") and not ends_before_verb("有的")
    assert not ends_before_verb("好日子都是干出来的")  # the 是…的 frame closes on 的
    assert wraps_on("守护老城记忆的", "木雕匠人（百姓故事）", None)
    assert tiers_after_first_report(["守护老城记忆的", "木雕匠人（百姓故事）"], _BODY)[1] == (
        None, "守护老城记忆的木雕匠人（百姓故事）", None)
