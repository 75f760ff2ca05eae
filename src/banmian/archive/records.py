"""Model objects -> plain rows, and the pieces of search shared by both backends.

The archive only reads the model: what it stores is the article's JSON
contract (``Article.to_dict()``) plus a few columns to filter and list by.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from ..errors import ArchiveError
from ..isodate import check_date, is_real_date
from ..model import Article, Edition, Page
from .keys import article_keys
from .tokenizer import ParsedQuery, index_text, normalise, tsvector_literals

#: Search field weights: a hit in the headline counts most, then people, captions, body.
FIELD_WEIGHTS = {"title": 10.0, "people": 4.0, "captions": 2.0, "body": 1.0}


def article_key(paper: str, date: str, page: int, seq: int) -> str:
    """The deterministic public id: paper plus the article id ``date/page/seq``, from where
    the article is stored (so a parser's ``undated/00/1`` never leaks into the archive)."""
    return f"{paper}/{date}/{page:02d}/{seq}"


def paper_name_problem(name: str | None) -> str | None:
    """What makes ``name`` unusable as an archived paper's name (it is part of every URL
    of the reader, so ``/``, ``\\``, ``..`` and control characters are out), or None."""
    paper = (name or "").strip()
    if not paper:
        return "a paper name is needed"
    if len(paper) > 100:
        return "a paper name has at most 100 characters"
    if "/" in paper or "\\" in paper or ".." in paper or paper == ".":
        return "a paper name cannot hold '/', '\\' or '..'"
    if any(ord(c) < 32 or ord(c) == 127 for c in paper):
        return "a paper name cannot hold control characters"
    return None


def check_edition(edition: Edition) -> tuple[str, str]:
    """The (paper, date) an edition is stored under; both are required."""
    paper = (edition.paper or "").strip()
    problem = paper_name_problem(paper)
    if problem:
        raise ArchiveError(f"an archived edition needs a usable paper name: {problem} (pass --paper), "
                           f"got {edition.paper!r}")
    if not is_real_date(edition.date):
        raise ArchiveError(f"an archived edition needs a real date in YYYY-MM-DD form (pass --date), "
                           f"got {edition.date!r}")
    return paper, edition.date


def page_number(page: Page) -> int:
    return page.number if page.number is not None else 0


def search_fields(article: Article) -> dict[str, str]:
    """The text of each search field of an article."""
    head = article.headline
    title = " ".join(t for t in (head.kicker, head.title, head.subtitle) if t)
    people = [p.name + " " + " ".join(p.titles) for p in article.people]
    people += [b.name for b in article.bylines]
    captions = [c.text + " " + (c.credit or "") for c in article.captions]
    body = [article.dateline or ""] + list(article.paragraphs)
    return {"title": title, "people": "\n".join(people), "captions": "\n".join(captions), "body": "\n".join(body)}


def prepare_index(backend: str, article: Article, paper: str, date: str, page: int, section: str | None) -> Any:
    """What a backend's full-text index stores for an article, computed from the shared
    tokenizer alone (so worker processes can do it while the writer writes):
    SQLite: one token string per field plus the keys; PostgreSQL: tsvector literals
    for the weighted text, the headline and the keys, and a tuple of the further parts
    of a text too long for one vector (see :func:`tsvector_literals`; usually empty)."""
    fields = search_fields(article)
    keys = article_keys(paper, date, page, section, [p.name for p in article.people if p.name],
                        fields["title"], fields.values())
    if backend == "sqlite":
        return (*(index_text(fields[name]) for name in FIELD_WEIGHTS), " ".join(keys))
    text, *more = tsvector_literals((letter, fields[name]) for name, letter in zip(FIELD_WEIGHTS, "ABCD"))
    head = tsvector_literals([("A", fields["title"])])[0]  # a headline's phrases beyond its first part: not ranked first
    return text, head, " ".join(map("'{}'".format, keys)), tuple(more)  # keys: ASCII letters and digits, CJK


@dataclass(slots=True)
class ArticleRows:
    """One article as stored: its ``articles`` columns, its people and its index entry."""

    key: str
    seq: int
    kicker: str | None
    title: str | None
    subtitle: str | None
    #: the JSON contract of the article (``Article.to_dict()``)
    data: str
    #: (name, titles as JSON) per person named
    people: list[tuple[str, str]]
    #: what :func:`prepare_index` computed for the backend
    index: Any


@dataclass(slots=True)
class PageRows:
    """One page as stored: its columns, its articles and all its blocks."""

    number: int
    section: str | None
    source: str | None
    width: float | None
    height: float | None
    meta: str
    articles: list[ArticleRows]
    #: (order, article seq or None, role, text, line_start, bbox json) per block
    blocks: list[tuple[int, int | None, str, str, int | None, str | None]]


@dataclass(slots=True)
class EditionRows:
    """An edition turned into plain rows for one backend: everything an archive writes,
    computed from the model alone, so worker processes can do it while the writer writes
    (and only strings cross between processes, not the model)."""

    paper: str
    date: str
    pages: list[PageRows]

    @property
    def articles(self) -> int:
        return sum(len(p.articles) for p in self.pages)


def edition_rows(backend: str, edition: Edition) -> EditionRows:
    """The rows an archive of ``backend`` stores for an edition; ArchiveError when it has
    no paper name or date to be stored under."""
    paper, date = check_edition(edition)
    pages = []
    for page in edition.pages:
        number = page_number(page)
        articles = [
            ArticleRows(article_key(paper, date, number, seq), seq, a.headline.kicker, a.headline.title,
                        a.headline.subtitle, json.dumps(a.to_dict(), ensure_ascii=False),
                        [(p.name, json.dumps(p.titles, ensure_ascii=False)) for p in a.people if p.name],
                        prepare_index(backend, a, paper, date, number, page.section))
            for seq, a in enumerate(page.articles, 1)]
        pages.append(PageRows(number, page.section, page.source, page.width, page.height,
                              json.dumps(page.meta, ensure_ascii=False), articles, block_rows(page)))
    return EditionRows(paper, date, pages)


def block_rows(page: Page) -> list[tuple[int, int | None, str, str, int | None, str | None]]:
    """(order, article seq or None, role, text, line_start, bbox json) for every block of a page."""
    owner = {id(b): seq for seq, a in enumerate(page.articles, 1) for b in a.blocks}
    return [(i, owner.get(id(b)), str(b.role), b.text, b.line_start,
             json.dumps(list(b.bbox)) if b.bbox is not None else None)
            for i, b in enumerate(page.blocks)]


@dataclass(slots=True)
class SearchFilters:
    """Optional filters of a search; ``None`` means no filter."""

    paper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    page: int | None = None
    section: str | None = None
    person: str | None = None

    def check(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                check_date(value, name)
        if self.page is not None and (not isinstance(self.page, int) or self.page < 0):
            from ..errors import UsageError

            raise UsageError(f"page must be a whole number, got {self.page!r}")


def snippet(article: dict[str, Any], parsed: ParsedQuery, width: int = 80) -> str:
    """An HTML snippet around the first hit, hits wrapped in ``<mark>``; everything else escaped."""
    head = article.get("headline") or {}
    texts = [" ".join(p for p in article.get("paragraphs", []) if p)]
    texts += [c.get("text", "") for c in article.get("captions", [])]
    texts += [" ".join(t for t in (head.get("kicker"), head.get("title"), head.get("subtitle")) if t)]
    texts += ["、".join(p["name"] + (("（" + "，".join(p.get("titles", [])) + "）") if p.get("titles") else "")
                       for p in article.get("people", []))]
    literals = sorted(parsed.literals, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(x) for x in literals)) if literals else None
    for text in texts:
        if not text:
            continue
        folded = normalise(text)
        hit = pattern.search(folded) if pattern else None
        if hit is None:
            continue
        start = max(0, hit.start() - width // 3)
        end = min(len(text), start + width)
        return _mark(text, folded, start, end, pattern)  # type: ignore[arg-type]
    body = texts[0] or texts[-2]
    return html.escape(body[:width]) + ("…" if len(body) > width else "")


def _mark(text: str, folded: str, start: int, end: int, pattern: re.Pattern[str]) -> str:
    out: list[str] = ["…" if start > 0 else ""]
    pos = start
    for m in pattern.finditer(folded, start, end):
        out.append(html.escape(text[pos:m.start()]))
        out.append("<mark>" + html.escape(text[m.start():m.end()]) + "</mark>")
        pos = m.end()
    out.append(html.escape(text[pos:end]))
    out.append("…" if end < len(text) else "")
    return "".join(out)
