"""A learned last word on the article's name candidates (issue 11).

The hand rules of :mod:`.people` fit the tuning parts; what they let through
on other articles is mostly words LAC took for names that no rule lists. A
small logistic regression over general features of a candidate (LAC's margin
and tag counts, the name's shape, how the article mentions it, what stands
around it) scores each one; a kept name the model finds very unlikely is
dropped unless a context attests it (:func:`.people.find_people` asks). The
weights are trained on the tuning parts only by ``bench/train_name_filter.py``
and shipped as ``data/name_filter.json`` (no article text in it).
"""

from __future__ import annotations

import math

from ..names import COMPOUND_SURNAMES, NEWS_SURNAMES
from .learned import model, probability, surroundings
from .nameshapes import DOTS, TRANSLITERATION

MODEL_FILE = "name_filter.json"

#: the features, in the order of the weights
FEATURES = ("bias", "margin", "no_margin", "two_chars", "four_or_more", "dotted", "surname", "transliterated",
            "log_mentions", "log_occurrences", "attested", "spoken", "running", "listed", "titled",
            "per_share", "before_mark", "before_de", "after_mark", "after_de", "inside_longer")
#: what the name filter records while training (``find_people(records=...)``): (name, features, kept by the rules)
NameRecords = list[tuple[str, list[float], bool]]


def name_features(name: str, *, text: str, margin: float | None, mentions: int, tag_share: float,
                  attested: bool, spoken: bool, running: bool, listed: bool, titled: bool) -> list[float]:
    """The candidate's features (see :data:`FEATURES`), all cheap to compute."""
    around = surroundings(name, text)
    count = max(1, len(around.starts))
    return [1.0, max(-4.0, min(8.0, margin)) / 4 if margin is not None else 0.0, float(margin is None),
            float(len(name) == 2), float(len(name) >= 4), float(any(d in name for d in DOTS)),
            float(name[0] in NEWS_SURNAMES or name[:2] in COMPOUND_SURNAMES),
            float(all(c in TRANSLITERATION for c in name if c not in DOTS)),
            math.log1p(mentions), math.log1p(len(around.starts)), float(attested), float(spoken), float(running),
            float(listed), float(titled), tag_share, around.before_mark / count, around.before_de / count,
            around.after_mark / count, around.after_de / count, around.inside / count]


def name_probability(features: list[float]) -> float:
    """How likely the model finds the candidate a person's name (0 to 1)."""
    return probability(model(MODEL_FILE)["weights"], features)


def unlikely_name(features: list[float]) -> bool:
    """Is the candidate's probability below the threshold chosen by
    cross-validation across the tuning parts?"""
    return name_probability(features) < model(MODEL_FILE)["drop_below"]
