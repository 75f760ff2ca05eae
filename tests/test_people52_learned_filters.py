"""Session 52: learned last filters on name candidates and on places (issue 11).

The weights are trained on the tuning parts by ``bench/train_name_filter.py``
and ``bench/train_place_filter.py``; these tests use invented token streams
with the margins LAC might give them.
"""

import json
from importlib.resources import files

from banmian.enrich import namescore, placescore
from banmian.enrich.gazetteer import get_gazetteer
from banmian.enrich.people import find_people
from banmian.enrich.places import find_places


def _people(chunks, sureness):
    return {p.name: p.titles for p in find_people(chunks, exclude=set(), anchors={}, place_in_title=lambda t: None,
                                                  sureness=sureness)}


def test_a_word_read_once_as_a_name_at_a_small_margin_with_nothing_around_it_is_no_person():
    # 一路上，江涛响，松风起。: the rules keep 江涛响 (a surname, LAC's margin at their floor); the model does not
    chunks = [[("一路上", "n"), ("，", "w"), ("江涛响", "PER"), ("，", "w"), ("松风", "n"), ("起", "v"), ("。", "w")]]
    assert "江涛响" not in _people(chunks, {"江涛响": 0.5})


def test_a_titled_name_that_speaks_is_kept_at_the_same_margin():
    chunks = [[("村民", "n"), ("王建国", "PER"), ("说", "v"), ("，", "w"), ("路", "n"), ("通", "v"), ("了", "u"),
               ("。", "w")]]
    assert _people(chunks, {"王建国": 0.5}) == {"王建国": ["村民"]}


def _places(chunks, sureness):
    gazetteer = get_gazetteer()
    return [p.name for p in placescore.likely_places(find_places(chunks, gazetteer, sureness), chunks, gazetteer,
                                                     sureness)]


def test_a_two_character_landform_word_lac_is_unsure_of_is_no_place():
    chunks = [[("这里", "r"), ("的", "u"), ("茶山", "LOC"), ("连绵", "v"), ("起伏", "v"), ("。", "w")]]
    assert _places(chunks, {"茶山": 0.6}) == []


def test_a_continent_and_a_province_lac_is_sure_of_stay_places():
    chunks = [[("他", "r"), ("去", "v"), ("过", "u"), ("欧洲", "LOC"), ("和", "c"), ("广东省", "LOC"), ("。", "w")]]
    assert _places(chunks, {"欧洲": 4.0, "广东省": 4.0}) == ["欧洲", "广东省"]


def test_the_shipped_weights_match_the_features_and_hold_no_text():
    for name, features in (("name_filter.json", namescore.FEATURES), ("place_filter.json", placescore.FEATURES)):
        model = json.loads(files("banmian.enrich").joinpath(f"data/{name}").read_text(encoding="utf-8"))
        assert set(model) == {"features", "weights", "drop_below"}
        assert model["features"] == list(features) and len(model["weights"]) == len(features)
