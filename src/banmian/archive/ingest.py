"""Bulk ingest: parse pages in worker processes, store them in batched transactions.

Parsing is CPU work that scales over cores. SQLite has one writer, so pages are
parsed by a process pool while this process writes; PostgreSQL takes many, so
each worker stores what it parsed through its own connection. Pages are
committed in batches (each edition under its own savepoint, so one bad edition
never takes its neighbours down, and an interrupted run loses at most the open
batches: every edition in the archive is either complete or absent).
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ArchiveBusyError, ArchiveError, BanmianError
from ..pipeline import ParseResult, expand_inputs, parse_many
from .base import Archive
from .records import EditionRows, edition_rows

#: Pages committed per transaction; a crash loses at most this many pages of work.
BATCH_PAGES = 200
#: How much lower the parse workers' priority is than the writer's (see _lower_priority).
WORKER_NICENESS = 10
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


def _lower_priority() -> None:
    """Run workers at a lower priority: the writer (and a database server on the same
    machine) is what limits a bulk ingest, so when cores are short it should never
    wait behind parsing that is already ahead of it."""
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: parse at normal priority
        pass


def parse_results(paths: Iterable[str | os.PathLike[str]], *, backend: str, paper: str | None = None,
                  date: str | None = None, enrich: bool = True, workers: int | None = None) -> Iterator[Prepared]:
    """Each input file parsed and prepared for ``backend``, in input order, using
    ``workers`` processes (default: one per core)."""
    files = expand_inputs(paths)
    workers = _worker_count(workers)
    if workers <= 1 or len(files) < CHUNK_FILES:
        for result in parse_many(files, paper=paper, date=date, enrich=enrich):
            yield prepare(result, backend)
        return
    chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_lower_priority) as pool:
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


def store_results(archive: Archive, results: Iterable[ParseResult | Prepared], *, batch_pages: int = BATCH_PAGES,
                  progress: Callable[[ParseResult], None] | None = None) -> IngestReport:
    """Store every parsed result; failures are collected, never raised."""
    report = IngestReport()
    started = time.perf_counter()
    iterator = iter(results)
    done = False
    while not done:
        in_batch = 0
        with archive.batch():
            while in_batch < batch_pages:
                item = next(iterator, None)
                if item is None:
                    done = True
                    break
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
    url = archive.concurrent_writer_url()
    if url and _worker_count(workers) > 1 and len(files) >= CHUNK_FILES:
        report = _ingest_in_writing_workers(url, files, paper, date, enrich, _worker_count(workers), progress)
    else:
        results = parse_results(files, backend=archive.backend, paper=paper, date=date, enrich=enrich,
                                workers=workers)
        report = store_results(archive, results, progress=progress)
    report.seconds = time.perf_counter() - started
    return report


def _worker_count(workers: int | None) -> int:
    return workers if workers is not None else min(8, os.cpu_count() or 1)


#: The archive a writing worker stores into, opened once per worker process by its initializer.
_worker_archive: Archive | None = None


def _start_writing_worker(url: str) -> None:
    global _worker_archive
    _lower_priority()
    from . import open_archive

    _worker_archive = open_archive(url)


def _parse_and_store(paths: list[Path], paper: str | None, date: str | None,
                     enrich: bool) -> tuple[IngestReport, list[ParseResult]]:
    """Parse files and store them in one transaction (runs in a writing worker).

    Editions are stored in (paper, date) order, the same order in every worker, so
    two transactions adding pages of the same edition wait for each other, never in
    a cycle."""
    archive = _worker_archive
    assert archive is not None, "the worker's initializer opens the archive"
    prepared = _parse_chunk(paths, paper, date, enrich, archive.backend)
    in_order = sorted(prepared, key=lambda p: (p.rows.paper, p.rows.date) if p.rows else ("", ""))
    report = store_results(archive, in_order, batch_pages=sys.maxsize)
    return report, [p.result for p in prepared]


def _without_edition(prepared: Prepared) -> Prepared:
    prepared.result = replace(prepared.result, edition=None)
    return prepared


def _ingest_in_writing_workers(url: str, files: list[Path], paper: str | None, date: str | None, enrich: bool,
                               workers: int, progress: Callable[[ParseResult], None] | None) -> IngestReport:
    report = IngestReport()
    chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    n = len(chunks)
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_writing_worker, initargs=(url,)) as pool:
            for part, results in pool.map(_parse_and_store, chunks, [paper] * n, [date] * n, [enrich] * n):
                report.add(part)
                for result in results if progress else ():
                    progress(result)  # type: ignore[misc]
    except BrokenProcessPool as exc:
        raise ArchiveError(f"a writing worker could not start or died (is the archive reachable from it?): {exc}") \
            from None
    return report
