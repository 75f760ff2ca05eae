"""Bulk ingest: parse pages in worker processes, store them in batched transactions.

Parsing is CPU work that scales over cores. SQLite has one writer, so pages are
parsed by a process pool while this process writes; PostgreSQL takes many, so
each worker stores what it parsed through its own connection. The input files
are first grouped by edition date, so that all pages of an edition fall in one
group, and a transaction only ever ends between groups: an interrupted run
leaves every edition in the archive whole or absent, however large it is. Each
file is stored under its own savepoint, so one bad file never takes its
neighbours down.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from ..errors import ArchiveBusyError, ArchiveError, BanmianError
from ..pipeline import ParseResult, expand_inputs, meta_from_path, parse, parse_many
from .base import Archive
from .records import EditionRows, edition_rows
from .workers import worker_pool

#: Pages after which a transaction is committed, at the next boundary between editions
#: (an edition is never split, so a transaction may hold more).
BATCH_PAGES = 200
#: Files per task sent to a parse worker, and tasks queued per worker ahead of the writer.
CHUNK_FILES = 8
CHUNKS_AHEAD_PER_WORKER = 4


@dataclass(slots=True)
class IngestReport:
    """What an ingest run stored and what it could not."""

    pages: int = 0
    articles: int = 0
    seconds: float = 0.0
    #: time spent writing (storing and committing), summed over the writers when several write
    store_seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        """Count in another run's figures (a worker's part); ``seconds`` stays this run's."""
        self.pages += other.pages
        self.articles += other.articles
        self.store_seconds += other.store_seconds
        self.failures.extend(other.failures)
        self.warnings.extend(other.warnings)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class Prepared:
    """One input made ready to store: its parse outcome and the edition's rows for the
    archive's backend, or why it cannot be stored. When prepared in a worker process
    the result comes back without its edition: only the rows (plain strings) are needed."""

    result: ParseResult
    rows: EditionRows | None = None
    error: str | None = None


def prepare(result: ParseResult, backend: str) -> Prepared:
    """Turn a parse result into rows for ``backend`` (the CPU-heavy part of storing)."""
    if result.edition is None:
        return Prepared(result, None, result.error or "failed")
    try:
        return Prepared(result, edition_rows(backend, result.edition))
    except ArchiveError as exc:
        return Prepared(result, None, str(exc))


def _parse_chunk(paths: list[Path], paper: str | None, date: str | None, enrich: bool,
                 backend: str) -> list[Prepared]:
    """Parse files and turn them into rows (runs in a worker; the editions stay there)."""
    return [_without_edition(prepare(result, backend))
            for result in parse_many(paths, paper=paper, date=date, enrich=enrich)]


def edition_groups(files: list[Path], *, paper: str | None = None, date: str | None = None,
                   pool: Executor | None = None) -> list[list[Path]]:
    """The files in groups that each hold whole editions, in order of first appearance.

    An edition is a paper on a date, and a file's date is the one given, else the
    one in its path, else the one its page header gives (found by parsing the file
    without enrichment first, in ``pool`` when there is one). Grouping by date is
    enough: the files of one edition all share it."""
    if date is not None or len(files) <= 1:
        return [files] if files else []
    dates = [meta_from_path(f)[0] for f in files]
    unknown = [i for i, found in enumerate(dates) if found is None]
    if unknown:
        paths = [files[i] for i in unknown]
        found_in_headers = (pool.map(_header_date, paths, [paper] * len(paths), chunksize=CHUNK_FILES) if pool
                            else map(_header_date, paths, [paper] * len(paths)))
        for i, found in zip(unknown, found_in_headers):
            dates[i] = found
    groups: dict[str | None, list[Path]] = {}
    for path, found in zip(files, dates):
        groups.setdefault(found, []).append(path)
    return list(groups.values())


def _header_date(path: Path, paper: str | None) -> str | None:
    """The date a file's own page header gives (None when it cannot be parsed: it fails again later)."""
    try:
        return parse(path, paper=paper, enrich=False).date
    except (BanmianError, OSError):
        return None


def parse_results(groups: list[list[Path]], *, backend: str, paper: str | None = None, date: str | None = None,
                  enrich: bool = True, pool: Executor | None = None, workers: int = 1) -> Iterator[Iterator[Prepared]]:
    """One iterator per group of files, yielding each file parsed and prepared for ``backend``
    in order; parsed in ``pool`` (of ``workers`` processes) when given, else here.
    Each group's iterator must be used up before the next one is taken."""
    if pool is None:
        for group in groups:
            yield (prepare(result, backend) for result in parse_many(group, paper=paper, date=date, enrich=enrich))
        return
    files = [path for group in groups for path in group]
    flat = _parsed_in_pool(pool, files, backend, paper, date, enrich, workers)
    for group in groups:
        yield islice(flat, len(group))


def _parsed_in_pool(pool: Executor, files: list[Path], backend: str, paper: str | None, date: str | None,
                    enrich: bool, workers: int) -> Iterator[Prepared]:
    chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    # a bounded window of chunks in flight: parsing may run ahead of the writer, but
    # never so far that a million-page ingest holds its rows in memory
    pending: deque[Future[list[Prepared]]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_parse_chunk, chunk, paper, date, enrich, backend))
        if len(pending) >= CHUNKS_AHEAD_PER_WORKER * workers:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def render_pdf_images(path: Path) -> dict[int, tuple[bytes, str]]:
    """PNG images of a PDF's pages by page number (1-based); empty without PyMuPDF."""
    try:
        import pymupdf  # from the pdf extra
    except ImportError:
        return {}
    images: dict[int, tuple[bytes, str]] = {}
    with pymupdf.open(path) as doc:
        for index, page in enumerate(doc, 1):
            images[index] = (page.get_pixmap(dpi=110).tobytes("png"), "image/png")
    return images


#: One input's parse outcome, or several that hold whole editions between them (a unit).
Unit = ParseResult | Prepared | Iterable[ParseResult | Prepared]


def store_results(archive: Archive, units: Iterable[Unit], *, batch_pages: int = BATCH_PAGES,
                  progress: Callable[[ParseResult], None] | None = None) -> IngestReport:
    """Store every parsed result; failures are collected, never raised.

    A transaction is committed once it holds ``batch_pages`` pages, but only between
    units: an iterable of results is stored whole in one transaction (give every
    edition's results together, and no interruption leaves half of one behind)."""
    report = IngestReport()
    started = time.perf_counter()
    iterator = iter(units)
    done = False
    while not done:
        in_batch = 0
        with archive.batch():
            while in_batch < batch_pages:
                unit = next(iterator, None)
                if unit is None:
                    done = True
                    break
                for item in [unit] if isinstance(unit, (ParseResult, Prepared)) else unit:
                    prepared = item if isinstance(item, Prepared) else prepare(item, archive.backend)
                    if progress:
                        progress(prepared.result)
                    in_batch += _store_one(archive, prepared, report)
            committing = time.perf_counter()
        report.store_seconds += time.perf_counter() - committing  # a backend may write at COMMIT
    report.seconds = time.perf_counter() - started
    return report


def _store_one(archive: Archive, prepared: Prepared, report: IngestReport) -> int:
    """Store one input into the open batch and count it in ``report``; the pages stored."""
    source = prepared.result.source
    report.warnings.extend((source, w) for w in prepared.result.warnings)
    if prepared.rows is None:
        report.failures.append((source, prepared.error or "failed"))
        return 0
    images = _images_for(source, prepared.rows)
    writing = time.perf_counter()
    try:
        report.articles += _store_retrying(archive, prepared.rows, images)
    except BanmianError as exc:
        report.failures.append((source, str(exc)))
        return 0
    finally:
        report.store_seconds += time.perf_counter() - writing
    report.pages += len(prepared.rows.pages)
    return len(prepared.rows.pages)


def _store_retrying(archive: Archive, rows: EditionRows, images: dict[int, tuple[bytes, str]],
                    attempts: int = 3) -> int:
    """Store an edition; when another writer was in the way (its savepoint rolled back,
    nothing written), try again."""
    attempt = 1
    while True:
        try:
            return archive.store(rows, images)
        except ArchiveBusyError:
            if attempt >= attempts:
                raise
            attempt += 1


def _images_for(source: str, rows: EditionRows) -> dict[int, tuple[bytes, str]]:
    if Path(source).suffix.lower() != ".pdf":
        return {}
    rendered = render_pdf_images(Path(source))
    images = {}
    for page in rows.pages:
        image = rendered.get(page.number) or (rendered.get(1) if len(rendered) == 1 else None)
        if image:
            images[page.number] = image
    return images


def ingest_paths(archive: Archive, paths: Iterable[str | os.PathLike[str]], *, paper: str | None = None,
                 date: str | None = None, enrich: bool = True, workers: int | None = None,
                 progress: Callable[[ParseResult], None] | None = None) -> IngestReport:
    """Parse the pages at ``paths`` (files or folders) and store them.

    An archive with one writer (SQLite) is written by this process while workers
    parse; one that takes concurrent writers (PostgreSQL) is written by every worker,
    each through its own connection, so storing scales with the database server's cores."""
    started = time.perf_counter()
    files = expand_inputs(paths)
    workers = _worker_count(workers)
    url = archive.concurrent_writer_url()
    options = dict(paper=paper, date=date, enrich=enrich)
    with archive.bulk_writer_lock():
        if workers <= 1 or len(files) < CHUNK_FILES:
            groups = edition_groups(files, paper=paper, date=date)
            report = store_results(archive, parse_results(groups, backend=archive.backend, **options),
                                   progress=progress)
        elif url:
            report = _ingest_in_writing_workers(url, files, workers, progress, **options)
        else:
            with worker_pool(workers) as pool:
                groups = edition_groups(files, paper=paper, date=date, pool=pool)
                units = parse_results(groups, backend=archive.backend, pool=pool, workers=workers, **options)
                report = store_results(archive, units, progress=progress)
    report.seconds = time.perf_counter() - started
    return report


def _worker_count(workers: int | None) -> int:
    return workers if workers is not None else min(8, os.cpu_count() or 1)


#: The archive a writing worker stores into, opened once per worker process by its initializer.
_worker_archive: Archive | None = None


def _open_worker_archive(url: str) -> None:
    global _worker_archive
    from . import open_archive

    _worker_archive = open_archive(url)


def _parse_and_store(paths: list[Path], paper: str | None, date: str | None,
                     enrich: bool) -> tuple[IngestReport, list[ParseResult]]:
    """Parse files and store them in one transaction (runs in a writing worker): the
    files hold whole editions, so each edition is committed whole.

    Editions are stored in (paper, date) order, the same order in every worker, so
    two transactions adding pages of the same edition wait for each other, never in
    a cycle."""
    archive = _worker_archive
    assert archive is not None, "the worker's initializer opens the archive"
    prepared = _parse_chunk(paths, paper, date, enrich, archive.backend)
    in_order = sorted(prepared, key=lambda p: (p.rows.paper, p.rows.date) if p.rows else ("", ""))
    report = store_results(archive, [in_order], batch_pages=sys.maxsize)
    return report, [p.result for p in prepared]


def _without_edition(prepared: Prepared) -> Prepared:
    prepared.result = replace(prepared.result, edition=None)
    return prepared


def _whole_group_tasks(groups: list[list[Path]], min_files: int = CHUNK_FILES) -> list[list[Path]]:
    """Groups packed into tasks of at least ``min_files`` files (the last may have fewer);
    a group is never split, so neither is an edition."""
    tasks: list[list[Path]] = []
    current: list[Path] = []
    for group in groups:
        current += group
        if len(current) >= min_files:
            tasks.append(current)
            current = []
    if current:
        tasks.append(current)
    return tasks


def _ingest_in_writing_workers(url: str, files: list[Path], workers: int,
                               progress: Callable[[ParseResult], None] | None, *, paper: str | None,
                               date: str | None, enrich: bool) -> IngestReport:
    report = IngestReport()
    try:
        with worker_pool(workers, _open_worker_archive, (url,)) as pool:
            tasks = _whole_group_tasks(edition_groups(files, paper=paper, date=date, pool=pool))
            n = len(tasks)
            for part, results in pool.map(_parse_and_store, tasks, [paper] * n, [date] * n, [enrich] * n):
                report.add(part)
                for result in results if progress else ():
                    progress(result)  # type: ignore[misc]
    except BrokenProcessPool as exc:
        raise ArchiveError(f"a writing worker could not start or died (is the archive reachable from it?): {exc}") \
            from None
    return report
