"""The archive's storage API, shared by the SQLite and PostgreSQL backends.

Rows in, rows out (plain dicts, in the spirit of sqlite-utils). Everything
that does not depend on the database lives here; a backend supplies the
connection, the schema, the full-text index and the ranked search query.
SQL is written with ``?`` placeholders and values are always bound.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

from ..errors import UsageError
from ..model import Edition
from .records import EditionRows, PageRows, SearchFilters, edition_rows, snippet
from .search_plan import key_groups
from .tokenizer import ParsedQuery, parse_query

MAX_SEARCH_LIMIT = 100
#: Matches are counted up to this many, and listed up to this far; a larger total is
#: reported as this number with ``total_is_lower_bound`` (counting every article that
#: holds 中 cost most of the slowest searches, and no reader pages through 10,000 hits).
MAX_COUNT = 10_000


class Archive(ABC):
    """An archive of editions: store them, list them, read them, search them."""

    backend: str = "?"

    # --- what a backend supplies -------------------------------------------------
    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement and return the cursor."""

    @abstractmethod
    def _transaction(self) -> Any:
        """Context manager: commit on success, roll back on any exception."""

    @abstractmethod
    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        """Run an INSERT and return the new row's integer id."""

    @abstractmethod
    def _index_article(self, article_id: int, prepared: Any) -> None:
        """Add one article to the full-text index (``prepared`` from :func:`prepare_index`)."""

    @abstractmethod
    def _unindex_articles(self, rows: list[tuple[int, str]]) -> None:
        """Remove articles (id, stored JSON) from the full-text index."""

    #: Result sets up to this size are ranked whole by relevance; larger ones list headline hits first.
    rank_all_limit: int = 5000

    @abstractmethod
    def _plan(self, parsed: ParsedQuery, groups: list[list[str]]) -> Any:
        """The backend's full-text expressions for a query and its filter keys."""

    @abstractmethod
    def _count(self, plan: Any, tier: str, cap: int) -> int:
        """How many articles match in a tier (``all``, ``head``, ``rest``), counting at most ``cap``."""

    @abstractmethod
    def _ranked(self, plan: Any, tier: str, limit: int, offset: int) -> list[tuple[int, float]]:
        """(article id, score) of a tier's matches, most relevant first."""

    @abstractmethod
    def _newest(self, plan: Any, tier: str, limit: int, offset: int) -> list[tuple[int, float]]:
        """(article id, 0.0) of a tier's matches, most recently added first."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self._execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    # --- writing ------------------------------------------------------------------
    def concurrent_writer_url(self) -> str | None:
        """A URL other processes may open to write into this archive at the same time
        (bulk ingest then stores from every worker), or None when it has one writer."""
        return None

    def bulk_writer_lock(self) -> Any:
        """Context manager held for a whole bulk ingest: where the archive takes one writer
        (SQLite), a second bulk ingest is refused at once, naming the first, instead of
        the two waiting on each other's long transactions until one gives up."""
        return nullcontext()

    def batch(self) -> Any:
        """One transaction around many ``ingest`` calls (much faster for bulk loads);
        each edition inside still rolls back alone when it fails."""
        return self._transaction()

    def ingest(self, edition: Edition, images: dict[int, tuple[bytes, str]] | None = None) -> int:
        """Store the pages of an edition, replacing pages stored before under the
        same paper, date and page number; one transaction, so an error leaves
        the archive as it was. ``images`` maps page number -> (bytes, mime type).
        Returns the number of articles stored."""
        return self.store(edition_rows(self.backend, edition), images)

    def store(self, rows: EditionRows, images: dict[int, tuple[bytes, str]] | None = None) -> int:
        """:meth:`ingest` for an edition already turned into rows by :func:`edition_rows`
        (which bulk ingest does in worker processes)."""
        images = images or {}
        with self._transaction():
            edition_id = self._edition_id(rows.paper, rows.date)
            for page in rows.pages:
                self._store_page(edition_id, rows, page, images.get(page.number))
        return rows.articles

    def _edition_id(self, paper: str, date: str) -> int:
        """The edition's id, adding the edition if it is new; right even when another
        writer adds the same edition at the same moment (it waits, then finds it)."""
        found = self._one("SELECT id FROM editions WHERE paper = ? AND date = ?", (paper, date))
        if found:
            return int(found["id"])
        self._execute("INSERT INTO editions (paper, date) VALUES (?, ?) ON CONFLICT (paper, date) DO NOTHING",
                      (paper, date))
        return int(self._one("SELECT id FROM editions WHERE paper = ? AND date = ?", (paper, date))["id"])  # type: ignore[index]

    def _store_page(self, edition_id: int, edition: EditionRows, page: PageRows,
                    image: tuple[bytes, str] | None) -> None:
        old = self._one("SELECT id FROM pages WHERE edition_id = ? AND number = ?", (edition_id, page.number))
        if old:
            self._delete_page(old["id"])
        page_id = self._insert_id(
            "INSERT INTO pages (edition_id, number, section, source, width, height, meta, image, image_type) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (edition_id, page.number, page.section, page.source, page.width, page.height, page.meta,
             image[0] if image else None, image[1] if image else None))
        self._store_contents(edition_id, page_id, edition, page)

    def _store_contents(self, edition_id: int, page_id: int, edition: EditionRows, page: PageRows) -> None:
        """A stored page's articles, people, index entries and blocks (row by row; a backend may bulk-load)."""
        for a in page.articles:
            article_id = self._insert_id(
                "INSERT INTO articles (key, edition_id, page_id, paper, date, page_number, section, seq, kicker, "
                "title, subtitle, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.key, edition_id, page_id, edition.paper, edition.date, page.number, page.section, a.seq,
                 a.kicker, a.title, a.subtitle, a.data))
            if a.people:
                self._executemany("INSERT INTO article_people (article_id, name, titles, date) VALUES (?, ?, ?, ?)",
                                  [(article_id, name, titles, edition.date) for name, titles in a.people])
            self._index_article(article_id, a.index)
        if page.blocks:
            self._executemany(
                "INSERT INTO blocks (page_id, ord, article_seq, role, text, line_start, bbox) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(page_id, *b) for b in page.blocks])

    def _executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        for row in rows:
            self._execute(sql, row)

    def _delete_page(self, page_id: int) -> None:
        rows = self._execute("SELECT id, data FROM articles WHERE page_id = ?", (page_id,)).fetchall()
        self._unindex_articles([(r[0], r[1]) for r in rows])
        self._execute("DELETE FROM article_people WHERE article_id IN (SELECT id FROM articles WHERE page_id = ?)",
                      (page_id,))
        self._execute("DELETE FROM articles WHERE page_id = ?", (page_id,))
        self._execute("DELETE FROM blocks WHERE page_id = ?", (page_id,))
        self._execute("DELETE FROM pages WHERE id = ?", (page_id,))

    def delete_edition(self, paper: str, date: str) -> bool:
        """Remove an edition and everything in it; False when there was none."""
        with self._transaction():
            found = self._one("SELECT id FROM editions WHERE paper = ? AND date = ?", (paper, date))
            if not found:
                return False
            for page in self._all("SELECT id FROM pages WHERE edition_id = ?", (found["id"],)):
                self._delete_page(page["id"])
            self._execute("DELETE FROM editions WHERE id = ?", (found["id"],))
        return True

    def suspend_search_index(self) -> None:
        """Before a bulk load: stop maintaining the full-text index where building it once at the
        end is cheaper (PostgreSQL's GIN indexes); :meth:`restore_search_index` builds it again."""

    def restore_search_index(self) -> None:
        """After a bulk load: build what :meth:`suspend_search_index` dropped."""

    def optimize(self) -> None:
        """Compact the search index and refresh planner statistics (after a bulk load)."""

    # --- reading ------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        row = self._one("SELECT (SELECT count(*) FROM editions) AS editions, (SELECT count(*) FROM pages) AS pages, "
                        "(SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM blocks) AS blocks")
        return {k: int(v) for k, v in (row or {}).items()}

    def papers(self) -> list[str]:
        return [r["paper"] for r in self._all("SELECT DISTINCT paper FROM editions ORDER BY paper")]

    def editions(self, paper: str | None = None, month: str | None = None) -> list[dict[str, Any]]:
        """Editions (paper, date, pages, articles), newest first; ``month`` like ``2019-02``."""
        sql = ("SELECT e.paper, e.date, count(DISTINCT p.id) AS pages, count(a.id) AS articles FROM editions e "
               "LEFT JOIN pages p ON p.edition_id = e.id LEFT JOIN articles a ON a.page_id = p.id WHERE 1 = 1")
        params: list[Any] = []
        if paper:
            sql += " AND e.paper = ?"
            params.append(paper)
        if month:
            sql += " AND e.date LIKE ?"
            params.append(month.replace("%", "").replace("_", "") + "-%")
        sql += " GROUP BY e.paper, e.date ORDER BY e.date DESC, e.paper"
        return self._all(sql, params)

    def edition(self, paper: str, date: str) -> dict[str, Any] | None:
        """One edition with its pages and, per page, its articles' headlines."""
        ed = self._one("SELECT id, paper, date FROM editions WHERE paper = ? AND date = ?", (paper, date))
        if not ed:
            return None
        pages = self._all("SELECT id, number, section, source, width, height, image_type FROM pages "
                          "WHERE edition_id = ? ORDER BY number", (ed["id"],))
        arts = self._all("SELECT page_id, key, seq, kicker, title, subtitle FROM articles WHERE edition_id = ? "
                         "ORDER BY page_number, seq", (ed["id"],))
        by_page: dict[int, list[dict[str, Any]]] = {}
        for a in arts:
            by_page.setdefault(a.pop("page_id"), []).append(a)
        for p in pages:
            p["has_image"] = p.pop("image_type") is not None
            p["articles"] = by_page.get(p.pop("id"), [])
        return {"paper": ed["paper"], "date": ed["date"], "pages": pages}

    def page(self, paper: str, date: str, number: int) -> dict[str, Any] | None:
        """One page: size, meta, whether it has an image, its articles with bboxes, its loose blocks."""
        row = self._one(
            "SELECT p.id, p.number, p.section, p.source, p.width, p.height, p.meta, p.image_type FROM pages p "
            "JOIN editions e ON e.id = p.edition_id WHERE e.paper = ? AND e.date = ? AND p.number = ?",
            (paper, date, number))
        if not row:
            return None
        articles = []
        for a in self._all("SELECT key, seq, data FROM articles WHERE page_id = ? ORDER BY seq", (row["id"],)):
            data = json.loads(a["data"])
            articles.append({"key": a["key"], "seq": a["seq"], "id": data["id"], "headline": data["headline"],
                             "bbox": data["bbox"], "lead": (data["paragraphs"] or [""])[0][:80],
                             "bylines": data["bylines"]})
        unassigned = self._all("SELECT role, text FROM blocks WHERE page_id = ? AND article_seq IS NULL ORDER BY ord",
                               (row["id"],))
        numbers = [r["number"] for r in self._all(
            "SELECT p.number FROM pages p JOIN editions e ON e.id = p.edition_id WHERE e.paper = ? AND e.date = ? "
            "ORDER BY p.number", (paper, date))]
        return {"paper": paper, "date": date, "number": row["number"], "section": row["section"],
                "source": row["source"], "width": row["width"], "height": row["height"],
                "meta": json.loads(row["meta"] or "{}"), "has_image": row["image_type"] is not None,
                "articles": articles, "unassigned": unassigned, "page_numbers": numbers}

    def page_image(self, paper: str, date: str, number: int) -> tuple[bytes, str] | None:
        row = self._one("SELECT p.image, p.image_type FROM pages p JOIN editions e ON e.id = p.edition_id "
                        "WHERE e.paper = ? AND e.date = ? AND p.number = ?", (paper, date, number))
        if not row or row["image"] is None:
            return None
        return bytes(row["image"]), row["image_type"]

    def article(self, key: str) -> dict[str, Any] | None:
        """The full article (the JSON contract) plus where it sits and its neighbours."""
        row = self._one("SELECT id, edition_id, key, paper, date, page_number, section, seq, data FROM articles "
                        "WHERE key = ?", (key,))
        if not row:
            return None
        data = json.loads(row["data"])
        order = self._all("SELECT key, title FROM articles WHERE edition_id = ? ORDER BY page_number, seq",
                          (row["edition_id"],))
        keys = [o["key"] for o in order]
        at = keys.index(key)
        prev_ = order[at - 1] if at > 0 else None
        next_ = order[at + 1] if at + 1 < len(order) else None
        data.update(key=row["key"], paper=row["paper"], date=row["date"], page=row["page_number"],
                    section=row["section"], seq=row["seq"],
                    previous={"key": prev_["key"], "title": prev_["title"]} if prev_ else None,
                    next={"key": next_["key"], "title": next_["title"]} if next_ else None,
                    continues_to_key=self._continuation(row, data.get("continues_to"), forward=True),
                    continued_from_key=self._continuation(row, data.get("continued_from"), forward=False))
        return data

    def _continuation(self, row: dict[str, Any], other_page: int | None, forward: bool) -> str | None:
        """The key of the other part of a continued article: the article on the other page that points back."""
        if other_page is None:
            return None
        field = "continued_from" if forward else "continues_to"
        candidates = self._all("SELECT key, data FROM articles WHERE edition_id = ? AND page_number = ? ORDER BY seq",
                               (row["edition_id"], other_page))
        for c in candidates:
            if json.loads(c["data"]).get(field) == row["page_number"]:
                return c["key"]
        return None

    def people(self, prefix: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """People named in articles, most often named first."""
        sql = "SELECT name, count(DISTINCT article_id) AS articles, min(date) AS first, max(date) AS last FROM article_people"
        params: list[Any] = []
        if prefix:
            sql += " WHERE name LIKE ?"
            params.append(prefix.replace("%", "").replace("_", "") + "%")
        sql += " GROUP BY name ORDER BY articles DESC, name LIMIT ?"
        params.append(int(limit))
        return self._all(sql, params)

    def person(self, name: str) -> dict[str, Any] | None:
        """A person's titles over time (first and last date each was given) and the articles naming them."""
        rows = self._all("SELECT ap.titles, ap.date, a.key, a.paper, a.page_number, a.title FROM article_people ap "
                         "JOIN articles a ON a.id = ap.article_id WHERE ap.name = ? ORDER BY ap.date, a.key", (name,))
        if not rows:
            return None
        titles: dict[str, dict[str, str]] = {}
        for r in rows:
            for t in json.loads(r["titles"] or "[]"):
                span = titles.setdefault(t, {"title": t, "first": r["date"], "last": r["date"]})
                span["last"] = r["date"]
        articles = list({r["key"]: {"key": r["key"], "paper": r["paper"], "date": r["date"], "page": r["page_number"],
                                    "title": r["title"]} for r in rows}.values())
        return {"name": name, "titles": sorted(titles.values(), key=lambda s: (s["first"], s["title"])),
                "articles": articles}

    # --- search -------------------------------------------------------------------
    def search(self, query: str, *, paper: str | None = None, date_from: str | None = None,
               date_to: str | None = None, page: int | None = None, section: str | None = None,
               person: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Ranked full-text search over headlines, people, captions and bodies, with highlighted snippets."""
        parsed = parse_query(query)
        filters = SearchFilters(paper or None, date_from or None, date_to or None, page, section or None,
                                person or None)
        filters.check()
        if not 1 <= int(limit) <= MAX_SEARCH_LIMIT or int(offset) < 0:
            raise UsageError(f"limit must be 1 to {MAX_SEARCH_LIMIT} and offset 0 or more, got {limit!r}, {offset!r}")
        started = time.perf_counter()
        total, ranked, ranking = self._ranked_ids(parsed, filters, int(limit), int(offset))
        capped = total > MAX_COUNT
        total = min(total, MAX_COUNT)
        ranked = ranked[:max(0, total - int(offset))]
        hits = []
        if ranked:
            marks = ",".join("?" * len(ranked))
            rows = {r["id"]: r for r in self._all(
                f"SELECT id, key, paper, date, page_number, section, seq, data FROM articles WHERE id IN ({marks})",
                [i for i, _ in ranked])}
            for article_id, score in ranked:
                r = rows[article_id]
                data = json.loads(r["data"])
                hits.append({"key": r["key"], "paper": r["paper"], "date": r["date"], "page": r["page_number"],
                             "section": r["section"], "seq": r["seq"], "headline": data["headline"],
                             "score": round(float(score), 4), "snippet": snippet(data, parsed)})
        return {"query": parsed.text, "total": total, "total_is_lower_bound": capped, "limit": limit,
                "offset": offset, "ranking": ranking,
                "hits": hits,
                "filters": {k: v for k, v in vars_of(filters).items() if v is not None},
                "took_ms": round((time.perf_counter() - started) * 1000, 2)}

    def _date_bounds(self) -> tuple[str | None, str | None]:
        row = self._one("SELECT min(date) AS low, max(date) AS high FROM editions")
        return (row["low"], row["high"]) if row else (None, None)

    def _ranked_ids(self, parsed: ParsedQuery, filters: SearchFilters, limit: int,
                    offset: int) -> tuple[int, list[tuple[int, float]], str]:
        """Total hits, one page of (article id, score), and how it was ordered."""
        groups = key_groups(filters, self._date_bounds())
        if groups is None:
            return 0, [], "relevance"
        plan = self._plan(parsed, groups)
        total = self._count(plan, "all", MAX_COUNT + 1)
        if total == 0 or offset >= min(total, MAX_COUNT):
            return total, [], "relevance"
        if total <= self.rank_all_limit:
            return total, self._ranked(plan, "all", limit, offset), "relevance"
        head_total = self._count(plan, "head", MAX_COUNT + 1)
        hits: list[tuple[int, float]] = []
        if offset < head_total:
            if head_total <= self.rank_all_limit:
                hits = self._ranked(plan, "head", limit, offset)
            else:
                hits = self._newest(plan, "head", limit, offset)
        if len(hits) < limit:
            hits += self._newest(plan, "rest", limit - len(hits), max(0, offset - head_total))
        return total, hits, "headline-first"


def vars_of(filters: SearchFilters) -> dict[str, Any]:
    return {name: getattr(filters, name) for name in filters.__slots__}  # type: ignore[attr-defined]

