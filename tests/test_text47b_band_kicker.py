"""A page's slogan band (two parallel phrases of one length) that the stream
drew over a headline of one tier is no kicker of it where the article's body
spells few of the band's words and more of the title's. Invented text."""

from banmian.layout.tier_reading import no_banner_title
from banmian.model import Headline

_BODY = "江城援建的医院在非洲小城开诊，当地居民说，中国医生让这里的友谊之花开得更艳。"


def test_band_over_a_title_alone_is_no_kicker() -> None:
    head = Headline(kicker="人民幸福安康 城乡繁荣吉祥", title="为中非友谊添光彩（寄给家乡的信）")
    no_banner_title(head, _BODY)
    assert (head.kicker, head.title) == (None, "为中非友谊添光彩（寄给家乡的信）")


def test_kicker_of_two_phrases_the_body_tells_of_stays() -> None:
    head = Headline(kicker="援建医院开诊 友谊之花更艳", title="为中非友谊添光彩（寄给家乡的信）")
    no_banner_title(head, _BODY)
    assert head.kicker == "援建医院开诊 友谊之花更艳"
