"""The batch's progress bar (a terminal only) and its closing report.

The bar shows pages done, pages per second, failures and, once a background
pass has counted the inputs, the ETA. The count is a second streaming pass
over the inputs, so it costs no memory and never delays the work.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

#: Failures listed in the JSON report (all of them are in the dataset's failures table).
REPORTED_FAILURES = 100


@dataclass(slots=True)
class BatchReport:
    """What a batch run did; ``exit_code`` is the CLI's."""

    dataset: str
    engine: str
    workers: int
    inputs: int = 0
    parsed: int = 0
    partial: int = 0
    failed: int = 0
    duplicates: int = 0
    skipped: int = 0
    #: skipped inputs that failed in an earlier run (not retried without --retry-failed)
    failed_before: int = 0
    pages: int = 0
    articles: int = 0
    parts: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    worker_restarts: int = 0
    removed_unfinished_files: int = 0
    driver_peak_rss_mb: float = 0.0
    failures: list[dict[str, str]] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.failed or self.failed_before else 0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["pages_per_second"] = round(self.pages_per_second, 2)
        out["seconds"] = round(self.seconds, 3)
        out["exit_code"] = self.exit_code
        return out

    def summary(self) -> str:
        state = "interrupted after" if self.interrupted else "done:"
        return (f"banmian batch {state} {self.inputs} inputs in {self.seconds:.1f} s ({self.pages} pages, "
                f"{self.articles} articles, {self.pages_per_second:.1f} pages/s, engine {self.engine}): "
                f"{self.parsed} parsed, {self.partial} partial, {self.failed} failed, {self.duplicates} duplicates; "
                f"{self.skipped} skipped as already done ({self.failed_before} of them failed before: --retry-failed "
                f"tries them again) -> {self.dataset}")


class ProgressBar:
    """One line on a terminal, redrawn at most ``every`` seconds; silent elsewhere."""

    def __init__(self, stream: TextIO = sys.stderr, every: float = 0.25,
                 count: Callable[[], int] | None = None) -> None:
        self.stream = stream
        self.every = every
        self.started = time.monotonic()
        self.shown = 0.0
        self.total: int | None = None
        #: pages back from the workers (the report counts them once committed)
        self.pages = 0
        self.drawn = False
        if count is not None:
            threading.Thread(target=self._count, args=(count,), name="banmian-count", daemon=True).start()

    def _count(self, count: Callable[[], int]) -> None:
        try:
            self.total = count()
        except Exception:  # noqa: BLE001  no total: the bar just shows no ETA
            self.total = None

    def update(self, report: BatchReport, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.shown < self.every:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-6)
        done = report.inputs + report.skipped
        rate = self.pages / elapsed
        line = f"{done}{'/' + str(self.total) if self.total else ''} inputs, {self.pages} pages, {rate:.1f} pages/s, " \
               f"{report.failed} failed"
        if self.total and report.inputs:
            left = max(self.total - done, 0) * elapsed / report.inputs
            line += f", ETA {_clock(left)}"
        self.stream.write("\r" + line[:150].ljust(80))
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
