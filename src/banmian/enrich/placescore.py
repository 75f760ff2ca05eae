"""A learned last word on the article's places (issue 11).

What the place rules let through on articles they were not tuned on is a long
tail (fragments of foreign names, generic words, landform words no list
knows); a small logistic regression over general features of a listed place
(LAC's margin, the gazetteer's and the world lists' word on it, its
shape, how the article writes it) drops the places it finds very unlikely.
The weights are trained on the tuning parts only by
``bench/train_place_filter.py`` and shipped as ``data/place_filter.json``.
"""

from __future__ import annotations

import math

from ..model import Place
from .gazetteer import Gazetteer
from .learned import model, probability, surroundings
from .lexer import Token, article_text
from .world import CITIES, COUNTRIES, FOREIGN_CHARS, REGIONS

FEATURES = ("bias", "margin", "no_margin", "two_chars", "four_chars", "five_or_more", "division", "resolved_path",
            "country", "city_or_region", "foreign_chars", "ends_division", "ends_landform", "log_occurrences",
            "before_mark", "inside_longer", "first_third")
_DIVISION_ENDINGS = frozenset("省市县区州镇乡村旗盟")
_LANDFORM_ENDINGS = frozenset("山河湖江岛海溪峰岭峡湾川原谷滩沟泉")
#: what the place filter records while training (``likely_places(records=...)``): (place, features)
PlaceRecords = list[tuple[str, list[float]]]
MODEL_FILE = "place_filter.json"


def place_features(place: Place, *, text: str, margin: float | None, gazetteer: Gazetteer) -> list[float]:
    """The listed place's features (see :data:`FEATURES`), all cheap to compute."""
    name = place.name
    around = surroundings(name, text)
    starts, count = around.starts, max(1, len(around.starts))
    return [1.0, max(-4.0, min(8.0, margin)) / 4 if margin is not None else 0.0, float(margin is None),
            float(len(name) == 2), float(len(name) == 4), float(len(name) >= 5),
            float(gazetteer.resolve(name) is not None), float(bool(place.division)),
            float(name in COUNTRIES), float(name in CITIES or name in REGIONS),
            sum(c in FOREIGN_CHARS for c in name) / len(name),
            float(name[-1] in _DIVISION_ENDINGS), float(name[-1] in _LANDFORM_ENDINGS), math.log1p(len(starts)),
            around.before_mark / count, around.inside / count,
            float(bool(starts) and starts[0] < len(text) / 3)]


def likely_places(places: list[Place], chunks: list[list[Token]], gazetteer: Gazetteer,
                  sureness: dict[str, float], *, records: PlaceRecords | None = None) -> list[Place]:
    """The places less those the model finds very unlikely; while training
    (``records`` given: ``bench/train_place_filter.py``), every place is
    recorded there and none dropped."""
    if not places:
        return places
    shipped = model(MODEL_FILE)
    weights, drop_below = shipped["weights"], shipped["drop_below"]
    text = article_text(chunks)
    kept: list[Place] = []
    for place in places:
        features = place_features(place, text=text, margin=sureness.get(place.name), gazetteer=gazetteer)
        if records is not None:
            records.append((place.name, features))
            kept.append(place)
            continue
        if probability(weights, features) >= drop_below:
            kept.append(place)
    return kept
