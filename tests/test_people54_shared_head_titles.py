"""people54: a list of bodies before one head is one title (A、B + head + name).

某研究所、某研究所所长 is the director of both: the first item has no head of
its own and is a body of the kind the head's body is (both end in 所), so it
belongs to the title the last item's head ends (written as it stands, with the
、). An item that is a title keeps its own place in the chain; an item of
another kind (a host, a team, a place, a verb) does not join.
"""

from __future__ import annotations

from banmian.enrich.titles import titles_before


def test_two_bodies_before_one_head_make_one_title() -> None:
    tokens = [("。", "w"), ("东山海洋研究所", "ORG"), ("、", "w"), ("西湾海岸带研究所", "ORG"), ("所长", "n"),
              ("周一凡", "PER"), ("介绍", "v")]
    assert titles_before(tokens, 5) == ["东山海洋研究所、西湾海岸带研究所所长"]


def test_two_companies_after_de_before_one_head_make_one_title() -> None:
    tokens = [("坐", "v"), ("的", "u"), ("东山建材公司", "ORG"), ("、", "w"), ("西湾物流公司", "ORG"), ("总经理", "n"),
              ("马二虎", "PER"), ("说", "v")]
    assert titles_before(tokens, 6) == ["东山建材公司、西湾物流公司总经理"]


def test_an_item_of_another_kind_than_the_heads_body_does_not_join() -> None:
    """主人、某镇副镇长 and 某研究团队、某学院院长: the head names no post of the
    first item (a host, a team), which is not one of the head's bodies."""
    tokens = [("，", "w"), ("主人", "n"), ("、", "w"), ("东山镇", "LOC"), ("副镇长", "n"), ("朱二文", "PER")]
    assert titles_before(tokens, 5) == ["东山镇副镇长"]
    tokens = [("，", "w"), ("水稻", "n"), ("研究", "vn"), ("团队", "n"), ("、", "w"), ("植物科学学院", "ORG"),
              ("院长", "n"), ("严一兵", "PER")]
    assert titles_before(tokens, 7) == ["植物科学学院院长"]


def test_an_item_that_is_a_title_stays_a_title_of_its_own() -> None:
    tokens = [("，", "w"), ("全国人大", "ORG"), ("代表", "n"), ("、", "w"), ("某区法院", "ORG"), ("庭长", "n"),
              ("厉三", "PER"), ("来到", "v")]
    assert titles_before(tokens, 6) == ["全国人大代表", "某区法院庭长"]


def test_a_place_or_a_verb_before_the_pause_does_not_join() -> None:
    tokens = [("，", "w"), ("东山", "LOC"), ("、", "w"), ("西湾研究所", "ORG"), ("所长", "n"), ("周一凡", "PER")]
    assert titles_before(tokens, 5) == ["西湾研究所所长"]
    tokens = [("，", "w"), ("建设", "v"), ("、", "w"), ("西湾研究所", "ORG"), ("所长", "n"), ("周一凡", "PER")]
    assert titles_before(tokens, 5) == ["西湾研究所所长"]
