"""What the learned last filters share (:mod:`.namescore`, :mod:`.placescore`).

Each filter is a logistic regression whose weights and threshold ship as a
small JSON file in ``data/`` (trained on the tuning parts by a script in
``bench/``); both read a word's mentions in the article's text the same way.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from .mentions import mention_starts

#: marks that may stand right before or after a word in running text
MARKS = frozenset("，。、；：！？“”‘’（）《》—…,.;:!?()")
#: the mentions looked at (a word written more often says nothing more)
MOST_MENTIONS = 50


@lru_cache(maxsize=None)  # one entry a shipped file, read once
def model(filename: str) -> dict[str, Any]:
    """The weights, feature names and threshold of ``data/<filename>``."""
    return json.loads(files("banmian.enrich").joinpath("data", filename).read_text(encoding="utf-8"))


def probability(weights: list[float], features: list[float]) -> float:
    """The logistic model's probability that the word is what it is listed as (0 to 1)."""
    score = sum(w * x for w, x in zip(weights, features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True)
class Surroundings:
    """How ``word`` stands in the text at its first mentions: counts of the
    mentions with a mark or 的 right after or right before it, and of those
    inside a longer run (no mark on either side)."""
    starts: list[int]
    before_mark: int  # a mark right after the word
    before_de: int
    after_mark: int  # a mark right before the word
    after_de: int
    inside: int


def surroundings(word: str, text: str) -> Surroundings:
    """``word``'s first :data:`MOST_MENTIONS` mentions in ``text`` and what stands around them."""
    starts = mention_starts(word, text)[:MOST_MENTIONS] if word else []
    before_mark = before_de = after_mark = after_de = inside = 0
    for start in starts:
        prev = text[start - 1] if start else "。"
        end = start + len(word)
        nxt = text[end] if end < len(text) else "。"
        before_mark += nxt in MARKS
        before_de += nxt == "的"
        after_mark += prev in MARKS
        after_de += prev == "的"
        inside += prev not in MARKS and nxt not in MARKS
    return Surroundings(starts, before_mark, before_de, after_mark, after_de, inside)


__all__ = ["MARKS", "MOST_MENTIONS", "Surroundings", "model", "probability", "surroundings"]
