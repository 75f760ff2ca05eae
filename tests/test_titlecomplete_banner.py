"""An autonomous banner (自治旗, Inner Mongolia's county level) is completed
like the other autonomous divisions: places.py and the title endings knew
the kind, the title completion did not (review, session 23)."""

from banmian.enrich.titlecomplete import autonomous_kind, complete_title


def test_a_banner_title_is_written_out_with_the_banner():
    assert autonomous_kind("草原湾族自治旗") == "自治旗"
    assert complete_title("自治旗旗长", {"自治旗": "草原湾族自治旗"}) == "草原湾族自治旗旗长"


def test_a_bare_kind_is_no_banner_name():
    assert autonomous_kind("自治旗") is None
