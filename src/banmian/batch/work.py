"""What a worker does with one input: read it, key it by its content, parse it, make rows.

Runs in the engine's workers (a local process or a Ray task), so it returns
only plain data: the rows of the three tables, never the model. Every input
ends as ``parsed``, ``partial`` or ``failed`` with a reason; nothing raises.
Parsing goes through :func:`banmian.pipeline.parse_one` whatever the file
type, so any source banmian.parse learns (PDF, text, images) works here too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..pipeline import ParseResult, meta_from_path, parse_one
from .rows import article_rows, page_rows

#: Bytes read at a time while hashing or copying an input.
READ_BLOCK = 1 << 20


@dataclass(slots=True)
class Options:
    """What every input of one batch is parsed with (part of the dataset's identity)."""

    paper: str | None = None
    date: str | None = None
    enrich: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"paper": self.paper, "date": self.date, "enrich": self.enrich}


@dataclass(slots=True)
class Outcome:
    """One input after its worker: status, its content key and the rows it gives."""

    source: str
    status: str
    key: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)
    #: the process that did the work (diagnostics and tests; not written to the dataset)
    worker_pid: int = 0


def is_remote(source: str) -> bool:
    """An fsspec URL (``s3://…``, ``memory://…``); ``file://`` counts as local."""
    return "://" in source and not source.startswith("file://")


def local_path(source: str) -> str:
    return source[len("file://"):] if source.startswith("file://") else source


def process_chunk(sources: list[str], options: Options) -> list[Outcome]:
    """Process a chunk of inputs in order (the unit of work an engine ships to a worker)."""
    outcomes = [process_one(source, options) for source in sources]
    for outcome in outcomes:
        outcome.worker_pid = os.getpid()
    return outcomes


def process_one(source: str, options: Options) -> Outcome:
    try:
        if is_remote(source):
            return _process_remote(source, options)
        path = Path(local_path(source))
        key = content_key(path)
    except OSError as exc:
        return Outcome(source, "failed", error=_read_error(source, exc))
    except Exception as exc:  # noqa: BLE001  a bad URL or a storage library's error: this input fails alone
        return Outcome(source, "failed", error=f"cannot read {source!r}: {type(exc).__name__}: {exc}")
    return _outcome(source, key, parse_one(path, paper=options.paper, date=options.date, enrich=options.enrich))


def content_key(path: Path) -> str:
    """The input's key: the SHA-256 of its bytes (so a renamed or copied page is the same input)."""
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder, not a page", str(path))
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _process_remote(source: str, options: Options) -> Outcome:
    """Copy an fsspec input into a private folder under its own name, then parse the copy as a
    local file, with the date and page number its URL gives (as a local path would give them)."""
    try:
        import fsspec
    except ImportError:
        return Outcome(source, "failed", error=f"reading {source!r} needs fsspec (pip install 'banmian[parquet]')")
    name = PurePosixPath(source.split("://", 1)[1]).name or "input"
    folder = tempfile.mkdtemp(prefix="banmian-batch-")
    try:
        copy = Path(folder) / name
        digest = hashlib.sha256()
        with fsspec.open(source, "rb") as remote, copy.open("wb") as local:
            while block := remote.read(READ_BLOCK):
                digest.update(block)
                local.write(block)
        date, page = meta_from_path(PurePosixPath(source.split("://", 1)[1]))
        result = parse_one(copy, paper=options.paper, date=options.date or date, page=page, enrich=options.enrich)
        result.source = source
        return _outcome(source, digest.hexdigest(), result)
    except FileNotFoundError:
        return Outcome(source, "failed", error=f"no such file: {source!r}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _outcome(source: str, key: str, result: ParseResult) -> Outcome:
    if result.edition is None:
        return Outcome(source, "failed", key=key, error=result.error or "failed", warnings=list(result.warnings))
    edition = result.edition
    return Outcome(source, result.status, key=key, warnings=list(result.warnings),
                   articles=article_rows(edition, key, source), pages=page_rows(edition, key, source))


def _read_error(source: str, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"no such file: {source!r}"
    if isinstance(exc, IsADirectoryError):
        return f"{source!r} is a folder, not a page (list the pages, or give the folder as an input)"
    return f"cannot read {source!r}: {exc.strerror or exc}"


def worker_count(requested: int | None) -> int:
    return requested if requested else max(1, min(8, os.cpu_count() or 1))
