"""Train the learned name filter (``src/banmian/enrich/data/name_filter.json``) on the tuning parts only.

    python -m bench.train_name_filter [--records FILE] [--write]

Every tuning part (the seed page and ``tests/data/people_corpus*.json``, never
``people_corpus_test.json``) is enriched with a list to record into
(``enrich_articles(name_records=...)``): each name candidate is recorded with its features and whether the rules
kept it, and labelled by the part's annotation (a person of the article or
not). A logistic regression (numpy, L2) is fitted; the threshold is chosen by
leave-one-part-out cross-validation: among the names the filter judges (kept by
the rules, attested by no context), the one dropping the most wrong names net
of right ones on the held-out parts. The
file holds the weights and the threshold only, no article text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from banmian.enrich.namescore import FEATURES

from .enrich_eval import DATA, TEST_PART, corpus_articles, seed_articles
from .run import shared_dir

MODEL_FILE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "enrich" / "data" / "name_filter.json"
#: L2 strength, chosen by the cross-validation below (0.1, 1 and 10 tried: 29, 28 and 26 wrong names dropped net
#: of right ones on the held-out parts; 1 kept: the fewest right names lost, 10 for 38 wrong ones)
L2 = 1.0


def tuning_parts() -> list[str]:
    """The annotation files of the tuning parts (the test part left out)."""
    return sorted(p.name for p in DATA.glob("people_corpus*.json") if p.name != TEST_PART)


def collect(shared: Path) -> list[dict]:
    """One record per name candidate of every tuning article."""
    from banmian.enrich import enrich_articles

    records: list[dict] = []

    def run(article, date, expected, part):
        found: list = []
        enrich_articles([article], date, name_records=found)
        want = {name for name, *_rest in expected["people"]}
        for name, features, kept in found:
            records.append({"part": part, "features": features, "kept": kept, "right": name in want})

    articles, spec = seed_articles(shared)
    for article in articles:
        run(article, spec["edition_date"], spec["articles"][article.id], "seed")
    for part in tuning_parts():
        pairs, spec = corpus_articles(shared, part)
        for article, date in pairs:
            run(article, date, spec["articles"][article.id], part)
    return records


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 300) -> np.ndarray:
    """Logistic regression by Newton's method (the bias not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def cross_validate(records: list[dict], l2: float, judge: Callable[[dict], bool] | None = None
                   ) -> list[tuple[float, int]]:
    """Leave one part out: the held-out probability of every record the filter
    judges (``judge``, by default :func:`judged`), with its label."""
    judge = judge or judged
    parts = sorted({r["part"] for r in records})
    out: list[tuple[float, int]] = []
    for part in parts:
        train = [r for r in records if r["part"] != part]
        test = [r for r in records if r["part"] == part and judge(r)]
        w = fit(np.array([r["features"] for r in train]), np.array([r["right"] for r in train], dtype=float), l2)
        for r in test:
            score = float(np.dot(w, r["features"]))
            out.append((1 / (1 + np.exp(-max(-30, min(30, score)))), int(r["right"])))
    return out


def judged(record: dict) -> bool:
    """Does the filter judge this candidate: kept by the rules, and no context
    attests it is a name (a title, a dynasty before it: :mod:`banmian.enrich.namecontext`'s cues)?"""
    return record["kept"] and not record["features"][FEATURES.index("attested")]


def best_threshold(held_out: list[tuple[float, int]], cost: float = 1.0) -> tuple[float, int, int]:
    """The threshold dropping the most wrong kept names net of right ones (each
    right one lost counting ``cost`` wrong ones), and its counts."""
    best = (0.0, 0, 0)
    for threshold in np.arange(0.02, 0.6, 0.01):
        wrong = sum(1 for p, right in held_out if p < threshold and not right)
        lost = sum(1 for p, right in held_out if p < threshold and right)
        if wrong - cost * lost > best[1] - cost * best[2]:
            best = (round(float(threshold), 2), wrong, lost)
    return best


def write_model(path: Path, features: tuple[str, ...], weights: np.ndarray, threshold: float) -> None:
    """Write the shipped model file: feature names, weights (4 decimals), threshold."""
    path.write_text(json.dumps({"features": list(features), "weights": [round(float(v), 4) for v in weights],
                                "drop_below": threshold}, indent=1) + "\n", encoding="utf-8")
    print(f"written: {path.name} (drop below {threshold})")


def fit_and_write(records: list[dict], features: tuple[str, ...], l2: float, threshold: float,
                  path: Path | None) -> None:
    """Fit the weights on every record, print them, and write the model to ``path`` (None: print only)."""
    w = fit(np.array([r["features"] for r in records]), np.array([r["right"] for r in records], dtype=float), l2)
    for name, weight in zip(features, w):
        print(f"  {name:<16} {weight:+.3f}")
    if path is not None:
        write_model(path, features, w, threshold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.train_name_filter", description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=Path, help="cache of the collected records (read if it exists, else written)")
    parser.add_argument("--write", action="store_true", help="write the model file")
    args = parser.parse_args(argv)
    if args.records and args.records.exists():
        records = json.loads(args.records.read_text())
    else:
        records = collect(shared_dir())
        if args.records:
            args.records.write_text(json.dumps(records))
    kept = [r for r in records if r["kept"]]
    print(f"{len(records)} candidates, {len(kept)} kept by the rules, {sum(not r['right'] for r in kept)} of them wrong")
    for l2 in (0.1, 1.0, 10.0):
        threshold, wrong, lost = best_threshold(cross_validate(records, l2))
        print(f"L2 {l2}: threshold {threshold}: held out, {wrong} wrong names dropped, {lost} right ones lost")
    threshold, wrong, lost = best_threshold(cross_validate(records, L2))
    fit_and_write(records, FEATURES, L2, threshold, MODEL_FILE if args.write else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
