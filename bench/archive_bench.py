"""Archive benchmark: ingest speed and search latency on a large archive.

Builds text-mode pages from the real People's Daily month with the benchmark
page generator (bench/textpages.py), writes them as files and ingests them
the way ``banmian ingest`` does (parse in worker processes, store in batched
transactions), repeating the month under several papers and shifted dates
until ``--articles`` articles are stored. Then it
runs a fixed, seeded set of queries (1 to 20 characters, two-character words,
multi-word, with and without filters) through ``Archive.search`` (ranking and
snippets included) and reports p50/p95/max latency::

    python -m bench.archive_bench --articles 100000 --db /tmp/bench.db
    python -m bench.archive_bench --articles 100000 --db postgresql://user:pw@127.0.0.1/bench

The target archive is emptied first. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from banmian.archive import open_archive
from banmian.archive.base import Archive
from banmian.archive.ingest import ingest_paths

from .corpus import find_corpus, load_pages
from .run import shared_dir
from .textpages import build_benchmark

PAPERS = ("人民日报", "江城日报", "海滨晚报", "山城商报", "河西日报", "北岭时报")
CJK = range(0x4E00, 0xA000)


def _is_cjk(text: str) -> bool:
    return bool(text) and all(ord(c) in CJK for c in text)


def empty_target(url: str) -> None:
    """Start from nothing: delete the SQLite file or drop the archive's tables."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS meta, editions, pages, articles, blocks, article_people, "
                         "article_search, article_search_parts CASCADE")
        return
    for suffix in ("", "-wal", "-shm"):
        Path(url + suffix).unlink(missing_ok=True)


def shifted(date: str, cycle: int) -> str:
    """The corpus month moved forward by whole 28-day blocks, one per cycle."""
    return (dt.date.fromisoformat(date) + dt.timedelta(days=28 * cycle)).isoformat()


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished children (the parse workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def write_pages(base: list[Any], folder: Path, cycle: int) -> int:
    """Write one cycle's text pages as ``DATE/page-NN.txt`` (dates shifted per cycle); returns the count."""
    taken: set[tuple[str, int]] = set()
    for bench_page in base:
        date = shifted(bench_page.date, cycle)
        number = bench_page.number
        while (date, number) in taken:  # a generated continuation page may reuse a number: take the next free one
            number += 1
        taken.add((date, number))
        (folder / date).mkdir(parents=True, exist_ok=True)
        (folder / date / f"page-{number:02d}.txt").write_text(bench_page.text, encoding="utf-8")
    return len(taken)


def build_archive(archive: Archive, target_articles: int, seed: int, enrich: bool,
                  workers: int | None) -> dict[str, Any]:
    """Ingest generated text pages through the real pipeline (parse in worker processes, store in
    batches: what ``banmian ingest`` does) until ``target_articles`` are stored."""
    corpus_pages, _ = load_pages(find_corpus(shared_dir()))
    base = build_benchmark(corpus_pages, len(corpus_pages), seed)
    seconds = store_seconds = 0.0
    pages = articles = 0
    cpu_before = cpu_seconds()
    cycle = 0
    with tempfile.TemporaryDirectory(prefix="banmian-bench-") as tmp:
        while articles < target_articles:
            paper = PAPERS[cycle % len(PAPERS)]
            folder = Path(tmp) / f"cycle-{cycle}"
            write_pages(base, folder, cycle // len(PAPERS))
            report = ingest_paths(archive, [folder], paper=paper, enrich=enrich, workers=workers)
            if report.failures:
                raise SystemExit(f"ingest failed: {report.failures[:3]}")
            seconds += report.seconds
            store_seconds += report.store_seconds
            pages += report.pages
            articles += report.articles
            shutil.rmtree(folder)
            cycle += 1
            print(f"  cycle {cycle}: {articles} articles, {pages} pages, {seconds:.1f} s "
                  f"({pages / seconds:.0f} pages/s)", file=sys.stderr)
    cpu = cpu_seconds() - cpu_before
    started = time.perf_counter()
    archive.optimize()
    optimize_s = time.perf_counter() - started
    stored = archive.stats()
    if (stored["pages"], stored["articles"]) != (pages, articles):
        raise SystemExit(f"stored {stored} but counted {pages} pages, {articles} articles")
    return {"pages": pages, "articles": articles, "seconds": round(seconds, 2), "optimize_s": round(optimize_s, 2),
            "pages_per_s": round(pages / seconds, 1), "articles_per_s": round(articles / seconds, 1),
            # the final compaction counted in: what a bulk load costs until the archive is at its best
            "pages_per_s_with_optimize": round(pages / (seconds + optimize_s), 1),
            # summed over the writers: one for SQLite, every worker for PostgreSQL (so there it can
            # exceed the wall-clock time and says little alone)
            "store_seconds": round(store_seconds, 2),
            # CPU of this process and its parse workers (not a database server's): what the machine's
            # load does not change, so it tells the rate 2 otherwise idle cores would reach
            "cpu_ms_per_page": round(1000 * cpu / pages, 2), "pages_per_s_on_2_idle_cores": round(2 * pages / cpu, 1),
            "workers": workers or "one per core", "enrich": enrich}


def make_queries(seed: int, papers: list[str], dates: tuple[str, str], people: list[str],
                 sections: list[str]) -> list[dict[str, Any]]:
    """A fixed set of queries drawn from the corpus text, seeded; each a dict of search() arguments."""
    rng = random.Random(f"archive-bench:{seed}")
    corpus_pages, _ = load_pages(find_corpus(shared_dir()))
    articles = [a for page in corpus_pages for a in page]
    titles = [a.title for a in articles if a.title]
    bodies = ["".join(a.paragraphs) for a in articles if a.paragraphs]

    def substring(texts: list[str], length: int) -> str:
        while True:
            text = rng.choice(texts)
            if len(text) <= length:
                continue
            start = rng.randrange(0, len(text) - length)
            piece = text[start:start + length]
            if _is_cjk(piece):
                return piece

    queries: list[dict[str, Any]] = []
    queries += [{"query": substring(titles, 1)} for _ in range(30)]
    queries += [{"query": substring(titles, 2)} for _ in range(40)]
    queries += [{"query": substring(bodies, 2)} for _ in range(30)]
    queries += [{"query": w} for w in ("城建", "发展", "中国", "春节", "扶贫", "改革", "脱贫", "创新", "两会", "文化")]
    queries += [{"query": substring(bodies, rng.randint(3, 6))} for _ in range(40)]
    queries += [{"query": substring(bodies, rng.randint(7, 20))} for _ in range(30)]
    queries += [{"query": substring(titles, 2) + " " + substring(bodies, 2)} for _ in range(20)]
    start, end = dates
    span = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    for i in range(50):
        q: dict[str, Any] = {"query": substring(titles if i % 2 else bodies, rng.randint(2, 4))}
        kind = i % 5
        if kind == 0:
            q["paper"] = rng.choice(papers)
        elif kind == 1:
            first = dt.date.fromisoformat(start) + dt.timedelta(days=rng.randrange(max(1, span)))
            q["date_from"], q["date_to"] = first.isoformat(), (first + dt.timedelta(days=60)).isoformat()
        elif kind == 2:
            q["page"] = rng.randint(1, 8)
            q["paper"] = rng.choice(papers)
        elif kind == 3 and sections:
            q["section"] = rng.choice(sections)
        elif people:
            q["person"] = rng.choice(people)
        else:
            q["paper"] = rng.choice(papers)
        queries.append(q)
    return queries


def run_queries(archive: Archive, queries: list[dict[str, Any]]) -> dict[str, Any]:
    """Run every query once to warm the caches, then once more timed."""
    for q in queries:
        archive.search(**q)
    times: list[float] = []
    totals: list[int] = []
    slowest: list[tuple[float, dict[str, Any]]] = []
    for q in queries:
        started = time.perf_counter()
        result = archive.search(**q)
        elapsed = (time.perf_counter() - started) * 1000
        times.append(elapsed)
        totals.append(result["total"])
        slowest.append((elapsed, q))
    times.sort()
    slowest.sort(key=lambda pair: pair[0], reverse=True)
    return {"queries": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "max_ms": round(times[-1], 2),
            "mean_ms": round(statistics.fmean(times), 2), "queries_with_hits": sum(1 for t in totals if t),
            "median_hits": statistics.median(totals),
            "slowest": [{"ms": round(ms, 1), **q} for ms, q in slowest[:15]]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles to store (default 100000)")
    parser.add_argument("--db", required=True, help="SQLite file path or postgresql:// URL (emptied first)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--enrich", action="store_true", help="run the enrichment stage while parsing")
    parser.add_argument("--workers", type=int, default=None, help="parsing processes (default one per core)")
    parser.add_argument("--reuse", action="store_true", help="keep an archive built before; only run the queries")
    parser.add_argument("--out", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if not find_corpus(shared_dir()).exists():
        print(f"the corpus is missing: {find_corpus(shared_dir())}", file=sys.stderr)
        return 2
    if not args.reuse:
        empty_target(args.db)
    figures: dict[str, Any] = {"db": "postgresql" if args.db.startswith("postgresql://") else "sqlite"}
    with open_archive(args.db) as archive:
        if not args.reuse:
            figures["ingest"] = build_archive(archive, args.articles, args.seed, args.enrich, args.workers)
        figures["archive"] = archive.stats()
        dates = [e["date"] for e in archive.editions()]
        people = [p["name"] for p in archive.people(limit=50)]
        sections = [s for s in {h["section"] for h in archive.search("日", limit=100)["hits"]} if s]
        queries = make_queries(args.seed, archive.papers(), (min(dates), max(dates)), people, sorted(sections))
        figures["queries_with_person_filter"] = sum(1 for q in queries if "person" in q)
        figures["search"] = run_queries(archive, queries)
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
