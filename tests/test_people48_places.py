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


def test_a_village_made_of_a_word_and_a_unit_opening_the_next_word_is_no_place() -> None:
    """建起/LOC + 村/n + 两委: the unit opens the next word (村两委), and LAC was unsure
    of the word before it as a place: no village 建起村."""
    assert not any(p.endswith("村") for p in _places("县里拨款建起村两委办公室、卫生室。"))


def test_a_village_after_its_county_stays_however_unsure() -> None:
    """某县 + 某某/LOC + 村 + 农民: after its county the word is that county's village."""
    assert "架其村" in _places("在吉林省通榆县架其村农民家里，记者看到了新粮仓。")


def test_a_direction_before_an_ocean_names_its_part() -> None:
    """西/LOC + 太平洋: the western Pacific as written; 中东/LOC + 太平洋 before it is
    the ocean's central east, not the Middle East."""
    assert _places("舰队赴西太平洋远洋训练。") == ["西太平洋"]
    assert "中东" not in _places("监测显示，赤道中东太平洋海温近期偏高。")
