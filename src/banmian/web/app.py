"""The web reader: FastAPI app factory, HTML pages in Chinese and their JSON twins.

Every HTML route ``/x`` has a JSON twin ``/api/x`` that returns the very dict
the template renders; the OpenAPI spec is at ``/openapi.json``. The app is
read-only except ``POST /api/ingest``, which needs ``Authorization: Bearer``
with the token from the ``BANMIAN_INGEST_TOKEN`` environment variable (no
token set: ingest over HTTP is off). Bodies are capped in size, files are
only served from the package's own static folder, and all SQL is bound.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hmac
import os
import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as InPath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..archive import open_archive
from ..archive.base import Archive
from ..archive.records import check_edition, paper_name_problem
from ..errors import ArchiveBusyError, ArchiveError, BanmianError, UsageError
from ..isodate import check_date
from .bodies import MAX_PAGE_NUMBER, edition_from_json
from .icon import favicon_ico
from .iiif import add_iiif_routes
from .limits import BodySizeLimit, SecurityHeaders

HERE = Path(__file__).parent
DATE = r"^\d{4}-\d{2}-\d{2}$"
PAPER = r"^[^/\\]{1,100}$"
MONTH = r"^\d{4}-\d{2}$"
OPTIONAL_DATE = r"^(\d{4}-\d{2}-\d{2})?$"
OPTIONAL_PAPER = r"^[^/\\]{0,100}$"
#: Largest request body accepted (an edition as JSON or a page of text).
MAX_BODY_BYTES = 5 * 1024 * 1024
TOKEN_ENV = "BANMIAN_INGEST_TOKEN"
WEEKDAYS = "一二三四五六日"
#: Page numbers (第N版; 0 for a page stored without one) and article sequence numbers in URLs:
#: bounded, so no number reaches the database that it cannot hold (99999999999999999999 was a 500).
PAGE_NUMBER = InPath(ge=0, le=MAX_PAGE_NUMBER, description=f"page number (第N版), 0 to {MAX_PAGE_NUMBER}")
SEQUENCE = InPath(ge=1, le=100_000, description="the article's place on its page, from 1")


def create_app(db: str | None = None, *, ingest_token: str | None = None,
               max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """A reader over the archive at ``db`` (SQLite path or postgresql:// URL)."""
    db_url = db or os.environ.get("BANMIAN_DB", "banmian.db")
    token = ingest_token if ingest_token is not None else os.environ.get(TOKEN_ENV, "")
    open_archive(db_url).close()  # fail at start-up, not on the first request, and create the schema
    local = threading.local()

    def archive() -> Archive:
        """One connection per worker thread (SQLite connections are not shared across threads)."""
        found = getattr(local, "archive", None)
        if found is None:
            found = local.archive = open_archive(db_url)
        return found

    app = FastAPI(title="banmian 版面 archive", version="1",
                  description="Chinese newspaper archive: editions, pages, articles, people and full-text search. "
                              "Every HTML page has a JSON twin under /api.")
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)  # added last, so outermost: the size refusals (413, 414) carry it too
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(favicon_ico(), media_type="image/x-icon", headers={"Cache-Control": "public, max-age=604800"})

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["q"] = lambda value: quote(str(value), safe="")
    templates.env.globals["article_url"] = article_url
    templates.env.globals["weekday"] = weekday

    def render(request: Request, name: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
        path = request.url.path if request.url.path != "/" else "/editions"
        twin = "/api" + quote(path) + (f"?{request.url.query}" if request.url.query else "")
        return templates.TemplateResponse(request, name, {"d": data, "json_url": twin}, status_code=status)

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, exc: UsageError) -> Response:
        return _error(request, templates, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')} (got {e.get('input')!r})"
                             for e in exc.errors())
        return _error(request, templates, 422, problems or "invalid request")

    @app.exception_handler(ArchiveBusyError)
    async def archive_busy(request: Request, exc: ArchiveBusyError) -> Response:
        return _error(request, templates, 503, "the archive is busy with another writer: try again shortly",
                      {"Retry-After": "5"})

    @app.exception_handler(ArchiveError)
    async def archive_error(request: Request, exc: ArchiveError) -> Response:
        return _error(request, templates, 500, "archive error")

    # --- calendar --------------------------------------------------------------------
    def calendar_data(paper: str | None, month: str | None) -> dict[str, Any]:
        arc = archive()
        papers = arc.papers()
        paper = paper or (papers[0] if papers else None)
        if month is None:
            latest = arc.editions(paper)[:1]
            month = latest[0]["date"][:7] if latest else dt.date.today().isoformat()[:7]
        editions = arc.editions(paper, month)
        year, mon = (int(x) for x in month.split("-"))
        if not 1 <= mon <= 12:
            raise UsageError(f"month must be YYYY-MM, got {month!r}")
        by_day = {int(e["date"][8:]): e for e in editions if e["paper"] == paper}
        weeks = [[{"day": d, "edition": by_day.get(d)} if d else None for d in week]
                 for week in calendar.Calendar().monthdayscalendar(year, mon)]
        prev_month = f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"
        next_month = f"{year + 1}-01" if mon == 12 else f"{year}-{mon + 1:02d}"
        return {"papers": papers, "paper": paper, "month": month, "editions": editions, "weeks": weeks,
                "weekdays": list(WEEKDAYS), "previous_month": prev_month, "next_month": next_month}

    @app.get("/", response_class=HTMLResponse, summary="Calendar of editions (HTML)")
    def home(request: Request, paper: str | None = Query(None, pattern=PAPER),
             month: str | None = Query(None, pattern=MONTH)) -> Response:
        return render(request, "calendar.html", calendar_data(paper, month))

    @app.get("/api/editions", summary="Editions of a paper in a month (calendar twin)")
    def api_calendar(paper: str | None = Query(None, pattern=PAPER),
                     month: str | None = Query(None, pattern=MONTH)) -> dict[str, Any]:
        return calendar_data(paper, month)

    # --- edition and page --------------------------------------------------------------
    def edition_data(paper: str, date: str) -> dict[str, Any]:
        found = archive().edition(paper, date)
        if not found:
            raise HTTPException(404, f"no edition of {paper!r} on {date!r}")
        if any(p.get("has_image") for p in found["pages"]):  # what a IIIF viewer (Mirador, UV) opens
            found["iiif_manifest"] = f"/iiif/{quote(paper, safe='')}/{date}/manifest.json"
        return found

    @app.get("/editions/{paper}/{date}", response_class=HTMLResponse, summary="An edition's pages (HTML)")
    def edition(request: Request, paper: str, date: str) -> Response:
        _check_path(paper, date)
        return render(request, "edition.html", edition_data(paper, date))

    @app.get("/api/editions/{paper}/{date}", summary="An edition's pages and headlines")
    def api_edition(paper: str, date: str) -> dict[str, Any]:
        _check_path(paper, date)
        return edition_data(paper, date)

    def page_data(paper: str, date: str, number: int) -> dict[str, Any]:
        found = archive().page(paper, date, number)
        if not found:
            raise HTTPException(404, f"no page {number} in {paper!r} of {date!r}")
        found["zones"] = _zones(found)
        return found

    @app.get("/editions/{paper}/{date}/pages/{number}", response_class=HTMLResponse, summary="A page (HTML)")
    def page(request: Request, paper: str, date: str, number: int = PAGE_NUMBER) -> Response:
        _check_path(paper, date)
        return render(request, "page.html", page_data(paper, date, number))

    @app.get("/api/editions/{paper}/{date}/pages/{number}", summary="A page: size, articles with zones")
    def api_page(paper: str, date: str, number: int = PAGE_NUMBER) -> dict[str, Any]:
        _check_path(paper, date)
        return page_data(paper, date, number)

    @app.get("/editions/{paper}/{date}/pages/{number}/image", summary="The page image rendered from the PDF")
    def page_image(paper: str, date: str, number: int = PAGE_NUMBER) -> Response:
        _check_path(paper, date)
        found = archive().page_image(paper, date, number)
        if not found:
            raise HTTPException(404, "this page has no image (text-mode edition)")
        return Response(found[0], media_type=found[1], headers={"Cache-Control": "public, max-age=86400"})

    # --- article ----------------------------------------------------------------------
    def article_data(paper: str, date: str, number: int, seq: int) -> dict[str, Any]:
        found = archive().article(f"{paper}/{date}/{number:02d}/{seq}")
        if not found:
            raise HTTPException(404, f"no article {seq} on page {number} of {paper!r} {date!r}")
        return found

    @app.get("/articles/{paper}/{date}/{number}/{seq}", response_class=HTMLResponse, summary="An article (HTML)")
    def article(request: Request, paper: str, date: str, number: int = PAGE_NUMBER,
                seq: int = SEQUENCE) -> Response:
        _check_path(paper, date)
        data = article_data(paper, date, number, seq)
        return render(request, "article.html", {**data, "sheet": paragraph_sheet(archive(), data)})

    @app.get("/api/articles/{paper}/{date}/{number}/{seq}", summary="An article: the JSON contract plus links")
    def api_article(paper: str, date: str, number: int = PAGE_NUMBER, seq: int = SEQUENCE) -> dict[str, Any]:
        _check_path(paper, date)
        return article_data(paper, date, number, seq)

    # --- IIIF: Image API per page image, Presentation manifest per edition --------------
    add_iiif_routes(app, archive, _check_path, PAGE_NUMBER, article_url)

    # --- search -----------------------------------------------------------------------
    def search_data(q: str | None, paper: str | None, date_from: str | None, date_to: str | None,
                    page_text: str | None, section: str | None, person: str | None, offset: int) -> dict[str, Any]:
        arc = archive()
        page_number = int(page_text) if page_text else None
        form = {"q": q or "", "paper": paper or "", "from": date_from or "", "to": date_to or "",
                "page": page_number if page_number is not None else "", "section": section or "", "person": person or ""}
        result: dict[str, Any] = {"form": form, "papers": arc.papers(), "result": None}
        if q:
            result["result"] = arc.search(q, paper=paper, date_from=date_from, date_to=date_to, page=page_number,
                                          section=section, person=person, limit=20, offset=offset)
        return result

    # empty form fields mean "no filter", so every filter may be empty
    search_params = dict(
        q=Query(None, max_length=60, description="1 to 20 characters; words separated by spaces must all match"),
        paper=Query(None, pattern=OPTIONAL_PAPER), date_from=Query(None, alias="from", pattern=OPTIONAL_DATE),
        date_to=Query(None, alias="to", pattern=OPTIONAL_DATE),
        page_number=Query(None, alias="page", pattern=r"^\d{0,3}$", description="page number (版次)"),
        section=Query(None, max_length=40), person=Query(None, max_length=40), offset=Query(0, ge=0, le=10000))

    @app.get("/search", response_class=HTMLResponse, summary="Search (HTML)")
    def search(request: Request, q: str | None = search_params["q"], paper: str | None = search_params["paper"],
               date_from: str | None = search_params["date_from"], date_to: str | None = search_params["date_to"],
               page_number: str | None = search_params["page_number"], section: str | None = search_params["section"],
               person: str | None = search_params["person"], offset: int = search_params["offset"]) -> Response:
        try:
            data = search_data(q, paper, date_from, date_to, page_number, section, person, offset)
        except UsageError as exc:
            data = search_data(None, paper, date_from, date_to, page_number, section, person, 0)
            data["error"] = str(exc)
            data["form"]["q"] = q or ""
            return render(request, "search.html", data, status=400)
        return render(request, "search.html", data)

    @app.get("/api/search", summary="Ranked full-text search with highlighted snippets and filters")
    def api_search(q: str = search_params["q"], paper: str | None = search_params["paper"],
                   date_from: str | None = search_params["date_from"], date_to: str | None = search_params["date_to"],
                   page_number: str | None = search_params["page_number"],
                   section: str | None = search_params["section"], person: str | None = search_params["person"],
                   offset: int = search_params["offset"]) -> dict[str, Any]:
        if not q:
            raise UsageError("the search needs a query q of 1 to 20 characters, got ''")
        return search_data(q, paper, date_from, date_to, page_number, section, person, offset)

    # --- people -----------------------------------------------------------------------
    def people_data(prefix: str | None) -> dict[str, Any]:
        return {"prefix": prefix or "", "people": archive().people(prefix)}

    @app.get("/people", response_class=HTMLResponse, summary="Index of people (HTML)")
    def people(request: Request, prefix: str | None = Query(None, max_length=20)) -> Response:
        return render(request, "people.html", people_data(prefix))

    @app.get("/api/people", summary="People named in articles, most named first")
    def api_people(prefix: str | None = Query(None, max_length=20)) -> dict[str, Any]:
        return people_data(prefix)

    def person_data(name: str) -> dict[str, Any]:
        found = archive().person(name)
        if not found:
            raise HTTPException(404, f"no person named {name!r}")
        return found

    @app.get("/people/{name}", response_class=HTMLResponse, summary="A person: titles over time, articles (HTML)")
    def person(request: Request, name: str) -> Response:
        return render(request, "person.html", person_data(name))

    @app.get("/api/people/{name}", summary="A person: titles over time and the articles naming them")
    def api_person(name: str) -> dict[str, Any]:
        return person_data(name)

    # --- ingest (token only) ------------------------------------------------------------
    @app.post("/api/ingest", summary="Store an edition (banmian/1 JSON) or one text page; needs the bearer token",
              status_code=201)
    async def ingest(request: Request, authorization: str | None = Header(None),
                     paper: str | None = Query(None, pattern=PAPER), date: str | None = Query(None, pattern=DATE),
                     page: int | None = Query(None, ge=1, le=999)) -> dict[str, Any]:
        if not token:
            raise HTTPException(403, f"ingest over HTTP is off: set {TOKEN_ENV} on the server")
        if not _bearer_token_matches(authorization, token):
            raise HTTPException(401, "a valid bearer token is needed (Authorization: Bearer <token>)",
                                headers={"WWW-Authenticate": "Bearer"})
        body = await request.body()
        edition = _edition_from_body(body, request.headers.get("content-type", ""), paper, date, page)
        _check_storable(edition)
        stored = archive().ingest(edition)
        return {"paper": edition.paper, "date": edition.date, "pages": len(edition.pages), "articles": stored}

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, templates, exc.status_code, str(exc.detail), exc.headers)

    return app


def paragraph_sheet(store: Any, data: dict[str, Any]) -> dict[str, Any] | None:
    """Where each paragraph of an article sits on its page: the rectangles of
    the blocks it came from (its provenance), for the page image beside the
    text; None when the article holds no geometry (a text page)."""
    boxes = {b.get("id"): b.get("bbox") for b in data.get("blocks") or [] if b.get("bbox")}
    paragraphs = (data.get("provenance") or {}).get("paragraphs") or []
    rects = [[boxes[i] for i in ids if i in boxes] for ids in paragraphs]
    if not any(rects):
        return None
    page = store.page(data["paper"], data["date"], data["page"]) or {}
    if not page.get("width") or not page.get("height"):
        return None
    return {"width": page["width"], "height": page["height"], "has_image": page.get("has_image", False),
            "paragraphs": [[{"x": b[0], "y": b[1], "w": b[2] - b[0], "h": b[3] - b[1]} for b in r] for r in rects]}


def article_url(key: str) -> str:
    """``paper/date/03/1`` -> ``/articles/paper/date/3/1``, URL-quoted."""
    paper, date, number, seq = key.rsplit("/", 3)
    return f"/articles/{quote(paper, safe='')}/{date}/{int(number)}/{seq}"


def _bearer_token_matches(authorization: str | None, token: str) -> bool:
    """Only ``Authorization: Bearer <token>`` (the scheme in any case, RFC 7235): a bare
    token, or one under another scheme, is refused."""
    scheme, _, given = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def _check_storable(edition: Any) -> None:
    """Refuse, as the client's mistake (400), an edition the archive would refuse: no paper
    name or one the reader could not show (``..``), no date."""
    problem = paper_name_problem(edition.paper)
    if problem:
        raise UsageError(f"{problem}: give ?paper=NAME or put it in the body, got {edition.paper!r}")
    if not re.match(DATE, edition.date or ""):
        raise UsageError(f"the edition needs a date: give ?date=YYYY-MM-DD or put it in the body, got {edition.date!r}")
    try:
        check_edition(edition)  # whatever else the archive would refuse
    except ArchiveError as exc:
        raise UsageError(str(exc)) from None


def _check_path(paper: str, date: str) -> None:
    """Paper names and dates come from the URL: refuse anything odd before it reaches the archive."""
    if not re.match(PAPER, paper) or paper_name_problem(paper):
        raise HTTPException(404, f"no paper {paper!r}")
    if not re.match(DATE, date):
        raise HTTPException(404, f"not a date: {date!r}")


def _zones(page: dict[str, Any]) -> list[dict[str, Any]]:
    """Clickable rectangles for the page view, in page coordinates (PDF points)."""
    zones = []
    for a in page["articles"]:
        for x0, y0, x1, y1 in a.get("bbox") or []:
            zones.append({"key": a["key"], "x": x0, "y": y0, "w": max(1.0, x1 - x0), "h": max(1.0, y1 - y0),
                          "title": a["headline"].get("title") or a["headline"].get("kicker") or "（无标题）"})
    return zones


def _edition_from_body(body: bytes, content_type: str, paper: str | None, date: str | None, page: int | None) -> Any:
    from ..pipeline import parse_text
    from ..sources.text import decode

    if content_type.startswith("application/json"):
        edition = edition_from_json(body)
        edition.paper = paper or edition.paper
        edition.date = date or edition.date
        if edition.date is not None:
            check_date(edition.date)  # 2023-02-30 is a 400, not a 500 in the archive
        return edition
    if content_type.startswith("text/plain"):
        try:
            return parse_text(decode(body), paper=paper, date=date, page=page, source="upload")
        except BanmianError as exc:
            raise UsageError(str(exc)) from None
    raise HTTPException(415, f"send application/json (a banmian/1 edition) or text/plain (a page), not {content_type!r}")


def _error(request: Request, templates: Jinja2Templates, status: int, message: str,
           headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/iiif/"):  # viewers on other sites read these errors too
        return JSONResponse({"detail": message}, status_code=status,
                            headers={**(headers or {}), "Access-Control-Allow-Origin": "*"})
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    return templates.TemplateResponse(request, "error.html", {"d": {"status": status, "message": message}},
                                      status_code=status, headers=headers)


def weekday(date: str) -> str:
    return "星期" + WEEKDAYS[dt.date.fromisoformat(date).weekday()]
