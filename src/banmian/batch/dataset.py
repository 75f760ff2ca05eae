"""The Parquet dataset on disk, written exactly once per input, and its ledger.

Layout::

    DATASET/articles/paper=人民日报/year=2019/part-000042.parquet
    DATASET/pages/paper=人民日报/year=2019/part-000042.parquet
    DATASET/failures/failures.parquet        (rewritten from the ledger at the end of a run)
    DATASET/_banmian/ledger.sqlite           (which input went where; the commit records)

How a part is written, so that no interruption (Ctrl-C, SIGKILL, a lost node,
a full disk) loses an input or writes one twice:

1. the part's files are named in the ledger first (state ``writing``, committed);
2. each file is written under a temporary name, flushed, then renamed into place;
3. one ledger transaction marks the part ``committed`` and records every input
   in it by source and content key. That transaction is the commit record.

When a dataset is opened, the files of a part still ``writing`` (the run died
between 1 and 3) are deleted, with any temporary file: their inputs are not in
the ledger, so they are done again. An input whose content key is already
committed is recorded as a duplicate and writes no rows. One batch run writes
to a dataset at a time (a lock file, dropped by the kernel when its holder dies).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import OutputError, UsageError
from .schema import article_schema, failure_schema, page_schema, pyarrow, to_table
from .work import Outcome

LEDGER_DIR = "_banmian"
TABLES = ("articles", "pages")
#: Hive's name for a null partition value (pyarrow, Spark and DuckDB read it as null).
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
#: Inputs whose outcome is final unless --retry-failed.
DONE = ("parsed", "partial", "duplicate")

_LEDGER = """
CREATE TABLE IF NOT EXISTS config (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parts (id INTEGER PRIMARY KEY AUTOINCREMENT, state TEXT NOT NULL, files TEXT NOT NULL,
                                  inputs INTEGER NOT NULL DEFAULT 0, written_at REAL);
CREATE TABLE IF NOT EXISTS inputs (source TEXT PRIMARY KEY, key TEXT, status TEXT NOT NULL, error TEXT,
                                   part INTEGER, pages INTEGER NOT NULL DEFAULT 0,
                                   articles INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS inputs_key ON inputs (key);
"""


#: Characters escaped in a partition folder's name (the rest, Chinese included, are kept).
_UNSAFE = frozenset('/\\%=:*?"<>|#')


def partition_dir(paper: str | None, year: int | None) -> str:
    """``paper=…/year=…``, the paper's characters kept (Chinese stays readable) except those
    a folder name cannot hold, which are %-escaped as Hive's URI encoding reads them."""
    name = NULL_PARTITION if paper is None else "".join(
        quote(c, safe="") if c in _UNSAFE or ord(c) < 32 or ord(c) == 127 else c for c in paper)
    return f"paper={name}/year={NULL_PARTITION if year is None else year}"


def is_dataset(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / LEDGER_DIR / "ledger.sqlite").is_file()


class Dataset:
    """A dataset folder opened for one batch run (holds its lock until closed)."""

    def __init__(self, root: str | os.PathLike[str], options: dict[str, Any]) -> None:
        if "://" in str(root):
            raise UsageError(f"--out {str(root)!r}: the dataset is written to a local or shared-filesystem folder "
                             "(inputs may be URLs, the output not yet)")
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise UsageError(f"--out must name a folder for the dataset, and {str(self.root)!r} is a file")
        if self.root.is_dir() and any(self.root.iterdir()) and not is_dataset(self.root):
            raise UsageError(f"{str(self.root)!r} holds files but no banmian dataset; give an empty or new folder")
        try:
            (self.root / LEDGER_DIR).mkdir(parents=True, exist_ok=True)
            self._lock_fd = _take_lock(self.root / LEDGER_DIR / "lock")
            self.db = sqlite3.connect(self.root / LEDGER_DIR / "ledger.sqlite", isolation_level=None)
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.executescript(_LEDGER)
        except OSError as exc:
            raise OutputError(f"cannot write the dataset {str(self.root)!r}: {exc.strerror or exc}") from None
        self._check_options(options)
        self.removed_files = self._remove_unfinished_parts()

    # --- identity and recovery ------------------------------------------------------
    def _check_options(self, options: dict[str, Any]) -> None:
        """A dataset is written with one set of parse options; a rerun with others would mix two."""
        wanted = json.dumps(options, sort_keys=True, ensure_ascii=False)
        row = self.db.execute("SELECT value FROM config WHERE name = 'options'").fetchone()
        if row is None:
            self.db.execute("INSERT INTO config VALUES ('options', ?)", (wanted,))
        elif row[0] != wanted:
            raise UsageError(f"the dataset {str(self.root)!r} was written with {row[0]}, not {wanted}: "
                             "write these inputs to another dataset")

    def _remove_unfinished_parts(self) -> int:
        """Delete the files of parts a run began but never committed (and stray temporary files)."""
        removed = 0
        for part_id, files in self.db.execute("SELECT id, files FROM parts WHERE state = 'writing'").fetchall():
            for name in json.loads(files):
                for path in (self.root / name, _tmp_path(self.root / name)):
                    if path.exists():
                        path.unlink()
                        removed += 1
            self.db.execute("DELETE FROM parts WHERE id = ?", (part_id,))
        return removed

    # --- what is done ---------------------------------------------------------------
    def status(self, source: str) -> str | None:
        """What became of ``source`` in an earlier part (None: never written)."""
        row = self.db.execute("SELECT status FROM inputs WHERE source = ?", (source,)).fetchone()
        return None if row is None else str(row[0])

    def committed_key(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM inputs WHERE key = ? AND status IN ('parsed', 'partial') LIMIT 1",
                               (key,)).fetchone() is not None

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, count(*) FROM inputs GROUP BY status").fetchall())

    # --- writing a part ---------------------------------------------------------------
    def write_part(self, outcomes: list[Outcome]) -> dict[str, int]:
        """Write one part exactly once (see the module's doc); returns what it counted."""
        seen: set[str] = set()
        kept: list[Outcome] = []
        ledger: list[tuple[Any, ...]] = []
        sources: set[str] = set()
        for o in outcomes:
            if o.source in sources or self.status(o.source) in DONE:
                continue  # listed twice, and already done by the first listing
            sources.add(o.source)
            if o.status != "failed" and o.key is not None and (o.key in seen or self.committed_key(o.key)):
                ledger.append((o.source, o.key, "duplicate", "the same content as an input already written", 0, 0))
                continue
            if o.status != "failed" and o.key is not None:
                seen.add(o.key)
                kept.append(o)
            ledger.append((o.source, o.key, o.status, o.error, len(o.pages), len(o.articles)))
        groups = _by_partition(kept)
        cur = self.db.execute("INSERT INTO parts (state, files) VALUES ('writing', '[]')")
        part_id = int(cur.lastrowid)
        names = [f"{table}/{part}/part-{part_id:06d}.parquet" for table, part in groups]
        self.db.execute("UPDATE parts SET files = ? WHERE id = ?", (json.dumps(names, ensure_ascii=False), part_id))
        try:
            for name, ((table, _), rows) in zip(names, groups.items(), strict=True):
                schema = article_schema() if table == "articles" else page_schema()
                self._write_atomically(self.root / name, to_table(rows, schema))
            self._commit(part_id, ledger)
        except BaseException:
            # interrupted (Ctrl-C) or failed before the commit record: take the part's files away now,
            # so that writing the same outcomes again cannot leave them on disk twice
            self._forget_part(part_id, names)
            raise
        return {"files": len(names), "pages": sum(len(o.pages) for o in kept),
                "articles": sum(len(o.articles) for o in kept),
                "duplicates": sum(1 for row in ledger if row[2] == "duplicate")}

    def _commit(self, part_id: int, ledger: list[tuple[Any, ...]]) -> None:
        """The commit record: the part's inputs and its state, in one transaction."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(
                "INSERT INTO inputs (source, key, status, error, part, pages, articles) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET key = excluded.key, status = excluded.status, "
                "error = excluded.error, part = excluded.part, pages = excluded.pages, articles = excluded.articles",
                [(s, k, st, e, part_id, p, a) for s, k, st, e, p, a in ledger])
            self.db.execute("UPDATE parts SET state = 'committed', inputs = ?, written_at = ? WHERE id = ?",
                            (len(ledger), time.time(), part_id))
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def _forget_part(self, part_id: int, names: list[str]) -> None:
        state = self.db.execute("SELECT state FROM parts WHERE id = ?", (part_id,)).fetchone()
        if state is not None and state[0] == "committed":
            return  # the commit record was written: the part stays
        for name in names:
            for path in (self.root / name, _tmp_path(self.root / name)):
                path.unlink(missing_ok=True)
        self.db.execute("DELETE FROM parts WHERE id = ?", (part_id,))

    def _write_atomically(self, path: Path, table: Any) -> None:
        pq = pyarrow().parquet
        tmp = _tmp_path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, tmp, compression="zstd")
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            raise OutputError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None

    def write_failures(self, batch_rows: int = 10_000) -> int:
        """Rewrite ``failures/failures.parquet`` from the ledger, streaming (failures of every run)."""
        pq = pyarrow().parquet
        path = self.root / "failures" / "failures.parquet"
        tmp = _tmp_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        schema = failure_schema()
        count = 0
        cursor = self.db.execute("SELECT source, key, error FROM inputs WHERE status = 'failed' ORDER BY source")
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            while rows := cursor.fetchmany(batch_rows):
                writer.write_table(to_table([{"source": s, "key": k, "error": e} for s, k, e in rows], schema))
                count += len(rows)
        os.replace(tmp, path)
        return count

    def close(self) -> None:
        self.db.close()
        os.close(self._lock_fd)

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _by_partition(outcomes: Iterable[Outcome]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for o in outcomes:
        for table, rows in (("articles", o.articles), ("pages", o.pages)):
            for row in rows:
                groups.setdefault((table, partition_dir(row["paper"], row["year"])), []).append(row)
    return dict(sorted(groups.items()))


def _tmp_path(path: Path) -> Path:
    """Where a file is written before it is renamed into place: hidden (a leading dot), so no
    reader of the dataset (pyarrow, DuckDB's ``*.parquet``) ever sees a half-written file."""
    return path.with_name("." + path.name + ".tmp")


def _take_lock(path: Path) -> int:
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
        os.close(fd)
        raise UsageError(f"another banmian batch ({holder}) is writing the dataset {str(path.parent.parent)!r}; "
                         "run this one when it has finished") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
    return fd


# --- reading ------------------------------------------------------------------------------
def read_table(root: str | os.PathLike[str], table: str, columns: list[str] | None = None) -> Any:
    """One table of a dataset as an Arrow table, with its ``paper`` and ``year`` columns."""
    ds = _dataset(root, table)
    return ds.to_table(columns=columns)


def _dataset(root: str | os.PathLike[str], table: str) -> Any:
    pa = pyarrow()
    import pyarrow.dataset as pads

    if table == "failures":
        folder = Path(root) / table
        if not folder.is_dir():
            return pads.dataset(pa.table({n: [] for n in failure_schema().names}, schema=failure_schema()))
        return pads.dataset(str(folder), schema=failure_schema(), format="parquet")
    schema = article_schema() if table == "articles" else page_schema()
    partitioning = pads.partitioning(pa.schema([("paper", pa.string()), ("year", pa.int32())]), flavor="hive")
    folder = Path(root) / table
    if not folder.is_dir():
        full = schema.append(pa.field("paper", pa.string())).append(pa.field("year", pa.int32()))
        return pads.dataset(pa.table({n: [] for n in full.names}, schema=full))
    return pads.dataset(str(folder), schema=schema.append(pa.field("paper", pa.string()))
                        .append(pa.field("year", pa.int32())), format="parquet", partitioning=partitioning,
                        exclude_invalid_files=False, ignore_prefixes=[".", "_"])


def iter_batches(root: str | os.PathLike[str], table: str, batch_size: int = 2_000) -> Iterator[list[dict[str, Any]]]:
    """The rows of one table in record batches (bounded memory for any dataset size)."""
    for batch in _dataset(root, table).to_batches(batch_size=batch_size):
        if batch.num_rows:
            yield batch.to_pylist()
