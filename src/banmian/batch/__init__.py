"""Batch runs over many pages into a Parquet dataset: local processes or Ray, resumable.

``banmian batch INPUT... --out DATASET`` (or :func:`run_batch`) parses pages in
parallel and writes three tables, partitioned by paper and year: ``articles``
(every field of the JSON contract), ``pages`` and ``failures``. Each input is
keyed by its content hash and committed exactly once, so a rerun after an
interruption does only what is left. pyarrow, fsspec and Ray are imported only
inside this package's functions, never by ``import banmian``.
"""

from __future__ import annotations

from typing import Any


def run_batch(*args: Any, **kwargs: Any) -> Any:
    """See :func:`banmian.batch.run.run_batch`."""
    from .run import run_batch as run

    return run(*args, **kwargs)


__all__ = ["run_batch"]
