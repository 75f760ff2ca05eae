"""``banmian ingest DATASET --db URL``: a Parquet dataset into the SQLite or PostgreSQL archive.

Nothing is parsed again: each part file pair (pages and articles of one
partition) is read back into the model (``Page.from_dict``/``Article.from_dict``
of the rows, which are the JSON contract), turned into the archive's rows by
:func:`banmian.archive.records.edition_rows` and stored by the archive's own
store code. SQLite has one writer: worker processes make the rows, this
process stores them. PostgreSQL takes many: every worker stores through its
own connection (pages go in with COPY, see archive/postgres.py).

The PostgreSQL full-text index is either maintained while loading
(``index="maintain"``) or dropped first and built once at the end
(``index="rebuild"``); bench/batch_pg_bench.py measures both.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..archive.base import Archive
from ..archive.ingest import IngestReport, Prepared, store_results
from ..archive.records import edition_rows
from ..archive.workers import worker_pool
from ..errors import ArchiveError, BanmianError, UsageError
from ..model import Edition, Page
from ..pipeline import ParseResult
from .dataset import is_dataset
from .rows import article_dict, block_dict

INDEX_MODES = ("maintain", "rebuild")


@dataclass(slots=True, frozen=True)
class PartFiles:
    """One part of one partition: its pages file and its articles file (absent: no articles)."""

    pages: str
    articles: str | None


def part_files(root: str | os.PathLike[str]) -> Iterator[PartFiles]:
    """Every committed part's page files with their article files, in a stable order."""
    base = Path(root)
    if not is_dataset(base):
        raise UsageError(f"{str(base)!r} is not a banmian dataset (banmian batch --out writes one)")
    from .inputs import walk_files

    for path in walk_files(str(base / "pages")):
        if not path.endswith(".parquet"):
            continue
        articles = base / "articles" / Path(path).relative_to(base / "pages")
        yield PartFiles(path, str(articles) if articles.is_file() else None)


def _partition(path: str) -> tuple[str | None, int | None]:
    from urllib.parse import unquote

    from .dataset import NULL_PARTITION

    values = dict(part.split("=", 1) for part in Path(path).parts if "=" in part)
    paper = values.get("paper")
    return (None if paper in (None, NULL_PARTITION) else unquote(paper)), None


def editions_of(files: PartFiles) -> list[tuple[str, Edition]]:
    """(source, one-input edition) for every input in a part, rebuilt from its rows."""
    import pyarrow.parquet as pq

    paper, _ = _partition(files.pages)
    pages = pq.read_table(files.pages).to_pylist()
    articles = pq.read_table(files.articles).to_pylist() if files.articles else []
    by_page: dict[tuple[str, int | None], list[dict[str, Any]]] = {}
    for row in articles:
        by_page.setdefault((row["key"], row["page"]), []).append(row)
    editions: dict[str, tuple[str, Edition]] = {}
    for row in pages:
        source, edition = editions.setdefault(row["key"], (row["source"], Edition(paper=paper, date=row["date"])))
        page = Page.from_dict({"number": row["number"], "section": row["section"], "source": row["page_source"],
                               "size": row["size"], "status": row["status"], "warnings": row["warnings"],
                               "meta": {m["key"]: m["value"] for m in row["meta"] or []},
                               "articles": [article_dict(a) for a in by_page.get((row["key"], row["number"]), [])],
                               "unassigned": [block_dict(b) for b in row["unassigned"] or []]})
        page.blocks = [b for a in page.articles for b in a.blocks] + page.blocks  # the archive stores every block
        edition.pages.append(page)
    return list(editions.values())


def prepared_part(files: PartFiles, backend: str) -> list[Prepared]:
    """A part's inputs as the archive's rows (the CPU-heavy step: tokenizing for the index)."""
    out = []
    for source, edition in editions_of(files):
        result = ParseResult(source, "parsed")
        try:
            out.append(Prepared(result, edition_rows(backend, edition)))
        except BanmianError as exc:
            out.append(Prepared(result, None, str(exc)))
    return out


def load_dataset(archive: Archive, root: str | os.PathLike[str], *, workers: int | None = None,
                 index: str = "maintain") -> tuple[IngestReport, float]:
    """Store every input of the dataset at ``root`` in ``archive``; failures are reported, not raised.
    Returns the report and the seconds spent building the full-text index at the end (``rebuild``)."""
    if index not in INDEX_MODES:
        raise UsageError(f"index must be one of {', '.join(INDEX_MODES)}, got {index!r}")
    started = time.perf_counter()
    parts = list(part_files(root))  # one name per part and partition: small next to the data
    workers = workers or min(8, os.cpu_count() or 1)
    url = archive.concurrent_writer_url()
    with archive.bulk_writer_lock():
        if index == "rebuild":
            archive.suspend_search_index()
        try:
            if url and workers > 1:
                report = _load_in_writing_workers(url, parts, workers)
            elif workers > 1:
                with worker_pool(workers) as pool:
                    report = store_results(archive, _bounded_map(pool, prepared_part, parts, archive.backend,
                                                                 ahead=2 * workers))
            else:
                report = store_results(archive, (prepared_part(p, archive.backend) for p in parts))
        finally:
            if index == "rebuild":
                indexing = time.perf_counter()
                archive.restore_search_index()
                index_seconds = time.perf_counter() - indexing
            else:
                index_seconds = 0.0
    report.seconds = time.perf_counter() - started
    return report, index_seconds


def _bounded_map(pool: Any, fn: Any, parts: list[PartFiles], backend: str, ahead: int) -> Iterator[Any]:
    """``pool.map`` with at most ``ahead`` parts in flight: a slower writer never has every
    part's rows waiting in memory."""
    from collections import deque

    pending: deque[Any] = deque()
    for part in parts:
        pending.append(pool.submit(fn, part, backend))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


_worker_archive: Archive | None = None


def _open_worker_archive(url: str) -> None:
    global _worker_archive
    from ..archive import open_archive

    _worker_archive = open_archive(url)


def _store_part(files: PartFiles) -> IngestReport:
    """Read a part and store it through this worker's own connection, in one transaction."""
    archive = _worker_archive
    assert archive is not None, "the worker's initializer opens the archive"
    prepared = prepared_part(files, archive.backend)
    in_order = sorted(prepared, key=lambda p: (p.rows.paper, p.rows.date) if p.rows else ("", ""))
    return store_results(archive, [in_order], batch_pages=sys.maxsize)


def _load_in_writing_workers(url: str, parts: list[PartFiles], workers: int) -> IngestReport:
    from concurrent.futures.process import BrokenProcessPool

    report = IngestReport()
    try:
        with worker_pool(workers, _open_worker_archive, (url,)) as pool:
            for part in pool.map(_store_part, parts):
                report.add(part)
    except BrokenProcessPool as exc:
        raise ArchiveError(f"a writing worker could not start or died: {exc}") from None
    return report


__all__ = ["INDEX_MODES", "load_dataset", "part_files"]
