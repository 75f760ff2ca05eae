"""Bulk ingest: parse pages in worker processes, store them in batched transactions.

Parsing is CPU work that scales over cores; storing is one writer. So pages are
parsed by a process pool while this process writes, and pages are committed in
batches (each edition under its own savepoint, so one bad edition never takes
its neighbours down, and an interrupted run loses at most the open batch:
every edition in the archive is either complete or absent).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BanmianError
from ..pipeline import ParseResult, expand_inputs, parse_many
from .base import Archive, prepare_editions

#: Pages committed per transaction; a crash loses at most this many pages of work.
BATCH_PAGES = 200


@dataclass(slots=True)
class IngestReport:
    """What an ingest run stored and what it could not."""

    pages: int = 0
    articles: int = 0
    seconds: float = 0.0
    #: time spent writing (inside Archive.ingest), the rest being parsing and waiting for it
    store_seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


Prepared = tuple[ParseResult, list[list[Any]] | None]


def _parse_one(path: Path, paper: str | None, date: str | None, enrich: bool, backend: str | None) -> Prepared:
    """Parse one file and, for ``backend``, compute its index entries (runs in a worker)."""
    result = next(parse_many([path], paper=paper, date=date, enrich=enrich))
    prepared = prepare_editions(backend, result.edition) if backend and result.edition else None
    return result, prepared


def parse_results(paths: Iterable[str | os.PathLike[str]], *, paper: str | None = None, date: str | None = None,
                  enrich: bool = True, workers: int | None = None, backend: str | None = None) -> Iterator[Prepared]:
    """(parse result, index entries for ``backend`` or None) per input file, in input order,
    using ``workers`` processes (default: one per core)."""
    files = expand_inputs(paths)
    workers = workers if workers is not None else min(8, os.cpu_count() or 1)
    if workers <= 1 or len(files) < 8:
        for result in parse_many(files, paper=paper, date=date, enrich=enrich):
            yield result, None
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        n = len(files)
        yield from pool.map(_parse_one, files, [paper] * n, [date] * n, [enrich] * n, [backend] * n, chunksize=8)


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
                result, prepared = item if isinstance(item, tuple) else (item, None)
                if progress:
                    progress(result)
                report.warnings.extend((result.source, w) for w in result.warnings)
                if result.edition is None:
                    report.failures.append((result.source, result.error or "failed"))
                    continue
                images = _images_for(result)
                writing = time.perf_counter()
                try:
                    report.articles += archive.ingest(result.edition, images, prepared)
                except BanmianError as exc:
                    report.failures.append((result.source, str(exc)))
                    continue
                finally:
                    report.store_seconds += time.perf_counter() - writing
                report.pages += len(result.edition.pages)
                in_batch += len(result.edition.pages)
    report.seconds = time.perf_counter() - started
    return report


def _images_for(result: ParseResult) -> dict[int, tuple[bytes, str]]:
    source = Path(result.source)
    if source.suffix.lower() != ".pdf" or result.edition is None:
        return {}
    rendered = render_pdf_images(source)
    images = {}
    for page in result.edition.pages:
        image = rendered.get(page.number or 0) or (rendered.get(1) if len(rendered) == 1 else None)
        if image:
            images[page.number or 0] = image
    return images


def ingest_paths(archive: Archive, paths: Iterable[str | os.PathLike[str]], *, paper: str | None = None,
                 date: str | None = None, enrich: bool = True, workers: int | None = None,
                 progress: Callable[[ParseResult], None] | None = None) -> IngestReport:
    """Parse the pages at ``paths`` (files or folders) and store them."""
    started = time.perf_counter()
    results = parse_results(paths, paper=paper, date=date, enrich=enrich, workers=workers, backend=archive.backend)
    report = store_results(archive, results, progress=progress)
    report.seconds = time.perf_counter() - started
    return report
