"""One bulk ingest at a time per SQLite archive: a lock file beside it names the holder.

SQLite takes one writer. Two bulk ingests into one file used to wait on each
other's long transactions until one gave up with ``database is locked`` and a
traceback, its editions never stored. Now the second is refused at once, with
a message that says which process holds the archive. The lock is ``flock`` on
``<archive>.ingest-lock``: the kernel drops it when its holder dies, even by
SIGKILL, so a killed ingest never leaves the archive locked.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import ArchiveBusyError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: SQLite's own busy timeout is all there is
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".ingest-lock"


@contextmanager
def bulk_ingest_lock(db_path: str) -> Iterator[None]:
    """Hold the archive's ingest lock, or raise :class:`ArchiveBusyError` naming its holder."""
    if fcntl is None:
        yield
        return
    lock_path = db_path + LOCK_SUFFIX
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "a process"
            raise ArchiveBusyError(
                f"another banmian ingest ({holder}) is writing to the SQLite archive {db_path!r}, which takes "
                "one writer; nothing was stored: run this ingest again when that one has finished") from None
        started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock (the file stays: removing it would race with the next holder)
