"""PostgreSQL backend (psycopg 3, imported only here): the same archive on a server.

Search uses PostgreSQL's own full-text index (a GIN index over a
``tsvector``), but the tsvector is built by the shared Python tokenizer and
passed as a bound ``tsvector`` literal, so both backends index identical
tokens. Field weights map to tsvector weights A (headline) .. D (body).
A text longer than one tsvector holds (16,383 positions, 256 of each lexeme)
keeps its first part in ``article_search`` with every other token there
without a position, and its further parts, overlapping, in
``article_search_parts``, where phrases are looked for when the first part
lacks them (tokenizer.tsvector_literals).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import ArchiveBusyError, ArchiveError, UsageError
from ..model import Article
from .base import Archive
from .records import FIELD_WEIGHTS, EditionRows, PageRows, prepare_index
from .search_plan import PgPlan, pg_plan
from .tokenizer import TOKENIZER_VERSION, ParsedQuery

try:
    import psycopg
except ImportError as exc:  # pragma: no cover - depends on the extra
    raise UsageError(f"PostgreSQL archives need the 'postgres' extra (pip install 'banmian[postgres]'): {exc}") from None

SCHEMA_VERSION = "1"

#: ts_rank takes weights in the order {D, C, B, A}.
_RANK_WEIGHTS = "{" + ", ".join(str(w / 10) for w in reversed(list(FIELD_WEIGHTS.values()))) + "}"

_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS editions (id BIGSERIAL PRIMARY KEY, paper TEXT NOT NULL, date TEXT NOT NULL, "
    "UNIQUE (paper, date))",
    "CREATE TABLE IF NOT EXISTS pages (id BIGSERIAL PRIMARY KEY, edition_id BIGINT NOT NULL REFERENCES editions(id), "
    "number INTEGER NOT NULL, section TEXT, source TEXT, width DOUBLE PRECISION, height DOUBLE PRECISION, meta TEXT, "
    "image BYTEA, image_type TEXT, UNIQUE (edition_id, number))",
    "CREATE TABLE IF NOT EXISTS articles (id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE, edition_id BIGINT NOT NULL, "
    "page_id BIGINT NOT NULL, paper TEXT NOT NULL, date TEXT NOT NULL, page_number INTEGER NOT NULL, section TEXT, "
    "seq INTEGER NOT NULL, kicker TEXT, title TEXT, subtitle TEXT, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_page ON articles (page_id)",
    "CREATE INDEX IF NOT EXISTS articles_edition ON articles (edition_id, page_number, seq)",
    "CREATE INDEX IF NOT EXISTS articles_date ON articles (date)",
    "CREATE TABLE IF NOT EXISTS blocks (page_id BIGINT NOT NULL, ord INTEGER NOT NULL, article_seq INTEGER, "
    "role TEXT NOT NULL, text TEXT NOT NULL, line_start INTEGER, bbox TEXT, PRIMARY KEY (page_id, ord))",
    "CREATE TABLE IF NOT EXISTS article_people (article_id BIGINT NOT NULL, name TEXT NOT NULL, titles TEXT, date TEXT)",
    "CREATE INDEX IF NOT EXISTS article_people_name ON article_people (name, date)",
    "CREATE INDEX IF NOT EXISTS article_people_article ON article_people (article_id)",
    "CREATE TABLE IF NOT EXISTS article_search (article_id BIGINT PRIMARY KEY, tsv TSVECTOR NOT NULL)",
    "ALTER TABLE article_search ADD COLUMN IF NOT EXISTS head TSVECTOR",
    "ALTER TABLE article_search ADD COLUMN IF NOT EXISTS keys TSVECTOR",
    "CREATE INDEX IF NOT EXISTS article_search_tsv ON article_search USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS article_search_head ON article_search USING GIN (head)",
    "CREATE INDEX IF NOT EXISTS article_search_keys ON article_search USING GIN (keys)",
    "CREATE TABLE IF NOT EXISTS article_search_parts (article_id BIGINT NOT NULL, part INTEGER NOT NULL, "
    "tsv TSVECTOR NOT NULL, PRIMARY KEY (article_id, part))",
]


#: The full-text (GIN) indexes a bulk load may drop and build once at the end.
_SEARCH_INDEXES = ("article_search_tsv", "article_search_head", "article_search_keys")
#: The advisory lock a bulk load holds while the full-text indexes are dropped.
_SUSPEND_LOCK = 727002

#: What the full-text index holds: the tokenizer's tokens, long texts cut into parts.
INDEX_VERSION = TOKENIZER_VERSION + "+parts"

#: Changes whenever the statements above do, so an archive set up by others is set up again.
_SCHEMA_DIGEST = hashlib.sha1("\n".join(_SCHEMA).encode("utf-8")).hexdigest()[:16]


def _dialect(sql: str) -> str:
    """``?`` placeholders -> psycopg's ``%s`` (our SQL has no other ``?`` or ``%``)."""
    return sql.replace("?", "%s")


class PostgresArchive(Archive):
    """An archive in a PostgreSQL database given by a ``postgresql://`` URL."""

    backend = "postgresql"
    rank_all_limit = 2000

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True)
            self._migrate()
            self._recover_search_index()
        except psycopg.Error as exc:
            raise ArchiveError(f"cannot open the PostgreSQL archive {_redact(url)!r}: {exc}") from None

    def _migrate(self) -> None:
        if self._up_to_date():
            # no DDL at all: even IF NOT EXISTS statements take table locks, which deadlock
            # against a writer that is storing pages (measured: a second bulk-ingest worker
            # opening the archive while the first stored)
            return
        with self._transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(727001)")  # one migrator at a time
            for statement in _SCHEMA:
                self._conn.execute(statement)
            found = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
            if found.get("schema") not in (None, SCHEMA_VERSION):
                raise ArchiveError(f"archive schema {found.get('schema')!r} is newer than this banmian ({SCHEMA_VERSION!r})")
            self._use_lz4()
            self._conn.execute("INSERT INTO meta VALUES ('schema', %s) ON CONFLICT (key) DO UPDATE SET value = %s",
                               (SCHEMA_VERSION, SCHEMA_VERSION))
            self._conn.execute("INSERT INTO meta VALUES ('ddl', %s) ON CONFLICT (key) DO UPDATE SET value = %s",
                               (_SCHEMA_DIGEST, _SCHEMA_DIGEST))
            if found.get("tokenizer") != INDEX_VERSION:
                self._conn.execute("DELETE FROM article_search")
                self._conn.execute("DELETE FROM article_search_parts")
                rows = self._conn.execute("SELECT id, data, paper, date, page_number, section FROM articles").fetchall()
                for article_id, data, *where in rows:
                    self._index_article(article_id, prepare_index(self.backend, Article.from_dict(json.loads(data)),
                                                                  *where))
                self._conn.execute("INSERT INTO meta VALUES ('tokenizer', %s) ON CONFLICT (key) DO UPDATE SET value = %s",
                                   (INDEX_VERSION, INDEX_VERSION))

    def _up_to_date(self) -> bool:
        """True when this archive was set up by exactly this schema and tokenizer."""
        try:
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        except psycopg.errors.UndefinedTable:  # a new database (autocommit: nothing to roll back)
            return False
        return (meta.get("schema"), meta.get("ddl"), meta.get("tokenizer")) == (
            SCHEMA_VERSION, _SCHEMA_DIGEST, INDEX_VERSION)

    def _use_lz4(self) -> None:
        """Compress the large columns with lz4 instead of pglz where the server has it: storing and
        reading the text vectors and article JSON costs the server markedly less CPU (measured)."""
        columns = [("articles", "data"), ("blocks", "text"), ("article_search", "tsv")]
        found = dict(self._conn.execute(
            "SELECT attrelid::regclass::text, attcompression FROM pg_attribute "
            "WHERE (attrelid::regclass::text, attname) IN (('articles', 'data'), ('blocks', 'text'), "
            "('article_search', 'tsv'))").fetchall())
        if all(found.get(table) == "l" for table, _ in columns):
            return
        try:
            with self._conn.transaction():  # a savepoint: a server built without lz4 keeps pglz
                for table, column in columns:  # constant names
                    self._conn.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4")
        except psycopg.errors.FeatureNotSupported:
            pass

    def concurrent_writer_url(self) -> str | None:
        return self.url

    def suspend_search_index(self) -> None:
        """Drop the GIN indexes for a bulk load, holding a session lock until they are built again.
        The archive is marked meanwhile: whoever opens it later and can take the lock (the load
        died) builds them; a bulk load's own workers cannot, and leave them dropped."""
        self._execute("SELECT pg_advisory_lock(?)", (_SUSPEND_LOCK,))
        self._execute("INSERT INTO meta VALUES ('search_index', 'suspended') "
                      "ON CONFLICT (key) DO UPDATE SET value = 'suspended'")
        for name in _SEARCH_INDEXES:
            self._execute(f"DROP INDEX IF EXISTS {name}")  # constant names

    def restore_search_index(self) -> None:
        self._build_search_index()
        self._execute("SELECT pg_advisory_unlock(?)", (_SUSPEND_LOCK,))

    def _build_search_index(self) -> None:
        for statement in _SCHEMA:
            if any(f"INDEX IF NOT EXISTS {name} " in statement for name in _SEARCH_INDEXES):
                self._execute(statement)
        self._execute("DELETE FROM meta WHERE key = 'search_index'")

    def _recover_search_index(self) -> None:
        """Build the indexes a bulk load dropped and never built again (it died), unless it runs."""
        suspended = self._conn.execute("SELECT 1 FROM meta WHERE key = 'search_index'").fetchone()
        if suspended and self._conn.execute("SELECT pg_try_advisory_lock(%s)", (_SUSPEND_LOCK,)).fetchone()[0]:
            try:
                self._build_search_index()
            finally:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (_SUSPEND_LOCK,))

    def optimize(self) -> None:
        self._execute("VACUUM ANALYZE")

    def close(self) -> None:
        self._conn.close()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(_dialect(sql), list(params))
        except psycopg.Error as exc:
            raise _archive_error(exc) from None

    def _executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            with self._conn.cursor() as cur:
                cur.executemany(_dialect(sql), rows)
        except psycopg.Error as exc:
            raise _archive_error(exc) from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._execute(sql + " RETURNING id", params).fetchone()[0])

    def _store_contents(self, edition_id: int, page_id: int, edition: EditionRows, page: PageRows) -> None:
        """Bulk-load a page with COPY (ids drawn from the sequence first): one round trip per table
        instead of one per row, several times faster over a socket."""
        if not page.articles:
            return super()._store_contents(edition_id, page_id, edition, page)
        ids = [r[0] for r in self._execute("SELECT nextval('articles_id_seq') FROM generate_series(1, ?)",
                                           (len(page.articles),)).fetchall()]
        paper, date = edition.paper, edition.date
        articles = [(i, a.key, edition_id, page_id, paper, date, page.number, page.section, a.seq, a.kicker, a.title,
                     a.subtitle, a.data) for i, a in zip(ids, page.articles)]
        people = [(i, name, titles, date) for i, a in zip(ids, page.articles) for name, titles in a.people]
        search = [(i, *a.index[:3]) for i, a in zip(ids, page.articles)]
        parts = [(i, n, text) for i, a in zip(ids, page.articles) for n, text in enumerate(a.index[3], 1)]
        blocks = [(page_id, *b) for b in page.blocks]
        try:
            with self._conn.cursor() as cur:
                for table, rows in (
                        ("articles (id, key, edition_id, page_id, paper, date, page_number, section, seq, kicker, "
                         "title, subtitle, data)", articles),
                        ("article_people (article_id, name, titles, date)", people),
                        ("article_search (article_id, tsv, head, keys)", search),
                        ("article_search_parts (article_id, part, tsv)", parts),
                        ("blocks (page_id, ord, article_seq, role, text, line_start, bbox)", blocks)):
                    if rows:
                        with cur.copy(f"COPY {table} FROM STDIN") as copy:  # constant table lists, no user text
                            for values in rows:
                                copy.write_row(values)
        except psycopg.Error as exc:
            raise _archive_error(exc) from None

    def _index_article(self, article_id: int, prepared: tuple[str, str, str, tuple[str, ...]]) -> None:
        text, head, keys, parts = prepared
        self._execute("INSERT INTO article_search (article_id, tsv, head, keys) "
                      "VALUES (?, ?::tsvector, ?::tsvector, ?::tsvector)", (article_id, text, head, keys))
        if parts:
            self._executemany("INSERT INTO article_search_parts (article_id, part, tsv) VALUES (?, ?, ?::tsvector)",
                              [(article_id, n, part) for n, part in enumerate(parts, 1)])

    def _unindex_articles(self, rows: list[tuple[int, str]]) -> None:
        if rows:
            ids = [r[0] for r in rows]
            self._execute("DELETE FROM article_search WHERE article_id = ANY(?)", (ids,))
            self._execute("DELETE FROM article_search_parts WHERE article_id = ANY(?)", (ids,))

    def _ranked_ids(self, parsed: ParsedQuery, filters: Any, limit: int,
                    offset: int) -> tuple[int, list[tuple[int, float]], str]:
        """As in the base class, with the full-text indexes always used: for a very common
        word the planner would rather scan the table, not counting that every row's text
        vector must then be unpacked (measured on 100k articles: 276 ms for 中 against 57)."""
        with self._transaction():
            self._conn.execute("SET LOCAL enable_seqscan = off")
            return super()._ranked_ids(parsed, filters, limit, offset)

    def _plan(self, parsed: ParsedQuery, groups: list[list[str]]) -> PgPlan:
        return pg_plan(parsed, groups)

    @staticmethod
    def _where(plan: PgPlan, tier: str) -> tuple[str, list[Any]]:
        """The tokens through the GIN indexes, then each phrase in the article's first vector or,
        failing that, in one of its further parts (few articles have any)."""
        conditions, params = _matches(("s.tsv", plan.loose), ("s.keys", plan.keys))
        for phrase in plan.phrases:
            conditions.append("(s.tsv @@ ?::tsquery OR EXISTS (SELECT 1 FROM article_search_parts m "
                              "WHERE m.article_id = s.article_id AND m.tsv @@ ?::tsquery))")
            params += [phrase, phrase]
        if tier != "all":
            head, head_params = _matches(("s.head", plan.head), ("s.keys", plan.head_keys))
            either = "(" + " OR ".join(head) + ")"
            conditions.append(either if tier == "head" else f"NOT {either}")
            params += head_params
        return " AND ".join(conditions), params

    def _count(self, plan: PgPlan, tier: str, cap: int) -> int:
        where, params = self._where(plan, tier)
        return int(self._execute(f"SELECT count(*) FROM (SELECT 1 FROM article_search s WHERE {where} LIMIT ?) AS m",
                                 [*params, cap]).fetchone()[0])

    def _ranked(self, plan: PgPlan, tier: str, limit: int, offset: int) -> list[tuple[int, float]]:
        if tier == "all" and plan.main:
            score, score_params = "ts_rank(?::float4[], s.tsv, ?::tsquery)", [_RANK_WEIGHTS, plan.main]
        elif tier == "head" and plan.head:
            score, score_params = "ts_rank(s.head, ?::tsquery)", [plan.head]
        else:
            score, score_params = "0.0", []
        where, params = self._where(plan, tier)
        rows = self._execute(f"SELECT s.article_id, {score} AS score FROM article_search s WHERE {where} "
                             "ORDER BY score DESC, s.article_id DESC LIMIT ? OFFSET ?",
                             [*score_params, *params, limit, offset]).fetchall()
        return [(r[0], float(r[1])) for r in rows]

    def _newest(self, plan: PgPlan, tier: str, limit: int, offset: int) -> list[tuple[int, float]]:
        where, params = self._where(plan, tier)
        rows = self._execute(f"SELECT s.article_id FROM article_search s WHERE {where} "
                             "ORDER BY s.article_id DESC LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [(r[0], 0.0) for r in rows]


def _matches(*pairs: tuple[str, str | None]) -> tuple[list[str], list[str]]:
    """``column @@ query`` for each (column, tsquery) whose query is set, and the queries to bind."""
    present = [(column, query) for column, query in pairs if query]
    return [f"{column} @@ ?::tsquery" for column, _ in present], [query for _, query in present]


#: Errors that only say another writer was in the way; the same work may succeed when tried again.
#: A unique violation is one of them: storing never inserts a row it has not first looked for,
#: so it means another writer added that page meanwhile (tried again, this one replaces it).
_BUSY = (psycopg.errors.DeadlockDetected, psycopg.errors.LockNotAvailable, psycopg.errors.SerializationFailure,
         psycopg.errors.UniqueViolation)


def _archive_error(exc: psycopg.Error) -> ArchiveError:
    kind = ArchiveBusyError if isinstance(exc, _BUSY) else ArchiveError
    return kind(f"PostgreSQL archive: {exc}")


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
