"""Loading a Parquet dataset into PostgreSQL: ingest rate and the server's CPU per page.

Builds a dataset of real-article text pages with ``banmian batch`` (dates moved
forward a month per cycle through the corpus, so every page is its own page
of its own edition) until it holds at least ``--articles`` articles, then loads
it into an empty PostgreSQL archive twice: with the full-text index maintained
while loading, and with it dropped and built once at the end. For each it
reports pages and articles per second and the server's CPU time per page, read
from /proc (the postmaster's own and reaped children's time plus that of its
live backends). Finally it loads the dataset into SQLite too and checks that
both backends answer the archive benchmark's queries alike: the same totals,
and the same articles wherever the hits number at most COMPARE_KEYS_UP_TO.
Each query answered differently is printed and the exit status is 1::

    python -m bench.batch_pg_bench --articles 100000 --pg postgresql://user:pw@127.0.0.1/bench

The PostgreSQL database is emptied first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from banmian.archive import open_archive
from banmian.batch.dataset import read_table
from banmian.batch.load import load_dataset
from banmian.batch.run import run_batch
from banmian.batch.work import Options

from .archive_bench import empty_target, make_queries
from .batch_bench import _page_at
from .corpus import find_corpus, load_pages
from .run import shared_dir

PAPER = "人民日报"


def write_pages(folder: Path, articles: int, seed: int = 1) -> tuple[int, int]:
    """Distinct pages as ``DATE/page-NN.txt`` until about ``articles`` articles; (pages, articles expected)."""
    corpus_pages, _ = load_pages(find_corpus(shared_dir()))
    pages = expected = index = 0
    taken: set[tuple[str, int]] = set()
    while expected < articles:
        cycle = index // len(corpus_pages)
        for page in _page_at(corpus_pages, index, seed):
            date = (dt.date.fromisoformat(page.date) + dt.timedelta(days=28 * cycle)).isoformat()
            number = page.number
            while (date, number) in taken:
                number += 1
            taken.add((date, number))
            path = folder / date / f"page-{number:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.text, encoding="utf-8")
            pages += 1
            expected += len(page.truth)
        index += 1
    return pages, expected


def server_cpu_seconds(url: str) -> float:
    """CPU seconds the PostgreSQL server has used: the postmaster (with its reaped children) and
    every live child (backends, background writers), from /proc."""
    import psycopg

    with psycopg.connect(url) as conn:  # its backend's parent is the postmaster (read while it lives)
        postmaster = int(_stat(conn.execute("SELECT pg_backend_pid()").fetchone()[0])[3])
    ticks = os.sysconf("SC_CLK_TCK")
    fields = _stat(postmaster)
    total = sum(int(x) for x in fields[13:17])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                child = _stat(int(entry.name))
            except OSError:
                continue
            if int(child[3]) == postmaster:
                total += int(child[13]) + int(child[14])
    return total / ticks


def _stat(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return [str(pid), "comm"] + text[text.rindex(")") + 2:].split()


def load_into_pg(url: str, dataset: Path, mode: str, workers: int) -> dict[str, Any]:
    empty_target(url)
    with open_archive(url) as archive:
        cpu_before, wall = server_cpu_seconds(url), time.perf_counter()
        report, index_s = load_dataset(archive, dataset, workers=workers, index=mode)
        seconds = time.perf_counter() - wall
        cpu = server_cpu_seconds(url) - cpu_before
        stats = archive.stats()
    if report.failures:
        raise SystemExit(f"{mode}: {len(report.failures)} inputs failed: {report.failures[:3]}")
    return {"index": mode, "pages": stats["pages"], "articles": stats["articles"], "seconds": round(seconds, 1),
            "index_build_s": round(index_s, 1), "pages_per_s": round(stats["pages"] / seconds, 1),
            "articles_per_s": round(stats["articles"] / seconds, 1),
            "server_cpu_s": round(cpu, 1), "server_cpu_ms_per_page": round(1000 * cpu / stats["pages"], 2)}


#: Every hit of a query is compared (paged through) when there are at most this many.
COMPARE_KEYS_UP_TO = 1000


def compare_searches(pg_url: str, sqlite_path: Path, seed: int) -> dict[str, Any]:
    """The same queries on both backends: same totals, and the same articles where they number
    at most COMPARE_KEYS_UP_TO; each query answered differently is listed."""
    with open_archive(pg_url) as pg, open_archive(str(sqlite_path)) as lite:
        dates = [e["date"] for e in lite.editions()]
        queries = make_queries(seed, lite.papers(), (min(dates), max(dates)),
                               [p["name"] for p in lite.people(limit=50)], [])
        differ = []
        compared_hits = 0
        for q in queries:
            a, b = pg.search(**q, limit=1), lite.search(**q, limit=1)
            only_pg: list[str] = []
            only_lite: list[str] = []
            if a["total"] == b["total"] <= COMPARE_KEYS_UP_TO:
                pg_keys, lite_keys = _all_keys(pg, q), _all_keys(lite, q)
                only_pg, only_lite = sorted(pg_keys - lite_keys), sorted(lite_keys - pg_keys)
                compared_hits += 1
            if a["total"] != b["total"] or only_pg or only_lite:
                differ.append({"query": q, "postgresql": a["total"], "sqlite": b["total"],
                               "only_postgresql": only_pg[:5], "only_sqlite": only_lite[:5]})
    return {"queries": len(queries), "same": len(queries) - len(differ), "hit_sets_compared": compared_hits,
            "differ": differ}


def _all_keys(archive: Any, query: dict[str, Any]) -> set[str]:
    keys: set[str] = set()
    offset = 0
    while True:
        result = archive.search(**query, limit=100, offset=offset)
        keys |= {h["key"] for h in result["hits"]}
        offset += 100
        if not result["hits"] or offset >= result["total"]:
            return keys


def build_dataset(pages_dir: Path, dataset: Path, articles: int, workers: int, seed: int) -> dict[str, Any]:
    """Pages and their dataset until it holds at least ``articles`` articles. A page's expected
    articles (the corpus's) are a little more than the parser finds, so pages are added until
    the dataset has enough; the batch, resumable, parses only the new ones."""
    pages_wanted = articles
    seconds = 0.0
    while True:
        write_pages(pages_dir, pages_wanted, seed)  # the same pages again, then more
        report = run_batch([str(pages_dir)], str(dataset), workers=workers, options=Options(paper=PAPER, enrich=False))
        if report.interrupted or report.failed:
            raise SystemExit(f"the batch did not finish: {report.summary()}")
        seconds += report.seconds
        stored = read_table(dataset, "articles", columns=["key"]).num_rows
        pages = read_table(dataset, "pages", columns=["source"]).num_rows
        if stored >= articles:
            return {"pages": pages, "articles": stored, "seconds": round(seconds, 1),
                    "pages_per_s": round(pages / seconds, 1) if seconds else None}
        pages_wanted += 2 * (articles - stored) + 10


def run(articles: int, pg_url: str, workers: int = 2, seed: int = 1, dataset: Path | None = None) -> dict[str, Any]:
    """Every figure of the benchmark (see the module's docstring)."""
    figures: dict[str, Any] = {"articles_requested": articles, "workers": workers}
    with tempfile.TemporaryDirectory(prefix="banmian-pgbench-") as tmp:
        dataset = dataset or Path(tmp) / "ds"
        pages_dir = dataset.with_name(dataset.name + "-pages")  # beside the dataset: a rerun resumes it
        figures["batch"] = build_dataset(pages_dir, dataset, articles, workers, seed)
        figures["loads"] = [load_into_pg(pg_url, dataset, mode, workers) for mode in ("maintain", "rebuild")]
        lite = Path(tmp) / "archive.db"
        with open_archive(str(lite)) as archive:
            report, _ = load_dataset(archive, dataset, workers=workers)
            stats = archive.stats()
        figures["sqlite_load"] = {"pages": stats["pages"], "articles": stats["articles"],
                                  "failures": len(report.failures), "seconds": round(report.seconds, 1),
                                  "pages_per_s": round(stats["pages"] / report.seconds, 1),
                                  "articles_per_s": round(stats["articles"] / report.seconds, 1)}
        figures["searches"] = compare_searches(pg_url, lite, seed)
    return figures


def problems(figures: dict[str, Any]) -> list[str]:
    """What this benchmark holds to; empty when all is kept."""
    out = []
    wanted, stored = figures["articles_requested"], figures["batch"]["articles"]
    for load in [*figures["loads"], {"index": "sqlite", **figures["sqlite_load"]}]:
        if (load["pages"], load["articles"]) != (figures["batch"]["pages"], stored) or load.get("failures"):
            out.append(f"{load['index']}: stored {load['pages']} pages, {load['articles']} articles of the "
                       f"dataset's {figures['batch']['pages']}, {stored}")
    if stored < wanted:
        out.append(f"the dataset holds {stored} articles, fewer than the {wanted} asked for")
    searches = figures["searches"]
    for d in searches["differ"]:
        out.append(f"query {d['query']} answered differently: PostgreSQL {d['postgresql']} hits, SQLite "
                   f"{d['sqlite']}; only PostgreSQL {d['only_postgresql']}, only SQLite {d['only_sqlite']}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("BANMIAN_TEST_PG"), help="postgresql:// URL (emptied)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dataset", type=Path, help="keep the dataset (and its pages, in DATASET-pages) here; "
                                                     "a rerun resumes it")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if not args.pg:
        print("give --pg or set BANMIAN_TEST_PG", file=sys.stderr)
        return 2
    figures = run(args.articles, args.pg, args.workers, args.seed, args.dataset)
    figures["problems"] = problems(figures)
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    for problem in figures["problems"]:
        print(problem, file=sys.stderr)
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
