"""A subtitle of points (■ …) read back whole keeps every tier's text: with a
kicker, a title and text before the first mark there are three tiers before
the points, one more than a headline has room for. Invented text."""

from banmian.layout.tier_wording import points_to_subtitle
from banmian.model import Headline


def test_three_tiers_before_the_points_lose_no_text() -> None:
    head = Headline(kicker="新春看乡村", title="江城灯会人气旺", subtitle="年货市场红火■线上订单增长明显■景区客流创新高")
    points_to_subtitle(head)
    text = "".join(tier or "" for tier in (head.kicker, head.title, head.subtitle))
    assert text == "新春看乡村江城灯会人气旺年货市场红火■线上订单增长明显■景区客流创新高"


def test_a_title_wrapped_before_its_points_still_gives_them_as_the_subtitle() -> None:
    head = Headline(title="年货市场红火■线上订单增长", subtitle="明显■景区客流创新高")
    points_to_subtitle(head)
    assert (head.kicker, head.title, head.subtitle) == (None, "年货市场红火", "■线上订单增长明显■景区客流创新高")
