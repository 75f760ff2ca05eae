"""Three headline lines, no dash: the first cut inside a word the article's
body writes whole (…全力侦 / 破、…), the second not running on into the third,
are a kicker wrapped over two lines and its title, not a kicker over a title
wrapped (text mode). Invented text."""

from banmian.model import Headline
from banmian.layout.tier_reading import reread_tiers
from tests.stream_page import tiers_after_first_report


_BODY = ["上周，江城湿地二十只候鸟被困网", "中。接到报警后，警方联合林业部", "门迅速侦破此案，各地志愿者赶到", "湿地，紧急救护受伤的候鸟。", "（记者 周明）"]
_HEAD = ["二十只候鸟被困，警方迅速侦", "破、各地紧急救护", "给候鸟一个安全的家"]


def test_kicker_cut_inside_a_word_runs_on() -> None:
    head = Headline(kicker=_HEAD[0], title=_HEAD[1], subtitle=_HEAD[2])
    reread_tiers(head, False, True, "".join(_BODY))
    assert (head.kicker, head.title, head.subtitle) == (_HEAD[0] + _HEAD[1], _HEAD[2], None)


def test_kicker_ending_on_an_office_stays() -> None:
    # a kicker may end where its title's subject starts: an office before a name
    head = Headline(kicker="某某局党组成员、副局长", title="张某严重违纪违", subtitle="法被开除党籍")
    reread_tiers(head, False, True, "经查，副局长张某严重违纪违法，决定开除其党籍。")
    assert head.kicker == "某某局党组成员、副局长"


def test_page() -> None:
    assert tiers_after_first_report(_HEAD, _BODY)[1] == (_HEAD[0] + _HEAD[1], _HEAD[2], None)
