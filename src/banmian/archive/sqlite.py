"""SQLite backend: one file, no server; FTS5 for search, WAL, one writer at a time.

The full-text index is a contentless FTS5 table fed with the shared Python
tokenizer's output (``tokenize='ascii'`` splits only at our spaces). Being
contentless keeps the file small; removing an article re-tokenizes its stored
JSON, which is why the tokenizer version is recorded and a change re-indexes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ArchiveBusyError, ArchiveError
from ..model import Article
from .base import Archive
from .locks import bulk_ingest_lock
from .records import FIELD_WEIGHTS, prepare_index
from .search_plan import Fts5Plan, fts5_plan
from .tokenizer import TOKENIZER_VERSION, ParsedQuery

SCHEMA_VERSION = "1"
#: How long a write waits for another writer to commit before it gives up (seconds).
BUSY_TIMEOUT_SECONDS = 60.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS editions (
    id INTEGER PRIMARY KEY, paper TEXT NOT NULL, date TEXT NOT NULL, UNIQUE (paper, date));
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL REFERENCES editions(id), number INTEGER NOT NULL,
    section TEXT, source TEXT, width REAL, height REAL, meta TEXT, image BLOB, image_type TEXT,
    UNIQUE (edition_id, number));
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, edition_id INTEGER NOT NULL, page_id INTEGER NOT NULL,
    paper TEXT NOT NULL, date TEXT NOT NULL, page_number INTEGER NOT NULL, section TEXT, seq INTEGER NOT NULL,
    kicker TEXT, title TEXT, subtitle TEXT, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_page ON articles (page_id);
CREATE INDEX IF NOT EXISTS articles_edition ON articles (edition_id, page_number, seq);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date);
CREATE TABLE IF NOT EXISTS blocks (
    page_id INTEGER NOT NULL, ord INTEGER NOT NULL, article_seq INTEGER, role TEXT NOT NULL, text TEXT NOT NULL,
    line_start INTEGER, bbox TEXT, PRIMARY KEY (page_id, ord)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS article_people (
    article_id INTEGER NOT NULL, name TEXT NOT NULL, titles TEXT, date TEXT);
CREATE INDEX IF NOT EXISTS article_people_name ON article_people (name, date);
CREATE INDEX IF NOT EXISTS article_people_article ON article_people (article_id);
"""
#: Contentless: the text lives in ``articles``; ``keys`` holds the key tokens (see keys.py).
_FTS_TABLE = ("CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5 ("
              "title, people, captions, body, keys, content='', tokenize='ascii')")


class SqliteArchive(Archive):
    """An archive in one SQLite file (``:memory:`` for a throw-away one)."""

    backend = "sqlite"

    def __init__(self, path: str | Path = "banmian.db", *, busy_timeout: float | None = None) -> None:
        self.path = str(path)
        self.busy_timeout = busy_timeout = BUSY_TIMEOUT_SECONDS if busy_timeout is None else busy_timeout
        #: index entries of the open transaction, by article id, not yet in FTS5
        self._unindexed: dict[int, tuple[str, ...]] = {}
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                         timeout=busy_timeout)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = OFF")
            self._conn.execute("PRAGMA cache_size = -65536")
            self._migrate()
        except sqlite3.Error as exc:
            raise self._error(exc, "cannot open the SQLite archive") from None

    def _migrate(self) -> None:
        rank = "bm25(" + ", ".join(str(w) for w in FIELD_WEIGHTS.values()) + ", 0.0)"  # keys do not score
        if self._up_to_date(rank):  # readers open without taking the write lock
            return
        self._conn.executescript(_SCHEMA)  # idempotent; executescript commits, so it runs outside the transaction
        self._conn.execute(_FTS_TABLE)
        with self._transaction():
            found = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
            if found.get("schema") not in (None, SCHEMA_VERSION):
                raise ArchiveError(f"archive schema {found.get('schema')!r} is newer than this banmian ({SCHEMA_VERSION!r})")
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            if found.get("tokenizer") != TOKENIZER_VERSION:
                self._reindex()
                self._conn.execute("INSERT OR REPLACE INTO meta VALUES ('tokenizer', ?)", (TOKENIZER_VERSION,))
            self._conn.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('rank', ?)", (rank,))
            # merge index segments in bigger steps: bulk loads write ~40% faster (measured), and
            # optimize() compacts afterwards
            self._conn.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16)")

    def _up_to_date(self, rank: str) -> bool:
        try:
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
            config = dict(self._conn.execute("SELECT k, v FROM article_fts_config").fetchall())
        except sqlite3.OperationalError:  # a new file: no tables yet
            return False
        return (meta.get("schema"), meta.get("tokenizer"), config.get("rank"), config.get("automerge")) == (
            SCHEMA_VERSION, TOKENIZER_VERSION, rank, 16)

    def _reindex(self) -> None:
        """Rebuild the full-text index from the stored articles (after a tokenizer change)."""
        self._conn.execute("DROP TABLE IF EXISTS article_fts")  # its columns may have changed too
        self._conn.execute(_FTS_TABLE)
        for article_id, data in self._conn.execute("SELECT id, data FROM articles").fetchall():
            self._index_article(article_id, self._stored_entry(article_id, data))

    def optimize(self) -> None:
        self._execute("INSERT INTO article_fts (article_fts) VALUES ('optimize')")
        self._execute("ANALYZE")

    def close(self) -> None:
        self._conn.close()

    def bulk_writer_lock(self) -> Any:
        return bulk_ingest_lock(self.path) if self.path != ":memory:" else super().bulk_writer_lock()

    def _error(self, exc: sqlite3.Error, doing: str = "SQLite archive") -> ArchiveError:
        """An archive error for a failed statement; busy (another writer held the lock past
        the timeout) is its own kind, since the same work may succeed later."""
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF  # the primary code of an extended one
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return ArchiveBusyError(f"{doing} {self.path!r}: another writer held it for {self.busy_timeout:g} s "
                                    f"({exc}); nothing of this transaction was written")
        return ArchiveError(f"{doing} {self.path!r}: {exc}")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one (an edition inside a batch).

        New index entries wait in ``_unindexed`` and go into FTS5 just before COMMIT:
        FTS5 writes its pending entries out as a new segment at every savepoint, so
        inserting them per edition made many small segments to merge (measured: a
        quarter of the writer's time)."""
        if self._conn.in_transaction:
            saved = dict(self._unindexed)
            self._conn.execute("SAVEPOINT edition")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK TO edition")
                self._conn.execute("RELEASE edition")
                self._unindexed = saved
                raise
            self._conn.execute("RELEASE edition")
            return
        self._unindexed = {}
        self._execute("BEGIN IMMEDIATE")  # waits up to busy_timeout for another writer to commit
        try:
            yield
            if self._unindexed:
                self._executemany("INSERT INTO article_fts (rowid, title, people, captions, body, keys) "
                                  "VALUES (?, ?, ?, ?, ?, ?)", [(i, *e) for i, e in self._unindexed.items()])
            self._execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._unindexed = {}

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._execute(sql, params).lastrowid)

    def _index_article(self, article_id: int, prepared: tuple[str, ...]) -> None:
        self._unindexed[article_id] = prepared  # written at COMMIT (see _transaction)

    def _unindex_articles(self, rows: list[tuple[int, str]]) -> None:
        for article_id, data in rows:
            if self._unindexed.pop(article_id, None) is not None:
                continue  # added in this transaction: not in FTS5 yet
            self._execute("INSERT INTO article_fts (article_fts, rowid, title, people, captions, body, keys) "
                          "VALUES ('delete', ?, ?, ?, ?, ?, ?)", (article_id, *self._stored_entry(article_id, data)))

    def _stored_entry(self, article_id: int, data: str) -> tuple[str, ...]:
        """The index entry of a stored article, rebuilt exactly as it was indexed."""
        row = self._conn.execute("SELECT paper, date, page_number, section FROM articles WHERE id = ?",
                                 (article_id,)).fetchone()
        return prepare_index(self.backend, Article.from_dict(json.loads(data)), *row)

    def _plan(self, parsed: ParsedQuery, groups: list[list[str]]) -> Fts5Plan:
        return fts5_plan(parsed, groups)

    def _count(self, plan: Fts5Plan, tier: str, cap: int) -> int:
        return int(self._execute("SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE article_fts MATCH ? LIMIT ?)",
                                 (plan.tier(tier), cap)).fetchone()[0])

    def _ranked(self, plan: Fts5Plan, tier: str, limit: int, offset: int) -> list[tuple[int, float]]:
        rows = self._execute("SELECT rowid, -rank FROM article_fts WHERE article_fts MATCH ? "
                             "ORDER BY rank, rowid DESC LIMIT ? OFFSET ?", (plan.tier(tier), limit, offset))
        return [(r[0], r[1]) for r in rows.fetchall()]

    def _newest(self, plan: Fts5Plan, tier: str, limit: int, offset: int) -> list[tuple[int, float]]:
        rows = self._execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC "
                             "LIMIT ? OFFSET ?", (plan.tier(tier), limit, offset))
        return [(r[0], 0.0) for r in rows.fetchall()]
