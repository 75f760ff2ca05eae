"""The archive: editions stored in SQLite (default) or PostgreSQL, searchable.

``open_archive("banmian.db")`` or ``open_archive("postgresql://...")`` gives an
:class:`Archive`; both backends behave the same and pass the same tests.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from .base import Archive

DEFAULT_DB = "banmian.db"


def open_archive(url: str | Path | None = None) -> Archive:
    """Open (creating if needed) the archive at a SQLite path or a ``postgresql://`` URL."""
    target = str(url or DEFAULT_DB)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresArchive

        return PostgresArchive(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
    elif "://" in target:
        raise UsageError(f"archive must be a SQLite file path or a postgresql:// URL, got {target!r}")
    from .sqlite import SqliteArchive

    return SqliteArchive(target)


__all__ = ["Archive", "DEFAULT_DB", "open_archive"]
