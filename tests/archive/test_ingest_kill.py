"""Kill ``banmian ingest`` with SIGKILL at random moments, on both backends.

After each kill every edition must be whole or absent, and no parse or writing
worker may outlive the killed process by more than 2 s (issue 10, defects 3 and
4). The moments are drawn from a seed that failures print; set
BANMIAN_KILL_SEED to replay one. Bounded: a few seconds per kill.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from banmian.archive import open_archive
from tests.archive.archive_samples import BACKENDS, open_test_archive

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds workers through /proc (Linux)")

KILLS_PER_BACKEND = 5
#: How long a worker may outlive the ingest that started it.
MAX_WORKER_LIFETIME = 2.0
PAPER = "江城日报"
SAMPLE = Path(__file__).parents[2] / "src" / "banmian" / "samples" / "sample-page.txt"
#: Editions of different sizes, so that kills land inside and between transactions.
PAGES_BY_DATE = {f"2024-06-{day:02d}": pages for day, pages in enumerate((9, 60, 130, 14, 90, 40, 150, 25, 70), 1)}


def write_input(root: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    for date, pages in PAGES_BY_DATE.items():
        folder = root / "pages" / date
        folder.mkdir(parents=True)
        for number in range(1, pages + 1):
            (folder / f"page-{number:03d}.txt").write_text(text, encoding="utf-8")
    return root / "pages"


def fresh_archive(backend: str, folder: Path):  # type: ignore[no-untyped-def]
    """An empty archive of ``backend`` for one run (its own folder for SQLite)."""
    folder.mkdir()
    return open_test_archive(backend, folder)


def start_ingest(folder: Path, url: str) -> subprocess.Popen[bytes]:
    """``banmian ingest`` with two workers, in a session of its own (its workers join it)."""
    return subprocess.Popen([sys.executable, "-m", "banmian", "ingest", str(folder), "--paper", PAPER, "--db", url,
                             "--no-enrich", "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def session_members(session: int) -> set[int]:
    """Living processes in a session (a killed process's orphans keep its session)."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        state, sid = fields[0], int(fields[3])
        if sid == session and state not in ("Z", "X"):
            found.add(int(entry))
    return found


def edition_shapes(url: str) -> dict[str, list[tuple[int, int]]]:
    """(page number, articles) of every stored edition, by date."""
    with open_archive(url) as archive:
        shapes = {}
        for date in PAGES_BY_DATE:
            edition = archive.edition(PAPER, date)
            if edition:
                shapes[date] = [(p["number"], len(p["articles"])) for p in edition["pages"]]
        return shapes


def kill_at(proc: subprocess.Popen[bytes], moment: float) -> tuple[bool, float]:
    """SIGKILL the ingest ``moment`` s after its start (unless it ended first); whether it was
    killed, and how long its last worker lived on after it."""
    deadline = time.monotonic() + moment
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    if proc.poll() is not None:
        return False, 0.0
    os.kill(proc.pid, signal.SIGKILL)
    killed = time.monotonic()
    proc.wait()
    while session_members(proc.pid) and time.monotonic() - killed < 3 * MAX_WORKER_LIFETIME:
        time.sleep(0.01)
    return True, time.monotonic() - killed


@pytest.mark.parametrize("backend", BACKENDS)
def test_killed_ingest_leaves_whole_editions_and_no_workers(backend: str, tmp_path: Path) -> None:
    seed = int(os.environ.get("BANMIAN_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    folder = write_input(tmp_path)
    with fresh_archive(backend, tmp_path / "reference") as (_, url):
        started = time.monotonic()
        reference = start_ingest(folder, url)
        _, err = reference.communicate(timeout=300)
        full_run = time.monotonic() - started
        assert reference.returncode == 0, err.decode()
        whole = edition_shapes(url)
    assert {date: len(shape) for date, shape in whole.items()} == PAGES_BY_DATE

    kills, attempts, lifetimes, present, absent = 0, 0, [], 0, 0
    while kills < KILLS_PER_BACKEND and attempts < 2 * KILLS_PER_BACKEND:
        attempts += 1
        moment = rng.uniform(0.02, 0.9) * full_run
        with fresh_archive(backend, tmp_path / f"run-{attempts}") as (_, url):
            proc = start_ingest(folder, url)
            begun = time.monotonic()
            try:
                was_killed, lifetime = kill_at(proc, moment)
                if not was_killed:  # the machine got quicker than in the reference run: later
                    full_run = min(full_run, time.monotonic() - begun)  # moments are drawn within this one
                context = f"seed {seed}, kill at {moment:.2f} s of a {full_run:.2f} s run ({backend})"
                assert lifetime <= MAX_WORKER_LIFETIME, f"a worker outlived the ingest by {lifetime:.2f} s: {context}"
            finally:
                for orphan in session_members(proc.pid):  # only after a failure: never leave them running
                    os.kill(orphan, signal.SIGKILL)
            stored = edition_shapes(url)
            for date, shape in stored.items():
                assert shape == whole[date], \
                    f"edition {date} is not whole: {len(shape)} of {len(whole[date])} pages: {context}"
            if was_killed and kills == 0:  # once: the same ingest run again completes what the killed one began
                again = start_ingest(folder, url)
                _, err = again.communicate(timeout=300)
                assert again.returncode == 0 and edition_shapes(url) == whole, f"{err.decode()} {context}"
        if was_killed:
            kills += 1
            lifetimes.append(lifetime)
            present += len(stored)
            absent += len(PAGES_BY_DATE) - len(stored)
    print(f"\nkill test ({backend}, seed {seed}): {kills} kills of a {full_run:.2f} s ingest, "
          f"{present + absent} editions checked ({present} whole, {absent} absent, none partial), "
          f"longest a worker outlived the ingest: {max(lifetimes, default=0):.3f} s")
    assert kills == KILLS_PER_BACKEND, f"the ingest ended before the kill in {attempts - kills} of {attempts} runs"
