"""``--engine ray`` on a local Ray of 2 CPUs: a killed worker, an interrupted run, bad inputs.

Ray is started once for the module and shut down after it; the subprocess
test starts its own and checks that none of its processes outlive it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.batch.batch_samples import (
    PAPER,
    article_rows,
    assert_no_article_twice,
    canonical,
    committed_inputs,
    ledger,
    read_table_rows,
    require_modules,
    write_pages,
)

require_modules("pyarrow", "ray", extra="ray")

import ray  # noqa: E402

from banmian.batch.run import run_batch  # noqa: E402
from banmian.batch.work import Options  # noqa: E402

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes through /proc (Linux)")

OPTIONS = Options(paper=PAPER, enrich=True)


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    try:
        yield
    finally:
        ray.shutdown()


def test_killed_ray_worker_is_retried_nothing_lost_or_twice(tmp_path: Path, local_ray: None) -> None:
    write_pages(tmp_path / "pages", 80)
    killed: list[int] = []

    def kill_one(outcome, report) -> None:  # type: ignore[no-untyped-def]
        if report.inputs == 16 and not killed:
            os.kill(outcome.worker_pid, signal.SIGKILL)  # busy with a later chunk: the window keeps it so
            killed.append(outcome.worker_pid)

    report = run_batch([str(tmp_path / "pages")], str(tmp_path / "ray"), engine="ray", options=OPTIONS,
                       chunk_inputs=2, on_outcome=kill_one)
    assert killed, "no worker was killed"
    with pytest.raises(ProcessLookupError):
        os.kill(killed[0], 0)
    assert (report.parsed, report.failed, report.pages) == (80, 0, 80)
    assert len(ledger(tmp_path / "ray")) == 80
    assert_no_article_twice(tmp_path / "ray")
    local = run_batch([str(tmp_path / "pages")], str(tmp_path / "local"), engine="local", workers=2, options=OPTIONS)
    assert local.pages == 80
    assert canonical(article_rows(tmp_path / "ray")) == canonical(article_rows(tmp_path / "local"))


def test_manifest_with_bad_and_missing_paths_on_ray(tmp_path: Path, local_ray: None) -> None:
    pages = write_pages(tmp_path / "pages", 2)
    (tmp_path / "blank.txt").write_text("\n\n", encoding="utf-8")
    manifest = tmp_path / "inputs.lst"
    manifest.write_text(f"{pages[0]}\nnowhere/page-03.txt\nblank.txt\npages\n{pages[1]}\n", encoding="utf-8")
    report = run_batch([], str(tmp_path / "ds"), manifests=[str(manifest)], engine="ray", options=OPTIONS)
    assert (report.parsed, report.failed, report.exit_code) == (2, 3, 1)
    failures = {Path(r["source"]).name: r["error"] for r in read_table_rows(tmp_path / "ds", "failures")}
    assert set(failures) == {"page-03.txt", "blank.txt", "pages"}
    assert "no such file" in failures["page-03.txt"]
    assert "white space" in failures["blank.txt"]
    assert "folder" in failures["pages"]


def _ray_processes_of(session_pid: int) -> list[str]:
    """Command lines of live Ray processes started for the driver ``session_pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if f"_{session_pid}" in cmd and "session_" in cmd:
            found.append(cmd[:120])
    return found


def test_interrupted_ray_run_then_rerun_does_only_the_rest(tmp_path: Path) -> None:
    """Ctrl-C in the middle of a Ray run (its own local Ray), then the same command again."""
    write_pages(tmp_path / "pages", 200)
    ds = tmp_path / "ds"
    args = [sys.executable, "-m", "banmian", "batch", str(tmp_path / "pages"), "--out", str(ds), "--engine", "ray",
            "--workers", "2", "--paper", PAPER, "--part-pages", "8"]
    proc = subprocess.Popen(args + ["--json-report", str(tmp_path / "first.json")], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while committed_inputs(ds) < 16 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()[-2000:]
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert first["interrupted"]
    done_before = committed_inputs(ds)
    assert 16 <= done_before < 200
    assert_no_article_twice(ds)
    time.sleep(1.0)
    assert _ray_processes_of(proc.pid) == [], "Ray processes outlived the interrupted run"

    rerun = subprocess.run(args + ["--json-report", str(tmp_path / "second.json")], capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    assert (second["skipped"], second["inputs"]) == (done_before, 200 - done_before)
    assert len(ledger(ds)) == 200
    assert len(read_table_rows(ds, "pages")) == 200
    assert_no_article_twice(ds)
