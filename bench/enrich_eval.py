"""Evaluate the enrichment stage: people and titles against hand annotations, and speed.

    python -m bench.enrich_eval [--pages N] [--show] [--kinds]

* accuracy: the seed page (tests/data/people_seed.json, names and titles with
  line ranges into ../shared/seed/maonan-page.txt), 47 People's Daily articles
  (tests/data/people_corpus.json, the rules were tuned on them) and 12 more
  annotated afterwards as a held-out check (people_corpus_heldout.json) and
  93 drawn at random for issue 11's second pass (people_corpus_dev.json) and
  85 for its third pass (people_corpus_dev3.json), 100 for its fourth
  (people_corpus_dev4.json), 100 for its fifth (people_corpus_dev5.json) and
  100 for its seventh (people_corpus_dev6.json), 100 for its eighth
  (people_corpus_dev7.json), 100 for its ninth (people_corpus_dev8.json) and
  100 for its tenth (people_corpus_dev9.json), 100 for its eleventh
  (people_corpus_dev10.json), 100 for its twelfth (people_corpus_dev11.json),
  100 for its thirteenth (people_corpus_dev12.json), 100 for its fourteenth
  (people_corpus_dev13.json), 25 for its fifteenth (people_corpus_dev14.json),
  32 for its sixteenth (people_corpus_dev15.json), 33 for its seventeenth
  (people_corpus_dev16.json), 25 for session 28 (people_corpus_dev17.json),
  25 for session 29 (people_corpus_dev18.json), 24 for session 30
  (people_corpus_dev19.json), 27 for session 31 (people_corpus_dev20.json),
  9 for session 32 (people_corpus_dev21.json):
  together the tuning part;
  the test part (people_corpus_test.json, issue 11) that no rule was tuned
  on; precision, recall and F1 of names and of (name, title) pairs,
  contributors (reporters, photographers, editors) found as people, and the
  precision of places where places are annotated (``--kinds``: error kinds);
* speed: benchmark pages (bench/textpages.py, all articles of one real page)
  parsed without enrichment, then enriched; pages per second of CPU time
  (the LAC session runs on one thread, so CPU seconds are core seconds), and
  how much of it the LAC model took (ms a page) beside the rest.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from banmian.model import Article, Edition, Page

from .run import shared_dir

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SEED_FILE = "seed/maonan-page.txt"
CORPUS_FILE = "corpora/rmrb-2019-02.jsonl.gz"
#: issue 11: annotated after the split, never looked at while tuning rules
TEST_PART = "people_corpus_test.json"
#: issue 11, second pass: new articles annotated by hand to find error classes (a tuning part)
DEV_PART = "people_corpus_dev.json"
#: issue 11, third pass: more articles annotated blind to find error classes (a tuning part)
DEV3_PART = "people_corpus_dev3.json"
#: issue 11, fourth pass (session 7): 100 more articles annotated blind to find error classes (a tuning part)
DEV4_PART = "people_corpus_dev4.json"
#: issue 11, fifth pass (session 8): 100 more articles annotated blind, scored before any rule changed (a tuning part)
DEV5_PART = "people_corpus_dev5.json"
#: issue 11, seventh pass (session 9): 100 more articles annotated blind, scored before any rule changed (a tuning part)
DEV6_PART = "people_corpus_dev6.json"
#: issue 11, eighth pass (session 10): 100 more articles annotated blind, scored before any rule changed (a tuning part)
DEV7_PART = "people_corpus_dev7.json"
#: issue 11, ninth pass (session 11): 100 more articles annotated blind, scored before any rule changed (a tuning part)
DEV8_PART = "people_corpus_dev8.json"
#: issue 11, tenth pass (session 12): 100 more articles annotated blind, scored before any rule changed (a tuning part)
DEV9_PART = "people_corpus_dev9.json"
#: issue 11, eleventh pass (session 13): 100 more articles annotated blind, 5 of each page 1-20, scored before any rule changed (a tuning part)
DEV10_PART = "people_corpus_dev10.json"
#: issue 11, twelfth pass (session 14): 100 more articles annotated blind, at most 5 a page, scored before any rule changed (a tuning part)
DEV11_PART = "people_corpus_dev11.json"
#: issue 11, thirteenth pass (session 16): 100 more articles annotated blind, at most 5 a page, scored before any rule changed (a tuning part)
DEV12_PART = "people_corpus_dev12.json"
#: issue 11, fourteenth pass (session 17): 100 more articles annotated blind, at most 5 a page, scored before any rule changed (a tuning part)
DEV13_PART = "people_corpus_dev13.json"
#: issue 11, fifteenth pass (session 18): 25 more articles annotated blind, a new seed, scored before any rule changed (a tuning part)
DEV14_PART = "people_corpus_dev14.json"
#: issue 11, sixteenth pass (session 19): 32 more articles annotated blind, a new seed, scored before any rule changed (a tuning part)
DEV15_PART = "people_corpus_dev15.json"
#: issue 11, seventeenth pass (session 20): 33 more articles annotated blind, a new seed, scored before any rule changed (a tuning part)
DEV16_PART = "people_corpus_dev16.json"
#: issue 11, session 28: 25 more articles annotated blind, a new seed, scored before any rule changed (a tuning part)
DEV17_PART = "people_corpus_dev17.json"
#: issue 11, session 29: 25 more articles annotated blind, a new seed, scored before any rule changed (a tuning part)
DEV18_PART = "people_corpus_dev18.json"
#: issue 11, session 30: 24 more articles annotated blind, a new seed, scored before any rule changed (a tuning part)
DEV19_PART = "people_corpus_dev19.json"
#: issue 11, session 31: 27 more articles annotated blind, a new seed, long feature stories, scored before any rule changed (a tuning part)
DEV20_PART = "people_corpus_dev20.json"
#: issue 11, session 32: 9 more articles annotated blind, a new seed, the long ones left, scored before any rule changed (a tuning part)
DEV21_PART = "people_corpus_dev21.json"


@dataclass
class Score:
    """Counts of one comparison; precision, recall and F1 derive from them."""

    true_positive: int = 0
    predicted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, predicted: set[Any], expected: set[Any], where: str) -> None:
        self.true_positive += len(predicted & expected)
        self.predicted += len(predicted)
        self.expected += len(expected)
        self.misses += [f"{where}: {x}" for x in sorted(map(str, expected - predicted))]
        self.extras += [f"{where}: {x}" for x in sorted(map(str, predicted - expected))]

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label:<22} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"({self.true_positive} of {self.predicted} found, {self.expected} expected)")


@dataclass
class Evaluation:
    names: Score = field(default_factory=Score)
    pairs: Score = field(default_factory=Score)
    contributors_as_people: list[str] = field(default_factory=list)
    places: Score = field(default_factory=Score)
    articles: int = 0
    #: counts of error kinds (never which article): see :func:`error_kinds`
    kinds: Counter[str] = field(default_factory=Counter)


def seed_body(lines: list[str], first: int, last: int) -> str:
    """The body text of lines ``first``..``last`` (1-based) of the seed page,
    joined like the layout stage does: no newlines, no spaces around digits."""
    text = "".join(line.strip() for line in lines[first - 1:last])
    text = re.sub(r"\s*(\d+)\s*", r"\1", text)
    return re.sub(r"^本报讯\s*", "", text)


def seed_articles(shared: Path) -> tuple[list[Article], dict[str, Any]]:
    """Articles of the seed page assembled from the annotated line ranges."""
    spec = json.loads((DATA / "people_seed.json").read_text(encoding="utf-8"))
    lines = (shared / SEED_FILE).read_text(encoding="utf-8").split("\n")
    articles = [Article(id=key, paragraphs=[seed_body(lines, *entry["lines"])])
                for key, entry in spec["articles"].items()]
    return articles, spec


def corpus_rows(shared: Path) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    with gzip.open(shared / CORPUS_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[f"{row['date']}/{row['page']:02d}/{row['seq']}"] = row
    return rows


def corpus_articles(shared: Path, name: str = "people_corpus.json") -> tuple[list[tuple[Article, str]], dict[str, Any]]:
    """The annotated corpus articles with their edition dates."""
    spec = json.loads((DATA / name).read_text(encoding="utf-8"))
    rows = corpus_rows(shared)
    missing = [key for key in spec["articles"] if key not in rows]
    if missing:
        raise SystemExit(f"annotated articles not in the corpus: {missing}")
    return [(Article(id=key, paragraphs=list(rows[key]["paragraphs"])), rows[key]["date"])
            for key in spec["articles"]], spec


def compare(article: Article, expected: dict[str, Any], result: Evaluation) -> None:
    """Add one article's people to the scores."""
    want = {name: set(titles) for name, titles, *_lines in expected["people"]}
    got = {p.name: set(p.titles) for p in article.people}
    result.names.add(set(got), set(want), article.id)
    result.pairs.add({(n, t) for n, ts in got.items() for t in ts},
                     {(n, t) for n, ts in want.items() for t in ts}, article.id)
    result.contributors_as_people += [f"{article.id}: {n}" for n in expected.get("contributors", []) if n in got]
    if "places" in expected:
        result.places.add({p.name for p in article.places}, set(expected["places"]), article.id)
        result.kinds.update(place_error_kinds({p.name for p in article.places}, set(expected["places"])))
    result.kinds.update(error_kinds(got, want))
    result.kinds.update(missing_title_kinds(got, want, "".join(article.paragraphs)))
    result.kinds.update(extra_title_kinds(got, want, "".join(article.paragraphs)))
    result.articles += 1


def error_kinds(got: dict[str, set[str]], want: dict[str, set[str]]) -> Counter[str]:
    """The kinds of one article's name and title errors, as counts only (so that
    the test part can be read in aggregate without reading its articles)."""
    kinds: Counter[str] = Counter()
    for name in set(want) - set(got):
        if any(name in g or g in name for g in got):
            kinds["name cut or run on (missed)"] += 1
        elif any(len(set(name) & set(g)) >= 2 for g in got):
            kinds["name misread (missed)"] += 1
        else:
            kinds[f"name missed, {min(len(name), 5)} chars" + (" with ·" if "·" in name else "")] += 1
    for name in set(got) - set(want):
        if any(name in w or w in name for w in want):
            kinds["name cut or run on (extra)"] += 1
        else:
            kinds[f"name extra, {min(len(name), 5)} chars"] += 1
    for name in set(got) & set(want):
        found, expected = got[name], want[name]
        for title in expected - found:
            if not found:
                kinds["title missing (person has none)"] += 1
            elif any(f.endswith(title) for f in found):
                kinds["title too long"] += 1
            elif any(title.endswith(f) for f in found):
                kinds["title too short (front dropped)"] += 1
            elif any(title in f or f in title for f in found):
                kinds["title overlaps"] += 1
            else:
                kinds["title missing (chain item or other)"] += 1
        for title in found - expected:
            if not any(title.endswith(e) or e.endswith(title) or title in e or e in title for e in expected):
                kinds["title extra (unrelated)"] += 1
    return kinds


def missing_title_kinds(got: dict[str, set[str]], want: dict[str, set[str]], text: str) -> Counter[str]:
    """Where a missed title of a found person stands against the name in the
    text (right before it, right after it, after a comma ...) and whether the
    title grammar knows its head: counts only."""
    from banmian.enrich.titles import is_title

    kinds: Counter[str] = Counter()
    for name in set(got) & set(want):
        for title in want[name] - got[name]:
            head = "known head" if is_title(title) else "unknown head"
            if title + name in text:
                where = "title+name"
            elif name + title in text:
                where = "name+title"
            elif re.search(re.escape(name) + r"[，,]\s*(?:是|系|现任|担任)?" + re.escape(title), text):
                where = "name，title"
            elif re.search(re.escape(title) + r"[^。]{0,3}" + re.escape(name), text):
                where = "title, 1-3 chars, name"
            elif title in text:
                where = "title elsewhere in text"
            else:
                where = "title not written whole (completed)"
            kinds[f"title missed: {where}, {head}"] += 1
    return kinds


def extra_title_kinds(got: dict[str, set[str]], want: dict[str, set[str]], text: str) -> Counter[str]:
    """Where a title given to a right name that the annotation does not hold
    stands against the name in the text (right before it, after 的, stated
    after it, elsewhere), and whether the person has right titles beside it:
    counts only, so that the test part's extras can be read in aggregate."""
    kinds: Counter[str] = Counter()
    for name in set(got) & set(want):
        for title in got[name] - want[name]:
            if title + name in text:
                where = "的+title+name" if "的" + title + name in text else "title+name"
            elif name + title in text:
                where = "name+title"
            elif re.search(re.escape(name) + r"[，,]?\s*(?:是|系|现任|担任|任)" + re.escape(title), text):
                where = "name+copula+title"
            elif title in text:
                where = "title elsewhere in text"
            else:
                where = "title not written whole (completed or joined)"
            beside = "beside right titles" if got[name] & want[name] else ("none wanted" if not want[name] else "wanted ones missed")
            kinds[f"title extra: {where}, {beside}"] += 1
    return kinds


def place_error_kinds(got: set[str], want: set[str]) -> Counter[str]:
    """Kinds of wrong places: a fragment of a wanted place, a wanted place run
    on, or a word with no wanted place in it (by length)."""
    kinds: Counter[str] = Counter()
    for place in got - want:
        if any(place in w for w in want):
            kinds["place extra: fragment of a wanted place"] += 1
        elif any(w in place for w in want):
            kinds["place extra: runs on a wanted place"] += 1
        else:
            kinds[f"place extra: unrelated, {min(len(place), 5)} chars, ends {place[-1]}"
                  if place[-1] in "省市县区镇乡村州国山河湖江岛" else
                  f"place extra: unrelated, {min(len(place), 5)} chars"] += 1
    return kinds


def evaluate(shared: Path) -> dict[str, Evaluation]:
    """Scores on the seed page (edition 2023-07-29) and on the corpus sample."""
    from banmian.enrich import enrich_articles

    out: dict[str, Evaluation] = {}
    articles, spec = seed_articles(shared)
    enrich_articles(articles, spec["edition_date"])
    seed = Evaluation()
    for article in articles:
        compare(article, spec["articles"][article.id], seed)
    out["seed page"] = seed

    for label, name in (("corpus sample", "people_corpus.json"), ("held-out sample", "people_corpus_heldout.json"),
                        ("dev part", DEV_PART), ("dev part, third pass", DEV3_PART),
                        ("dev part, fourth pass", DEV4_PART), ("dev part, fifth pass", DEV5_PART), ("dev part, seventh pass", DEV6_PART),
                        ("dev part, eighth pass", DEV7_PART), ("dev part, ninth pass", DEV8_PART),
                        ("dev part, tenth pass", DEV9_PART), ("dev part, eleventh pass", DEV10_PART),
                        ("dev part, twelfth pass", DEV11_PART), ("dev part, thirteenth pass", DEV12_PART),
                        ("dev part, fourteenth pass", DEV13_PART), ("dev part, fifteenth pass", DEV14_PART),
                        ("dev part, sixteenth pass", DEV15_PART), ("dev part, seventeenth pass", DEV16_PART),
                        ("dev part, session 28", DEV17_PART), ("dev part, session 29", DEV18_PART),
                        ("dev part, session 30", DEV19_PART), ("dev part, session 31", DEV20_PART),
                        ("dev part, session 32", DEV21_PART),
                        ("test part", TEST_PART)):
        result = Evaluation()
        pairs, spec = corpus_articles(shared, name)
        for article, date in pairs:
            enrich_articles([article], date)
            compare(article, spec["articles"][article.id], result)
        out[label] = result
    return out


def speed(shared: Path, n_pages: int, seed: int = 2019) -> dict[str, Any]:
    """Parse and enrichment speed on benchmark pages, in pages per CPU second."""
    import banmian
    from banmian.enrich import enrich_edition
    from banmian.enrich.lexer import get_lexer

    from .corpus import find_corpus, load_pages
    from .textpages import build_benchmark

    corpus_pages, _ = load_pages(find_corpus(shared))
    pages = build_benchmark(corpus_pages, min(n_pages, len(corpus_pages)), seed)
    enrich_edition(Edition(date="2019-02-01", pages=[Page(articles=[Article(id="warm-up", paragraphs=["国务院总理李克强出席。"])])]))
    start = time.process_time()
    editions = [banmian.parse_text(p.text, enrich=False) for p in pages]
    parse_seconds = time.process_time() - start
    for edition, page in zip(editions, pages):
        edition.date = edition.date or page.date
    model_before = get_lexer().model_seconds
    start = time.process_time()
    for edition in editions:
        enrich_edition(edition)
    enrich_seconds = time.process_time() - start
    model_seconds = get_lexer().model_seconds - model_before
    chars = sum(len(p) for e in editions for a in e.articles for p in a.paragraphs)
    return {"pages": len(pages), "chars_per_page": chars / max(1, len(pages)),
            "parse_pages_per_s": len(pages) / parse_seconds, "enrich_pages_per_s": len(pages) / enrich_seconds,
            "model_ms_per_page": 1000 * model_seconds / len(pages),
            "rest_ms_per_page": 1000 * (enrich_seconds - model_seconds) / len(pages),
            "load_average": _load_average()}


def _load_average() -> float | None:
    """The machine's one-minute load average, where the system gives one:
    the CPU seconds of the same work grow with the load of a shared machine
    (the LAC model took 33 ms a page quiet and 50-60 at load 8-12), so a
    speed figure is read beside it."""
    getloadavg = getattr(os, "getloadavg", None)
    try:
        return getloadavg()[0] if getloadavg else None
    except OSError:
        return None


def speed_line(figures: dict[str, Any]) -> str:
    """The speed figures as ``main`` prints them."""
    load = figures.get("load_average")
    return (f"speed on {figures['pages']} benchmark pages ({figures['chars_per_page']:.0f} body characters a page), "
            f"one core: parse {figures['parse_pages_per_s']:.1f} pages/s, "
            f"enrichment {figures['enrich_pages_per_s']:.1f} pages/s "
            f"(LAC model {figures['model_ms_per_page']:.1f} ms a page, the rest {figures['rest_ms_per_page']:.1f})"
            + (f"; load average {load:.1f}" if load is not None else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.enrich_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="benchmark pages for the speed test (default 200)")
    parser.add_argument("--show", action="store_true", help="list every miss and extra of the tuning part")
    parser.add_argument("--kinds", action="store_true",
                        help="count the kinds of errors of every part (aggregate counts, the test part's too)")
    parser.add_argument("--show-test", action="store_true",
                        help="with --show, the test part's too (only to check its annotations, never to tune rules)")
    args = parser.parse_args(argv)
    shared = shared_dir()
    if not (shared / CORPUS_FILE).exists():
        print(f"error: {shared / CORPUS_FILE} not found; set BANMIAN_SHARED", file=sys.stderr)
        return 2
    for label, result in evaluate(shared).items():
        print(f"{label}: {result.articles} articles")
        print("  " + result.names.line("names"))
        print("  " + result.pairs.line("(name, title) pairs"))
        print(f"  contributors found as people: {len(result.contributors_as_people)} {result.contributors_as_people}")
        if result.places.expected:
            print("  " + result.places.line("places"))
        if args.kinds:
            for kind, count in sorted(result.kinds.items(), key=lambda item: (-item[1], item[0])):
                print(f"    {count:4d}  {kind}")
        if args.show and (label != "test part" or args.show_test):
            for kind, score in (("name", result.names), ("pair", result.pairs), ("place", result.places)):
                for miss in score.misses:
                    print(f"    missed {kind} {miss}")
                for extra in score.extras:
                    print(f"    extra  {kind} {extra}")
    if args.pages <= 0:
        return 0
    print(speed_line(speed(shared, args.pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
