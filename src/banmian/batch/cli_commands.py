"""``banmian batch``: a thin shell over :func:`banmian.batch.run.run_batch`.

Only the standard library is imported here; pyarrow and Ray load when the
command runs. Exit status: 0 every input parsed (or already done), 1 some
input failed (each in the dataset's failures table, the first named on
stderr), 2 usage error, 130 interrupted (what was done is kept: run the same
command again to finish).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..argtypes import iso_date, positive_int


def register_batch(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "batch", help="parse many pages in parallel into a Parquet dataset (resumable; local or Ray)",
        description="Parse pages (text, PDF, ...) in parallel into a Parquet dataset with the tables articles, "
                    "pages and failures, partitioned by paper and year. Each input is keyed by its content hash "
                    "and written exactly once: run the same command again after an interruption and only the "
                    "rest is done.",
        epilog="INPUT is a file, a folder (searched recursively), a glob pattern ('pages/**/*.pdf', quoted), "
               "@MANIFEST (one path a line, relative to the manifest's folder) or an fsspec URL (s3://...). "
               "Exit status: 0 all parsed, 1 some failed, 2 usage error, 130 interrupted.")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders, glob patterns, @manifest, URLs")
    p.add_argument("--manifest", action="append", default=[], metavar="FILE",
                   help="a file listing one input a line (may be given more than once)")
    p.add_argument("--out", required=True, metavar="DATASET", help="the dataset's folder (created; resumed if it exists)")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: worker processes on this machine (default); ray: Ray tasks (extra 'ray')")
    p.add_argument("--address", metavar="ADDR", help="the Ray cluster to join (e.g. ray://head:10001 or auto); "
                                                     "default: $RAY_ADDRESS, else a Ray started here")
    p.add_argument("--workers", type=positive_int, metavar="N",
                   help="worker processes (local: default one per core) or Ray CPUs of a Ray started here")
    p.add_argument("--retry-failed", action="store_true", help="parse again the inputs that failed in earlier runs")
    p.add_argument("--paper", metavar="NAME", help="the paper's name (else from the page header)")
    p.add_argument("--date", metavar="YYYY-MM-DD", type=iso_date, help="the date of every input (else from "
                                                                       "the path or header)")
    p.add_argument("--no-enrich", dest="enrich", action="store_false", help="skip the enrichment stage")
    p.add_argument("--json-report", metavar="FILE", help="write the run's report as JSON (for schedulers)")
    p.add_argument("--part-pages", type=positive_int, default=None, metavar="N",
                   help="pages per written part (default 1000)")
    p.set_defaults(func=cmd_batch, enrich=None)


def cmd_batch(args: argparse.Namespace) -> int:
    from ..errors import OutputError, UsageError
    from .run import PART_PAGES, print_failures, run_batch
    from .work import Options

    if not args.inputs and not args.manifest:
        raise UsageError("give at least one INPUT or --manifest")
    if args.json_report and not Path(args.json_report).resolve().parent.is_dir():
        raise UsageError(f"--json-report {args.json_report!r}: its folder does not exist")
    report = run_batch(args.inputs, args.out, manifests=args.manifest, engine=args.engine, address=args.address,
                       workers=args.workers, options=Options(args.paper, args.date, args.enrich),
                       retry_failed=args.retry_failed, part_pages=args.part_pages or PART_PAGES,
                       show_progress=sys.stderr.isatty())
    print_failures(report)
    print(report.summary(), file=sys.stderr)
    if report.interrupted:
        print("banmian: interrupted: what was done is kept; run the same command again to finish", file=sys.stderr)
    if args.json_report:
        try:
            Path(args.json_report).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write {args.json_report!r}: {exc.strerror or exc}") from None
    return report.exit_code


COMMANDS = [("batch", register_batch)]
