"""The ``banmian`` command: a thin shell over the library.

Exit codes: 0 every input parsed, 1 some input failed (each named on stderr,
the rest still written), 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .argtypes import iso_date, one_line, positive_int
from .errors import BanmianError, OutputError, UsageError
from .model import Edition

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Command] = {}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a one-line message on bad usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"banmian: error: {message}\n")


def _progress(done: int, total: int, name: str) -> None:
    width = 30
    filled = width * done // max(1, total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[-40:]:<40}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _cmd_parse(args: argparse.Namespace) -> int:
    from .export import FOLDER_FORMATS, FOLDER_ONLY, FORMATS
    from .pipeline import ParseResult, expand_inputs, parse_many, parse_text

    if args.format == "parquet" and not args.output:
        raise UsageError("-f parquet writes a binary file: name it with -o FILE")
    to_folder = args.format in FOLDER_ONLY or (args.format in FOLDER_FORMATS and bool(args.output)
                                               and Path(args.output).is_dir())
    if args.format in FOLDER_ONLY and not args.output:
        raise UsageError(f"-f {args.format} writes several files: give a folder with -o DIR")
    if to_folder:
        _check_folder(Path(args.output))
    elif args.output:
        _check_output(Path(args.output))  # before parsing, not after minutes of work
    results: list[ParseResult] = []
    paths = [p for p in args.paths if p != "-"]
    if "-" in args.paths:
        data = sys.stdin.buffer.read()
        try:
            from .sources.text import decode

            edition = parse_text(decode(data), paper=args.paper, date=args.date, page=args.page,
                                 source="<stdin>", enrich=args.enrich)
            results.append(ParseResult("<stdin>", "parsed", edition=edition))
        except BanmianError as exc:
            results.append(ParseResult("<stdin>", "failed", error=str(exc)))
    for raw in paths:
        if not Path(raw).exists():
            results.append(ParseResult(raw, "failed", error=f"no such file or folder: {raw!r}"))
    existing = [p for p in paths if Path(p).exists()]
    total = len(expand_inputs(existing))
    show = total > 1 and sys.stderr.isatty()
    for done, result in enumerate(parse_many(existing, paper=args.paper, date=args.date, page=args.page,
                                             enrich=args.enrich, workers=args.workers), 1):
        results.append(result)
        if show:
            _progress(done, total, result.source)

    editions = _group_editions([r.edition for r in results if r.edition is not None])
    if getattr(args, "join", False):
        from .layout.join import join_continuations

        editions = [join_continuations(e) for e in editions]
    if args.format == "parquet":
        from .batch.single_file import file_key, write_articles_file

        sources = {id(page): (file_key(r.source), r.source) for r in results if r.edition
                   for page in r.edition.pages}
        write_articles_file(editions, args.output, sources)
    elif to_folder:
        _write_folder(Path(args.output), FOLDER_FORMATS[args.format](editions) if editions else {})
    else:
        _write_text(FORMATS[args.format](editions) if editions else "", args.output)
    failed = [r for r in results if r.status == "failed"]
    for r in failed:
        print(f"banmian: {r.source}: {one_line(r.error)}", file=sys.stderr)
    for r in results:
        for w in r.warnings:
            print(f"banmian: {r.source}: warning: {w}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _write_text(text: str, output: str | None) -> None:
    # valid UTF-8 whatever the input held: a damaged PDF's text may carry lone surrogates
    data = text.encode("utf-8", errors="replace")
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise OutputError(f"cannot write {output!r}: {exc.strerror or exc}") from None
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def _check_folder(path: Path) -> None:
    """``-o`` for a format of several files: a folder, or a new one in an existing folder."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"-o must name a folder for this format, and {str(path)!r} is a file")
    if not path.exists() and not path.parent.is_dir():
        raise UsageError(f"-o {str(path)!r}: there is no folder {str(path.parent)!r}")


def _write_folder(folder: Path, files: dict[str, bytes]) -> None:
    try:
        folder.mkdir(exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
    except OSError as exc:
        raise OutputError(f"cannot write into {str(folder)!r}: {exc.strerror or exc}") from None


def _check_output(path: Path) -> None:
    """``-o`` must name a file in an existing folder."""
    if path.is_dir():
        raise UsageError(f"-o must name a file, and {str(path)!r} is a folder")
    if not path.parent.is_dir():
        raise UsageError(f"-o {str(path)!r}: there is no folder {str(path.parent)!r}")


def _group_editions(editions: Sequence[Edition]) -> list[Edition]:
    """Pages of the same paper and date form one edition, in page order."""
    grouped: dict[tuple[str | None, str | None], Edition] = {}
    for e in editions:
        key = (e.paper, e.date)
        if key not in grouped:
            grouped[key] = Edition(paper=e.paper, date=e.date)
        grouped[key].pages.extend(e.pages)
    for e in grouped.values():
        e.pages.sort(key=lambda p: (p.number is None, p.number or 0))
    return list(grouped.values())


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="banmian",
        description="banmian (版面): turn Chinese newspaper pages into structured articles.",
        epilog="Example: banmian parse page-03.txt --paper 江城日报 --date 2020-01-15 -f markdown",
    )
    parser.add_argument("--version", action="version", version=f"banmian {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "parse", help="parse pages into articles (JSON on stdout)",
        description="Parse newspaper pages (extracted text, PDF, or page images read by OCR) into articles: headline tiers, "
                    "bylines, dateline, paragraphs, captions and continuations.",
        epilog="PATH may be a file, a folder (searched recursively, in sorted order) or - for stdin. "
               "Exit status: 0 all inputs parsed, 1 some failed (named on stderr), 2 usage error.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files, folders, or - for stdin")
    p.add_argument("-f", "--format", choices=["json", "jsonl", "markdown", "tei", "alto", "mets", "parquet"],
                   default="json",
                   help="json: one edition object (default); jsonl: one article a line; markdown: for reading; "
                        "tei: TEI P5 (one file per edition with -o DIR); alto: one ALTO 4.4 file per page "
                        "(needs -o DIR); mets: one METS 1.12 file per edition with its ALTO files (needs -o DIR); "
                        "parquet: the articles table of `banmian batch` in one file (needs -o FILE; extra 'parquet')")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to this file instead of stdout (a folder for alto, mets and tei)")
    p.add_argument("--paper", metavar="NAME", help="the paper's name, e.g. 江城日报")
    p.add_argument("--date", metavar="YYYY-MM-DD", type=iso_date, help="the edition's date")
    p.add_argument("--page", metavar="N", type=positive_int, help="the page number (第N版)")
    p.add_argument("--no-enrich", dest="enrich", action="store_false",
                   help="skip the people/places/dates enrichment stage")
    p.add_argument("--workers", metavar="N", type=positive_int, default=1,
                   help="parse in N processes (page images and scans: OCR is slow; default 1)")
    p.add_argument("--join", action="store_true",
                   help="merge articles continued on another page (（下转第2版） ... （上接第1版）) into one")
    p.set_defaults(func=_cmd_parse, enrich=None)  # None: enrich when the 'enrich' extra is installed

    s = sub.add_parser("schema", help="print the JSON Schema of the output",
                       description="Print the JSON Schema (draft 2020-12) of `banmian parse -f json`.")
    s.set_defaults(func=_cmd_schema)

    for name, register in _EXTRA_COMMANDS:
        register(sub)
    return parser


#: Commands added by optional parts (archive, web); each registers a subparser.
_EXTRA_COMMANDS: list[tuple[str, Callable[[argparse._SubParsersAction], None]]] = []  # type: ignore[type-arg]

from .archive.cli_commands import COMMANDS as _ARCHIVE_COMMANDS  # noqa: E402  (stdlib-only imports)
from .batch.cli_commands import COMMANDS as _BATCH_COMMANDS  # noqa: E402  (stdlib-only imports)

_EXTRA_COMMANDS.extend(_ARCHIVE_COMMANDS)
_EXTRA_COMMANDS.extend(_BATCH_COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    import warnings

    warnings.formatwarning = lambda message, *_args, **_kw: f"banmian: warning: {message}\n"
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"banmian: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except BanmianError as exc:
        print(f"banmian: {one_line(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("banmian: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
