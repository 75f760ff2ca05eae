"""Places of issue 11 worked on in session 48 (people48: areas named by a
place that are no division). Sentences are invented."""

from __future__ import annotations

from tests.enrich_shapes import places_of as _places


def test_a_soviet_area_is_the_place_it_is_named_by() -> None:
    """某某苏区 is the place in front (a county here); 中央苏区 names no place."""
    places = _places("1931年，他从湖北被派往松滋苏区工作，后来又到中央苏区，在那里任宣传干事。")
    assert "松滋" in places
    assert not any(p.endswith("苏区") for p in places)


def test_a_river_basin_is_no_place() -> None:
    """某某流域 is no division and no place of its own."""
    assert not any(p.endswith("流域") for p in _places("降雨主要集中在大江流域和大河流域。"))
