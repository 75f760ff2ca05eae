"""``banmian ingest``, ``banmian search`` and ``banmian serve``.

Registered through ``cli._EXTRA_COMMANDS``; only the standard library is
imported here, the archive backends and the web stack load inside handlers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

DB_HELP = "archive: a SQLite file (default banmian.db in this folder) or a postgresql:// URL; env BANMIAN_DB"


def _default_db() -> str:
    return os.environ.get("BANMIAN_DB", "banmian.db")


def register_ingest(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "ingest", help="parse pages and store them in the archive",
        description="Parse newspaper pages (text or PDF) and store editions, pages, articles and blocks in the "
                    "archive. Re-ingesting a page replaces it; each edition is stored in one transaction.",
        epilog="Exit status: 0 all stored, 1 some inputs failed (named on stderr, the rest still stored), 2 usage error.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders (searched recursively)")
    p.add_argument("--paper", metavar="NAME", help="the paper's name, e.g. 江城日报 (else from the page header)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the edition's date (else from the file name or header)")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--no-enrich", dest="enrich", action="store_false", help="skip the enrichment stage")
    p.set_defaults(func=cmd_ingest, enrich=True)


def register_search(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="full-text search of the archive",
                       description="Ranked full-text search over headlines, bodies, captions and people.")
    p.add_argument("query", help="1 to 20 characters, e.g. 城建; words separated by spaces must all match")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--paper", help="only this paper")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="only editions on or after this date")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="only editions on or before this date")
    p.add_argument("--page", type=int, metavar="N", help="only this page number")
    p.add_argument("--section", help="only this section (版名), e.g. 要闻")
    p.add_argument("--person", help="only articles naming this person")
    p.add_argument("-n", "--limit", type=int, default=10, help="how many hits (1-100, default 10)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_search)


def register_serve(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="serve the web reader and JSON API",
                       description="Serve the archive as a web reader (calendar, pages, articles, search, people) "
                                   "with a JSON API; read-only except POST /api/ingest with a bearer token "
                                   "from the BANMIAN_INGEST_TOKEN environment variable.")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def _render_images(path: Path) -> dict[int, tuple[bytes, str]]:
    """PNG images of a PDF's pages, keyed by page number (1-based), if PyMuPDF is installed."""
    try:
        import fitz  # PyMuPDF, from the pdf extra
    except ImportError:
        print(f"banmian: {path}: warning: no page image (PyMuPDF not installed: pip install 'banmian[pdf]')",
              file=sys.stderr)
        return {}
    images: dict[int, tuple[bytes, str]] = {}
    with fitz.open(path) as doc:
        for index, page in enumerate(doc, 1):
            images[index] = (page.get_pixmap(dpi=110).tobytes("png"), "image/png")
    return images


def cmd_ingest(args: argparse.Namespace) -> int:
    from ..errors import BanmianError
    from ..pipeline import parse_many
    from . import open_archive

    failed = 0
    pages = articles = 0
    started = time.perf_counter()
    with open_archive(args.db or _default_db()) as archive:
        for result in parse_many(args.paths, paper=args.paper, date=args.date, enrich=args.enrich):
            if result.edition is None:
                failed += 1
                print(f"banmian: {result.source}: {result.error}", file=sys.stderr)
                continue
            images: dict[int, tuple[bytes, str]] = {}
            source = Path(result.source)
            if source.suffix.lower() == ".pdf":
                pdf_images = _render_images(source)
                for page in result.edition.pages:
                    image = pdf_images.get(page.number or 0) or (pdf_images.get(1) if len(pdf_images) == 1 else None)
                    if image:
                        images[page.number or 0] = image
            try:
                articles += archive.ingest(result.edition, images)
                pages += len(result.edition.pages)
            except BanmianError as exc:
                failed += 1
                print(f"banmian: {result.source}: {exc}", file=sys.stderr)
        seconds = time.perf_counter() - started
        print(f"stored {pages} pages, {articles} articles in {seconds:.2f} s into {_describe(archive)}; "
              f"{failed} inputs failed", file=sys.stderr)
    return 1 if failed else 0


def _describe(archive: Any) -> str:
    return getattr(archive, "path", None) or "PostgreSQL"


def cmd_search(args: argparse.Namespace) -> int:
    from . import open_archive

    with open_archive(args.db or _default_db()) as archive:
        result = archive.search(args.query, paper=args.paper, date_from=args.date_from, date_to=args.date_to,
                                page=args.page, section=args.section, person=args.person, limit=args.limit)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['total']} 篇 · {result['took_ms']} ms")
    for hit in result["hits"]:
        head = hit["headline"]
        title = head.get("title") or head.get("kicker") or "（无标题）"
        snippet = hit["snippet"].replace("<mark>", "【").replace("</mark>", "】")
        import html

        print(f"{hit['key']}  {title}\n    {html.unescape(snippet)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from ..web.app import create_app
    except ImportError as exc:
        from ..errors import UsageError

        raise UsageError(f"the web reader needs the 'web' extra (pip install 'banmian[web]'): {exc}") from None
    app = create_app(args.db or _default_db())
    print(f"banmian: serving the archive on http://{args.host}:{args.port}/  (Ctrl+C to stop)", file=sys.stderr,
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


COMMANDS = [("ingest", register_ingest), ("search", register_search), ("serve", register_serve)]
