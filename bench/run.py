"""Run the text-mode accuracy benchmark and print one table.

    python -m bench.run [--pages N] [--seed S] [--check] [--json OUT] [--dump DIR]

Builds ``N`` benchmark pages from the real People's Daily pages in
``../shared/corpora`` (in memory, deterministically), parses each with
``banmian.parse_text`` (no enrichment), scores the articles and prints the
table. ``--check`` exits 1 naming every floor (bench/floors.py) that is missed.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import CorpusStats, find_corpus, load_pages
from .floors import FLOORS, MIN_PAGES, missed_floors
from .score import Counts, score_page
from .textpages import BenchPage, build_benchmark

DEFAULT_PAGES = 404  # every real page of the corpus
DEFAULT_SEED = 2019

Parser = Callable[[str], list[dict[str, Any]]]


def shared_dir() -> Path:
    """../shared beside the clone, or ``$BANMIAN_SHARED``."""
    override = os.environ.get("BANMIAN_SHARED")
    return Path(override) if override else Path(__file__).resolve().parents[1].parent / "shared"


def banmian_parser() -> Parser:
    """``banmian.parse_text`` without enrichment, returning the page's article dicts."""
    import banmian

    kwargs = {"enrich": False} if "enrich" in inspect.signature(banmian.parse_text).parameters else {}

    def parse(text: str) -> list[dict[str, Any]]:
        edition = banmian.parse_text(text, **kwargs)
        return [a.to_dict() for page in edition.pages for a in page.articles]

    return parse


@dataclass(slots=True)
class Report:
    """Everything one benchmark run measured."""

    pages: list[BenchPage] = field(repr=False)
    corpus: CorpusStats
    counts: Counts
    per_page: list[Counts] = field(repr=False)
    generate_seconds: float
    parse_seconds: float
    input_bytes: int
    predictions: list[list[dict[str, Any]] | None] = field(default_factory=list, repr=False)

    @property
    def metrics(self) -> dict[str, float]:
        return self.counts.metrics()

    @property
    def real_pages(self) -> int:
        return sum(1 for p in self.pages if "continuation_of" not in p.layout)

    @property
    def pages_per_second(self) -> float:
        return len(self.pages) / self.parse_seconds if self.parse_seconds else float("inf")

    @property
    def megabytes_per_second(self) -> float:
        return self.input_bytes / 1e6 / self.parse_seconds if self.parse_seconds else float("inf")


def run_benchmark(n_pages: int = DEFAULT_PAGES, seed: int = DEFAULT_SEED, shared: Path | None = None,
                  parser: Parser | None = None, hard: bool = False) -> Report:
    """Build, parse and score; raises FileNotFoundError when the corpus is absent."""
    corpus_path = find_corpus(shared or shared_dir())
    if not corpus_path.is_file():
        raise FileNotFoundError(f"benchmark corpus not found at {str(corpus_path)!r}")
    from banmian.errors import BanmianError

    parse = parser or banmian_parser()
    started = time.perf_counter()
    corpus_pages, corpus_stats = load_pages(corpus_path, hard=hard)
    pages = build_benchmark(corpus_pages, n_pages, seed)
    generated = time.perf_counter() - started
    predictions: list[list[dict[str, Any]] | None] = []
    parse_seconds = 0.0
    failures: list[str] = []
    for page in pages:
        tick = time.perf_counter()
        try:
            predicted: list[dict[str, Any]] | None = parse(page.text)
        except BanmianError as exc:
            predicted = None
            failures.append(f"{page.date} p{page.number}: {exc}")
        parse_seconds += time.perf_counter() - tick
        predictions.append(predicted)
    total = Counts()
    per_page: list[Counts] = []
    for page, predicted in zip(pages, predictions, strict=True):
        counts = score_page(page.truth, predicted or [])
        counts.failed_pages = int(predicted is None)
        per_page.append(counts)
        total.add(counts)
    total.failures = failures
    return Report(pages=pages, corpus=corpus_stats, counts=total, per_page=per_page,
                  generate_seconds=generated, parse_seconds=parse_seconds,
                  input_bytes=sum(len(p.text.encode("utf-8")) for p in pages), predictions=predictions)


def format_table(report: Report) -> str:
    """The one table: metric, value, floor, pass/fail."""
    metrics = report.metrics
    counts = report.counts
    rows: list[tuple[str, str, str, str]] = []

    def add(label: str, key: str | None, value: str | None = None) -> None:
        floor = FLOORS.get(key or "")
        shown = value if value is not None else f"{metrics[key]:.4f}" if key else ""
        verdict = "" if floor is None else ("pass" if metrics[key or ""] >= floor else "FAIL")
        rows.append((label, shown, "" if floor is None else f">= {floor}", verdict))

    add("article F1 (exact bodies)", "article_f1")
    add("  article precision", "article_precision")
    add("  article recall", "article_recall")
    add("title accuracy", "title_accuracy")
    add("kicker accuracy", "kicker_accuracy")
    add("subtitle accuracy", "subtitle_accuracy")
    add("byline + dateline accuracy", "byline_accuracy")
    add(f"caption accuracy ({counts.caption_truths} captions)", "caption_accuracy")
    add(f"continuation links ({counts.link_truths} links)", "continuation_accuracy")
    add("paragraph-boundary F1", "paragraph_boundary_f1")
    add("character accuracy", "character_accuracy")
    add("throughput, pages/s (parse only)", None, f"{report.pages_per_second:.1f}")
    add("throughput, MB/s of input text", None, f"{report.megabytes_per_second:.3f}")
    widths = [max(len(r[i]) for r in rows + [("metric", "value", "floor", "result")]) for i in range(4)]
    widths[0] += 4  # CJK-free labels, plain padding is enough
    lines = [
        f"banmian text-mode benchmark: {report.real_pages} real pages + "
        f"{len(report.pages) - report.real_pages} continuation pages, {counts.truth_articles} articles, "
        f"{counts.predicted_articles} predicted, {counts.failed_pages} pages failed to parse",
        f"corpus: {report.corpus.summary()}",
        f"generation: {len(report.pages) / report.generate_seconds:.0f} pages/s "
        f"({report.generate_seconds:.2f} s incl. loading the corpus)",
        "",
        "  ".join(h.ljust(w) for h, w in zip(("metric", "value", "floor", "result"), widths)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)


def report_json(report: Report) -> dict[str, Any]:
    """Metrics, floors, tallies and a per-page summary for finding bad pages."""
    return {
        "metrics": report.metrics,
        "floors": FLOORS,
        "missed": missed_floors(report.metrics),
        "throughput": {"pages_per_second": report.pages_per_second,
                       "megabytes_per_second": report.megabytes_per_second,
                       "parse_seconds": report.parse_seconds, "input_bytes": report.input_bytes},
        "generation": {"pages": len(report.pages), "real_pages": report.real_pages,
                       "seconds": report.generate_seconds, "corpus": report.corpus.summary()},
        "counts": report.counts.to_dict(),
        "pages": [{"index": i, "date": p.date, "number": p.number, "layout": p.layout,
                   "truth_articles": c.truth_articles, "predicted_articles": c.predicted_articles,
                   "exact_bodies": c.exact_bodies, "char_errors": c.char_errors}
                  for i, (p, c) in enumerate(zip(report.pages, report.per_page))],
    }


def dump_pages(report: Report, folder: Path) -> None:
    """Write each page's text, answer and prediction, for looking at failures."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, (page, predicted) in enumerate(zip(report.pages, report.predictions)):
        stem = folder / f"{i:04d}-{page.date}-p{page.number:02d}"
        stem.with_suffix(".txt").write_text(page.text, encoding="utf-8")
        stem.with_suffix(".truth.json").write_text(
            json.dumps({"layout": page.layout, "articles": page.truth}, ensure_ascii=False, indent=1), encoding="utf-8")
        stem.with_suffix(".pred.json").write_text(json.dumps(predicted, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=DEFAULT_PAGES, help=f"real pages to build (default {DEFAULT_PAGES})")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"layout seed (default {DEFAULT_SEED})")
    ap.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the full report as JSON")
    ap.add_argument("--dump", type=Path, metavar="DIR", help="write every page's text, answer and prediction")
    ap.add_argument("--hard", action="store_true",
                    help="keep the articles with hard constructs (in-body bylines, credits, late datelines)")
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error(f"--pages must be at least 1, got {args.pages}")
    try:
        report = run_benchmark(args.pages, args.seed, hard=args.hard)
    except FileNotFoundError as exc:
        print(f"error: {exc}; set BANMIAN_SHARED to the shared data folder", file=sys.stderr)
        return 2
    print(format_table(report))
    if args.json:
        args.json.write_text(json.dumps(report_json(report), ensure_ascii=False, indent=1), encoding="utf-8")
    if args.dump:
        dump_pages(report, args.dump)
    if args.check:
        missed = missed_floors(report.metrics)
        if args.pages < MIN_PAGES:
            missed.append(f"only {args.pages} pages: the floors need at least {MIN_PAGES}")
        for line in missed:
            print(f"floor missed: {line}", file=sys.stderr)
        return 1 if missed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
