"""The archive: editions stored in SQLite (default) or PostgreSQL, searchable.

``open_archive("banmian.db")`` or ``open_archive("postgresql://...")`` gives an
:class:`Archive`; both backends behave the same and pass the same tests.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ArchiveError, UsageError
from .base import Archive

DEFAULT_DB = "banmian.db"


def open_archive(url: str | Path | None = None, *, must_exist: bool = False) -> Archive:
    """Open the archive at a SQLite path or a ``postgresql://`` URL, creating it
    unless ``must_exist`` (a reader given a mistyped path should say so, not
    answer from an empty archive it just made)."""
    target = str(url or DEFAULT_DB)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresArchive

        return PostgresArchive(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
    elif "://" in target:
        raise UsageError(f"archive must be a SQLite file path or a postgresql:// URL, got {target!r}")
    if must_exist and not Path(target).is_file():
        raise ArchiveError(f"there is no archive at {target!r} (banmian ingest creates one)")
    from .sqlite import SqliteArchive

    return SqliteArchive(target)


__all__ = ["Archive", "DEFAULT_DB", "open_archive"]
