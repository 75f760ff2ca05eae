"""A subtitle of points (■ …) read back whole keeps every tier's text: with a
kicker, a title and text before the first mark there are three tiers before
the points, one more than a headline has room for. Invented text."""

from banmian.layout.tier_wording import points_to_subtitle
from banmian.model import Headline


def test_three_tiers_before_the_points_lose_no_text() -> None:
    head = Headline(kicker="新春走基层", title="山城夜市人气旺", subtitle="春节消费亮眼■网络购物看点纷呈■接待游客超四亿")
    points_to_subtitle(head)
    text = "".join(tier or "" for tier in (head.kicker, head.title, head.subtitle))
    assert text == "新春走基层山城夜市人气旺春节消费亮眼■网络购物看点纷呈■接待游客超四亿"


def test_a_title_wrapped_before_its_points_still_gives_them_as_the_subtitle() -> None:
    head = Headline(title="春节消费亮眼■网络购物看点", subtitle="纷呈■接待游客超四亿")
    points_to_subtitle(head)
    assert (head.kicker, head.title, head.subtitle) == (None, "春节消费亮眼", "■网络购物看点纷呈■接待游客超四亿")
