"""A headline line opening with the passive 被 goes on from the line over it
(…严重违纪违法 / 被开除党籍): a passive has its subject in the line above, so
the two lines are one tier, not a title and its subtitle; 被告, 被子 and 被褥
open words of their own. Invented text."""

from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import opens_inside_word


def test_a_line_opening_with_the_passive_goes_on() -> None:
    assert opens_inside_word("被评为全国文明城市") and wraps_on("江城老街改造工程", "被评为示范项目", None)
    assert not opens_inside_word("被告人当庭认罪") and not opens_inside_word("被褥换新")
