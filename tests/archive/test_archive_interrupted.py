"""An interrupted ingest leaves every edition whole or absent; SQLite takes one bulk writer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from banmian.archive import ingest as ingest_module
from banmian.archive.base import Archive
from banmian.archive.ingest import _whole_group_tasks, edition_groups, ingest_paths
from banmian.archive.sqlite import SqliteArchive
from banmian.cli import main
from banmian.errors import ArchiveBusyError
from tests.archive.archive_samples import SAMPLE_PAGE_TEXT, edition_may_first

SAMPLE = Path(__file__).parents[2] / "src" / "banmian" / "samples" / "sample-page.txt"


def write_editions(root: Path, pages_by_date: dict[str, int]) -> None:
    for date, count in pages_by_date.items():
        for n in range(1, count + 1):
            path = root / date / f"page-{n:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(SAMPLE_PAGE_TEXT, encoding="utf-8")


def page_numbers(archive: Archive, date: str) -> list[int]:
    found = archive.edition("江城日报", date)
    return [p["number"] for p in found["pages"]] if found else []


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, no exception handler sees it."""


def test_an_interrupted_ingest_leaves_editions_whole_or_absent(empty_archive: tuple[Archive, str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Three editions of 120 pages, batches of 200: a batch used to end inside the second
    edition, and a crash after that commit kept part of it (defect 3 of issue 10)."""
    archive = empty_archive[0]
    pages = 120
    assert ingest_module.BATCH_PAGES < 2 * pages
    write_editions(tmp_path / "pages", {"2024-06-01": pages, "2024-06-02": pages, "2024-06-03": pages})
    real_store_one = ingest_module._store_one
    stored: list[str] = []

    def killed_in_the_third_edition(*args: object) -> int:
        if len(stored) == 2 * pages + 90:
            raise Killed()
        stored.append("page")
        return real_store_one(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "_store_one", killed_in_the_third_edition)
    with pytest.raises(Killed):
        ingest_paths(archive, [tmp_path / "pages"], paper="江城日报", enrich=False, workers=1)
    whole = list(range(1, pages + 1))
    assert [page_numbers(archive, f"2024-06-0{day}") for day in (1, 2, 3)] == [whole, whole, []]


def test_no_edition_is_split_between_worker_transactions(tmp_path: Path) -> None:
    """Writing workers each commit their task: an edition's files, wherever they lie in
    the input and whether the date is in the path or only in the page header, share one task."""
    write_editions(tmp_path / "a", {"2024-05-01": 3, "2024-05-02": 9})
    write_editions(tmp_path / "b", {"2024-05-01": 2})
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "page-07.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")  # header: 2024-05-01
    files = ingest_module.expand_inputs([tmp_path / "a", undated, tmp_path / "b"])
    tasks = _whole_group_tasks(edition_groups(files, paper="江城日报"), min_files=2)
    may_first = {f for f in files if "05-01" in str(f) or f.parent == undated}
    assert [set(t) for t in tasks if set(t) & may_first] == [may_first]
    assert sorted(len(t) for t in tasks) == [6, 9]


def test_a_locked_sqlite_archive_is_a_busy_error_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    SqliteArchive(db).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the archive
    try:
        archive = SqliteArchive(db, busy_timeout=0.2)
        with pytest.raises(ArchiveBusyError, match="locked.db.*another writer"):
            archive.ingest(edition_may_first())
        other.execute("COMMIT")
        assert archive.ingest(edition_may_first()) > 0  # the same work succeeds once the other is done
        archive.close()
    finally:
        other.close()


HOLDER = textwrap.dedent("""
    import sys, time
    from banmian.archive import open_archive
    from banmian.archive.ingest import ingest_paths

    def slowly(result):
        print("storing", flush=True)
        time.sleep(0.4)

    with open_archive(sys.argv[1]) as archive:
        report = ingest_paths(archive, [sys.argv[2]], paper="江城日报", enrich=False, workers=1, progress=slowly)
    sys.exit(1 if report.failures else 0)
""")


def test_a_second_bulk_ingest_into_a_sqlite_archive_is_refused_naming_the_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two writers on one SQLite file: one used to die of ``database is locked`` with a
    traceback and its editions were missing (defect 5). The second is now refused at once,
    naming the first, and nothing is lost silently."""
    write_editions(tmp_path / "first", {"2024-06-01": 3, "2024-06-02": 3})
    write_editions(tmp_path / "second", {"2024-07-01": 2})
    db = str(tmp_path / "two.db")
    first = subprocess.Popen([sys.executable, "-c", HOLDER, db, str(tmp_path / "first")], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert first.stdout is not None and first.stdout.readline() == "storing\n"
        code = main(["ingest", str(tmp_path / "second"), "--paper", "江城日报", "--db", db, "--no-enrich",
                     "--workers", "1"])
        err = capsys.readouterr().err
        assert code == 1 and f"another banmian ingest (pid {first.pid}, started" in err and "nothing was stored" in err
        assert "Traceback" not in err
    finally:
        assert first.wait(timeout=60) == 0
    with SqliteArchive(db) as archive:
        assert page_numbers(archive, "2024-06-01") == [1, 2, 3] and page_numbers(archive, "2024-06-02") == [1, 2, 3]
        assert page_numbers(archive, "2024-07-01") == []
    assert main(["ingest", str(tmp_path / "second"), "--paper", "江城日报", "--db", db, "--no-enrich",
                 "--workers", "1"]) == 0  # the lock went with its holder
