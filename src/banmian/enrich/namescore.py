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

import json
import math
from functools import lru_cache
from importlib.resources import files
from typing import Any

from ..names import COMPOUND_SURNAMES, NEWS_SURNAMES
from .nameshapes import DOTS, TRANSLITERATION

#: the features, in the order of the weights
FEATURES = ("bias", "margin", "no_margin", "two_chars", "four_or_more", "dotted", "surname", "transliterated",
            "log_mentions", "log_occurrences", "attested", "spoken", "running", "listed", "titled",
            "per_share", "before_mark", "before_de", "after_mark", "after_de", "inside_longer")
#: marks that may stand right before or after a name in running text
_MARKS = frozenset("，。、；：！？“”‘’（）《》—…,.;:!?()")
#: set by ``bench/train_name_filter.py`` to collect (name, features, kept by the rules) while training
RECORDER: list[tuple[str, list[float], bool]] | None = None


def name_features(name: str, *, text: str, margin: float | None, mentions: int, tag_share: float,
                  attested: bool, spoken: bool, running: bool, listed: bool, titled: bool) -> list[float]:
    """The candidate's features (see :data:`FEATURES`), all cheap to compute."""
    starts = []
    at = text.find(name)
    while at >= 0 and len(starts) < 50:
        starts.append(at)
        at = text.find(name, at + len(name))
    count = max(1, len(starts))
    before_mark = before_de = after_mark = after_de = inside = 0
    for start in starts:
        prev = text[start - 1] if start else "。"
        nxt = text[start + len(name)] if start + len(name) < len(text) else "。"
        before_mark += nxt in _MARKS
        before_de += nxt == "的"
        after_mark += prev in _MARKS
        after_de += prev == "的"
        inside += prev not in _MARKS and nxt not in _MARKS
    return [1.0, max(-4.0, min(8.0, margin)) / 4 if margin is not None else 0.0, float(margin is None),
            float(len(name) == 2), float(len(name) >= 4), float(any(d in name for d in DOTS)),
            float(name[0] in NEWS_SURNAMES or name[:2] in COMPOUND_SURNAMES),
            float(all(c in TRANSLITERATION for c in name if c not in DOTS)),
            math.log1p(mentions), math.log1p(len(starts)), float(attested), float(spoken), float(running),
            float(listed), float(titled), tag_share, before_mark / count, before_de / count, after_mark / count,
            after_de / count, inside / count]


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    return json.loads(files("banmian.enrich").joinpath("data/name_filter.json").read_text(encoding="utf-8"))


def name_probability(features: list[float]) -> float:
    """How likely the model finds the candidate a person's name (0 to 1)."""
    score = sum(w * x for w, x in zip(_model()["weights"], features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def unlikely_name(features: list[float]) -> bool:
    """Is the candidate's probability below the threshold chosen by
    cross-validation across the tuning parts?"""
    return name_probability(features) < _model()["drop_below"]
