"""``run_batch``: inputs -> engine -> parts of the dataset, resumable, in bounded memory.

The driver streams the inputs, skips those the ledger already holds, ships the
rest to the engine in chunks, and writes every ``part_pages`` pages' outcomes
as one part (see dataset.py for how a part is committed exactly once). At most
the engine's window of chunks plus one part's outcomes are in memory.
On Ctrl-C the outcomes already back are committed, the work in flight is
dropped, and a rerun does only what is left.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from .. import __version__
from .dataset import Dataset
from .engines import make_engine
from .inputs import count_inputs, iter_inputs
from .progress import REPORTED_FAILURES, BatchReport, ProgressBar
from .schema import pyarrow
from .work import Options, Outcome

#: Inputs per task sent to a worker.
CHUNK_INPUTS = 8
#: Pages per part (each part is one file per table and partition).
PART_PAGES = 1000


def run_batch(inputs: Iterable[str], out: str, *, manifests: Iterable[str] = (), engine: str = "local",
              address: str | None = None, workers: int | None = None, options: Options | None = None,
              retry_failed: bool = False, chunk_inputs: int = CHUNK_INPUTS, part_pages: int = PART_PAGES,
              show_progress: bool = False, on_outcome: Callable[[Outcome, BatchReport], None] | None = None
              ) -> BatchReport:
    """Parse every input into the Parquet dataset at ``out``; see the module's doc."""
    specs, manifests = list(inputs), list(manifests)
    options = options or Options()
    pyarrow()  # a missing extra is a usage error now, not after the first part's work
    started = time.perf_counter()
    dataset = Dataset(out, {**options.as_dict(), "banmian": __version__})
    try:
        runner = make_engine(engine, workers, address)
    except BaseException:
        dataset.close()
        raise
    report = BatchReport(dataset=str(out), engine=runner.name, workers=runner.workers,
                         removed_unfinished_files=dataset.removed_files)
    bar = ProgressBar(count=lambda: count_inputs(specs, manifests)) if show_progress else None
    buffer: list[Outcome] = []
    buffered_pages = 0

    def flush() -> None:
        nonlocal buffer, buffered_pages
        if buffer:
            written = dataset.write_part(buffer)
            report.parts += 1
            report.duplicates += written["duplicates"]
            report.pages += written["pages"]
            report.articles += written["articles"]
            buffer, buffered_pages = [], 0

    def todo() -> Iterator[str]:
        for source in iter_inputs(specs, manifests):
            status = dataset.status(source)
            if status is not None and (status != "failed" or not retry_failed):
                report.skipped += 1
                report.failed_before += status == "failed"
                continue
            yield source

    try:
        for _, outcomes in runner.map_chunks(_chunks(todo(), chunk_inputs), options):
            for outcome in outcomes:
                _count(report, outcome)
                buffer.append(outcome)
                buffered_pages += max(1, len(outcome.pages))
                if bar:
                    bar.pages += len(outcome.pages)
                if on_outcome is not None:
                    on_outcome(outcome, report)
            if buffered_pages >= part_pages:
                flush()
            if bar:
                bar.update(report)
        flush()
    except KeyboardInterrupt:
        report.interrupted = True
        flush()  # what came back is kept; what was in flight is done by the rerun
    finally:
        try:
            runner.close()
        finally:
            dataset.write_failures()
            report.worker_restarts = runner.restarts
            report.failures = [{"source": s, "error": e or ""} for s, e in dataset.db.execute(
                "SELECT source, error FROM inputs WHERE status = 'failed' ORDER BY source LIMIT ?",
                (REPORTED_FAILURES,)).fetchall()]
            dataset.close()
            report.seconds = time.perf_counter() - started
            report.driver_peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            if bar:
                bar.update(report, force=True)
                bar.finish()
    return report


def _count(report: BatchReport, outcome: Outcome) -> None:
    report.inputs += 1
    if outcome.status == "parsed":
        report.parsed += 1
    elif outcome.status == "partial":
        report.partial += 1
    else:
        report.failed += 1


def _chunks(sources: Iterator[str], size: int) -> Iterator[list[str]]:
    while chunk := list(islice(sources, size)):
        yield chunk


def print_failures(report: BatchReport, stream=sys.stderr) -> None:  # type: ignore[no-untyped-def]
    from ..argtypes import one_line

    for failure in report.failures:
        print(f"banmian: {failure['source']}: {one_line(failure['error'])}", file=stream)
    if report.failed > len(report.failures):
        print(f"banmian: ... and more: every failure is in {report.dataset}/failures", file=stream)
