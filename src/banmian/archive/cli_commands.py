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

from ..argtypes import iso_date, one_line, port_number, positive_int

DB_HELP = "archive: a SQLite file (default banmian.db in this folder) or a postgresql:// URL; env BANMIAN_DB"


def _default_db() -> str:
    return os.environ.get("BANMIAN_DB", "banmian.db")


def register_ingest(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "ingest", help="parse pages and store them in the archive",
        description="Parse newspaper pages (text or PDF) and store editions, pages, articles and blocks in the "
                    "archive. Re-ingesting a page replaces it; each edition is stored in one transaction.",
        epilog="Exit status: 0 all stored, 1 some inputs failed (named on stderr, the rest still stored), 2 usage error.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="page files or folders (searched recursively), or one Parquet dataset written by banmian batch")
    p.add_argument("--paper", metavar="NAME", help="the paper's name, e.g. 江城日报 (else from the page header)")
    p.add_argument("--date", metavar="YYYY-MM-DD", type=iso_date,
                   help="the edition's date (else from the file name or header)")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--no-enrich", dest="enrich", action="store_false", help="skip the enrichment stage")
    p.add_argument("--workers", type=positive_int, default=None, metavar="N",
                   help="processes that parse pages, and with PostgreSQL also store them "
                        "(default: one per core; 1 works in this process)")
    p.add_argument("--index", choices=["maintain", "rebuild"], default="rebuild",
                   help="loading a Parquet dataset into PostgreSQL: keep the full-text index up to date while "
                        "loading, or drop it and build it once at the end (default: rebuild, the faster: "
                        "see bench/README.md)")
    p.set_defaults(func=cmd_ingest, enrich=True)


def register_search(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="full-text search of the archive",
                       description="Ranked full-text search over headlines, bodies, captions and people.")
    p.add_argument("query", help="1 to 20 characters, e.g. 城建; words separated by spaces must all match")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--paper", help="only this paper")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=iso_date,
                   help="only editions on or after this date")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=iso_date,
                   help="only editions on or before this date")
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
    p.add_argument("--port", type=port_number, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def cmd_ingest(args: argparse.Namespace) -> int:
    from . import open_archive
    from .ingest import ingest_paths

    if len(args.paths) == 1 and (Path(args.paths[0]) / "_banmian" / "ledger.sqlite").is_file():
        return _ingest_dataset(args)

    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"banmian: {path}: no such file or folder: {path!r}", file=sys.stderr)
    existing = [p for p in args.paths if Path(p).exists()]
    if not (args.paper and args.date):
        _check_first_input(existing, args.paper, args.date)
    progress = _Progress(terminal=sys.stderr.isatty())
    with open_archive(args.db or _default_db()) as archive:
        report = ingest_paths(archive, existing, paper=args.paper, date=args.date, enrich=args.enrich,
                              workers=args.workers, progress=progress)
        progress.finish()
        for source, error in report.failures:
            print(f"banmian: {source}: {one_line(error)}", file=sys.stderr)
        for source, warning in report.warnings:
            print(f"banmian: {source}: warning: {warning}", file=sys.stderr)
        print(f"stored {report.pages} pages, {report.articles} articles in {report.seconds:.2f} s "
              f"({_rate(report.pages_per_second)} pages/s) into {_describe(archive)}; "
              f"{len(report.failures) + len(missing)} inputs failed", file=sys.stderr)
    return 1 if report.failures or missing else 0


def _ingest_dataset(args: argparse.Namespace) -> int:
    """``banmian ingest DATASET``: load a Parquet dataset (nothing is parsed again)."""
    from ..batch.load import load_dataset
    from . import open_archive

    with open_archive(args.db or _default_db()) as archive:
        report, index_seconds = load_dataset(archive, args.paths[0], workers=args.workers, index=args.index)
        for source, error in report.failures:
            print(f"banmian: {source}: {one_line(error)}", file=sys.stderr)
        built = f", full-text index built in {index_seconds:.1f} s" if index_seconds else ""
        print(f"stored {report.pages} pages, {report.articles} articles from the dataset in {report.seconds:.2f} s "
              f"({_rate(report.pages_per_second)} pages/s{built}) into {_describe(archive)}; "
              f"{len(report.failures)} inputs failed", file=sys.stderr)
    return 1 if report.failures else 0


def _rate(per_second: float) -> str:
    """A rate with the digits it needs: 240, 9.4, 0.25 (not 0 for one page in 4 s)."""
    if per_second >= 10:
        return f"{per_second:.0f}"
    return f"{per_second:.1f}" if per_second >= 1 else f"{per_second:.2g}"


def _check_first_input(paths: list[str], paper: str | None, date: str | None) -> None:
    """Without --paper or --date, parse the first page before anything else: when it
    names no paper or date, every page like it would fail, so say so at once (a
    usage error) instead of after parsing them all."""
    from ..errors import BanmianError, UsageError
    from ..pipeline import expand_inputs, parse
    from .records import check_edition

    first = next(iter(expand_inputs(paths)), None)
    if first is None:
        return
    try:
        edition = parse(first, paper=paper, date=date, enrich=False)
    except (BanmianError, OSError):
        return  # this input fails on its own; the others may still be stored
    try:
        check_edition(edition)
    except BanmianError as exc:
        raise UsageError(f"{first}: {exc}") from None


class _Progress:
    """While a long ingest runs: on a terminal, one line redrawn about every two
    seconds; on a pipe or in a log, a line of its own about every ten."""

    EVERY_SECONDS = 2.0
    EVERY_SECONDS_LOGGED = 10.0

    def __init__(self, terminal: bool = True) -> None:
        self.files = self.failed = 0
        self.started = self.shown = time.monotonic()
        self.printed = False
        self.terminal = terminal
        self.every = self.EVERY_SECONDS if terminal else self.EVERY_SECONDS_LOGGED

    def __call__(self, result: Any) -> None:
        self.files += 1
        self.failed += not result.ok
        now = time.monotonic()
        if now - self.shown >= self.every:
            self.shown, self.printed = now, True
            line = f"{self.files} files read ({self.failed} failed), {_rate(self.files / max(now - self.started, 1e-6))}/s"
            if self.terminal:
                print("\r" + line, end="", file=sys.stderr, flush=True)
            else:
                print("banmian: " + line, file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.printed and self.terminal:
            print(file=sys.stderr)  # end the progress line before the summary


def _describe(archive: Any) -> str:
    return getattr(archive, "path", None) or "PostgreSQL"


def cmd_search(args: argparse.Namespace) -> int:
    from . import open_archive
    from .tokenizer import parse_query

    parse_query(args.query)  # a bad query is a usage error, whatever the archive
    with open_archive(args.db or _default_db(), must_exist=True) as archive:
        result = archive.search(args.query, paper=args.paper, date_from=args.date_from, date_to=args.date_to,
                                page=args.page, section=args.section, person=args.person, limit=args.limit)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['total']}{'+' if result['total_is_lower_bound'] else ''} 篇 · {result['took_ms']} ms")
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
    from . import open_archive

    open_archive(args.db or _default_db(), must_exist=True).close()  # serve no empty archive made by mistake
    app = create_app(args.db or _default_db())
    print(f"banmian: serving the archive on http://{args.host}:{args.port}/  (Ctrl+C to stop)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


COMMANDS = [("ingest", register_ingest), ("search", register_search), ("serve", register_serve)]
