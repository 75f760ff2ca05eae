"""``banmian batch`` with the local engine: the dataset, failures, resuming, exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.batch.batch_samples import (
    PAPER,
    SAMPLE,
    article_rows,
    assert_no_article_twice,
    canonical,
    committed_inputs,
    inputs_committed_before,
    ledger,
    read_table_rows,
    require_modules,
    write_pages,
)

require_modules("pyarrow", extra="parquet")

from banmian import parse  # noqa: E402
from banmian.batch.rows import article_dict  # noqa: E402
from banmian.batch.run import run_batch  # noqa: E402
from banmian.batch.work import Options  # noqa: E402
from banmian.cli import main  # noqa: E402

OPTIONS = Options(paper=PAPER, enrich=False)


def _banmian(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "banmian", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_import_banmian_loads_no_batch_dependency() -> None:
    code = ("import sys, banmian, banmian.cli, banmian.batch; "
            "print([m for m in sys.modules if m.split('.')[0] in ('pyarrow', 'ray', 'fsspec')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_articles_read_back_as_the_json_contract(tmp_path: Path) -> None:
    [page] = write_pages(tmp_path / "pages", 1)
    report = run_batch([str(page)], str(tmp_path / "ds"), options=OPTIONS, workers=1)
    assert (report.parsed, report.failed, report.exit_code) == (1, 0, 0)
    rows = article_rows(tmp_path / "ds")
    expected = parse(page, paper=PAPER, enrich=False)
    assert [article_dict(r) for r in rows] == [a.to_dict() for a in expected.articles]
    assert {(r["paper"], r["year"], r["date"], r["page"]) for r in rows} == {(PAPER, 2024, expected.date, 1)}
    [page_row] = read_table_rows(tmp_path / "ds", "pages")
    assert (page_row["status"], page_row["articles"], page_row["source"]) == ("parsed", len(rows), str(page))
    assert (tmp_path / "ds" / "articles" / f"paper={PAPER}" / "year=2024").is_dir()


def test_manifest_with_bad_and_missing_paths(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 3)
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    (tmp_path / "english.txt").write_text("This is not a Chinese newspaper page at all.\n" * 5, encoding="utf-8")
    manifest = tmp_path / "inputs.lst"
    manifest.write_text("\n".join(["# pages", str(pages[0]), "pages/" + pages[1].relative_to(tmp_path / "pages")
                                   .as_posix(), "missing/page-01.txt", "empty.txt", "binary.txt", "english.txt",
                                   "pages", "", str(pages[2])]) + "\n", encoding="utf-8")
    report_file = tmp_path / "report.json"
    code = main(["batch", "--manifest", str(manifest), "--out", str(tmp_path / "ds"), "--paper", PAPER,
                 "--no-enrich", "--workers", "2", "--json-report", str(report_file)])
    assert code == 1
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert (report["parsed"], report["failed"], report["exit_code"]) == (3, 5, 1)
    failures = {Path(r["source"]).name: r["error"] for r in read_table_rows(tmp_path / "ds", "failures")}
    assert set(failures) == {"page-01.txt", "empty.txt", "binary.txt", "english.txt", "pages"}
    assert "no such file" in failures["page-01.txt"] and "missing/page-01.txt" in failures["page-01.txt"]
    assert "white space" in failures["empty.txt"]
    assert "folder" in failures["pages"]
    assert "binary" in failures["binary.txt"].lower() or "not text" in failures["binary.txt"]
    assert "Chinese" in failures["english.txt"]
    assert len({r["key"] for r in read_table_rows(tmp_path / "ds", "pages")}) == 3


def test_rerun_skips_what_is_done_and_retries_failed_on_request(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 4)
    late = tmp_path / "late" / "2024-05-01-page-09.txt"
    first = run_batch([str(tmp_path / "pages"), str(late)], str(tmp_path / "ds"), options=OPTIONS, workers=2)
    assert (first.parsed, first.failed, first.exit_code) == (4, 1, 1)
    again = run_batch([str(tmp_path / "pages"), str(late)], str(tmp_path / "ds"), options=OPTIONS, workers=2)
    assert (again.inputs, again.skipped, again.failed_before, again.exit_code) == (0, 5, 1, 1)
    late.parent.mkdir()
    late.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    retried = run_batch([str(tmp_path / "pages"), str(late)], str(tmp_path / "ds"), options=OPTIONS,
                        workers=2, retry_failed=True)
    assert (retried.inputs, retried.parsed, retried.skipped, retried.exit_code) == (1, 1, 4, 0)
    assert read_table_rows(tmp_path / "ds", "failures") == []
    assert ledger(tmp_path / "ds")[str(late)] == "parsed"
    assert len({r["key"] for r in article_rows(tmp_path / "ds")}) == len(pages) + 1
    assert_no_article_twice(tmp_path / "ds")


def test_same_content_twice_is_written_once(tmp_path: Path) -> None:
    [page] = write_pages(tmp_path / "pages", 1)
    copy = tmp_path / "copy" / "2024-05-02" / page.name
    copy.parent.mkdir(parents=True)
    copy.write_bytes(page.read_bytes())
    report = run_batch([str(page), str(copy)], str(tmp_path / "ds"), options=OPTIONS, workers=1)
    assert report.duplicates == 1
    assert ledger(tmp_path / "ds")[str(copy)] == "duplicate"
    assert_no_article_twice(tmp_path / "ds")


def test_other_options_on_the_same_dataset_are_refused(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 1)
    run_batch([str(tmp_path / "pages")], str(tmp_path / "ds"), options=OPTIONS, workers=1)
    code = main(["batch", str(tmp_path / "pages"), "--out", str(tmp_path / "ds"), "--paper", "海滨晚报", "--no-enrich"])
    assert code == 2
    assert main(["batch", str(tmp_path / "pages"), "--out", "s3://bucket/ds"]) == 2
    assert main(["batch", str(tmp_path / "pages"), "--out", str(tmp_path / "ds2"), "--address", "auto"]) == 2
    assert not (tmp_path / "ds2" / "articles").exists()


def test_killed_worker_loses_nothing(tmp_path: Path) -> None:
    """A worker killed in the middle: a new pool does the chunks in flight again."""
    write_pages(tmp_path / "pages", 60)
    killed: list[int] = []

    def kill_one(outcome, report) -> None:  # type: ignore[no-untyped-def]
        if report.inputs == 12 and not killed:
            os.kill(outcome.worker_pid, signal.SIGKILL)
            killed.append(outcome.worker_pid)

    report = run_batch([str(tmp_path / "pages")], str(tmp_path / "ds"), options=OPTIONS, workers=2,
                       chunk_inputs=2, on_outcome=kill_one)
    assert killed and report.worker_restarts >= 1
    assert (report.parsed, report.failed, report.pages) == (60, 0, 60)
    assert len(ledger(tmp_path / "ds")) == 60
    clean = run_batch([str(tmp_path / "pages")], str(tmp_path / "clean"), options=OPTIONS, workers=2)
    assert clean.pages == 60
    assert canonical(article_rows(tmp_path / "ds")) == canonical(article_rows(tmp_path / "clean"))


def _settled_inputs(ds: Path, quiet: float = 2.0, limit: float = 60.0) -> int:
    """The inputs committed once no more are for ``quiet`` seconds."""
    deadline = time.monotonic() + limit
    count = committed_inputs(ds)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = committed_inputs(ds)
        if now == count:
            break
        count = now
    return count


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_run_then_rerun_does_only_the_rest(tmp_path: Path, how: signal.Signals) -> None:
    write_pages(tmp_path / "pages", 240)
    ds = tmp_path / "ds"
    args = ["batch", str(tmp_path / "pages"), "--out", str(ds), "--paper", PAPER, "--workers", "2",
            "--part-pages", "8", "--json-report", str(tmp_path / "first.json")]  # enriched: slow enough to stop
    proc = _banmian(*args)
    deadline = time.monotonic() + 60
    while committed_inputs(ds) < 16 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(how)
    proc.communicate(timeout=60)
    assert proc.returncode == (130 if how == signal.SIGINT else -signal.SIGKILL)
    seen_before = _settled_inputs(ds)
    assert 16 <= seen_before < 240
    assert_no_article_twice(ds)

    rerun_started = time.time()
    rerun = _banmian(*args[:-1], str(tmp_path / "second.json"))
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    # A SIGKILL during a commit can leave the commit record in the ledger's write-ahead log while a reader
    # of the dead run's files still counts the parts before it (CI twice read 16 where the rerun found 24):
    # what the first run wrote is read from the ledger once the rerun has opened it.
    done_before = inputs_committed_before(ds, rerun_started)
    assert seen_before <= done_before < 240
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    assert (second["skipped"], second["inputs"]) == (done_before, 240 - done_before)
    assert len(ledger(ds)) == 240
    assert_no_article_twice(ds)
    assert len(read_table_rows(ds, "pages")) == 240
    assert not list(ds.rglob(".*.tmp"))


def test_parse_writes_the_same_schema_to_one_parquet_file(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from banmian.batch.schema import article_schema

    pages = write_pages(tmp_path / "pages", 2)
    out = tmp_path / "articles.parquet"
    assert main(["parse", *map(str, pages), "--paper", PAPER, "--no-enrich", "-f", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.schema.equals(article_schema(with_partition=True))
    expected = [a.to_dict() for p in pages for a in parse(p, paper=PAPER, enrich=False).articles]
    assert [article_dict(r) for r in table.to_pylist()] == expected
    assert main(["parse", str(pages[0]), "-f", "parquet"]) == 2  # binary output needs -o


def test_progress_bar_shows_pages_rate_failures_and_eta() -> None:
    import io

    from banmian.batch.progress import BatchReport, ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream=stream, count=lambda: 40)
    deadline = time.monotonic() + 5
    while bar.total is None and time.monotonic() < deadline:
        time.sleep(0.01)
    report = BatchReport("ds", "local", 2, inputs=10, failed=1)
    bar.pages = 9
    bar.update(report, force=True)
    bar.finish()
    line = stream.getvalue()
    assert line.startswith("\r10/40 inputs, 9 pages, ") and "pages/s, 1 failed, ETA " in line
    assert line.endswith("\n")


def test_no_progress_bar_off_a_terminal(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 2)
    proc = _banmian("batch", str(tmp_path / "pages"), "--out", str(tmp_path / "ds"), "--paper", PAPER, "--no-enrich")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert "\r" not in err.decode() and "banmian batch done: 2 inputs" in err.decode()


def test_fsspec_inputs(tmp_path: Path) -> None:
    """URLs are read through fsspec (the memory filesystem here: the forked workers see it) and
    keep the date and page number their path gives."""
    fsspec = pytest.importorskip("fsspec")
    [page] = write_pages(tmp_path / "pages", 1)
    fs = fsspec.filesystem("memory")
    fs.pipe("/batchtest/2024-03-05/page-07.txt", page.read_bytes())
    fs.pipe("/batchtest/2024-03-06/page-01.txt", b"\x00binary")
    try:
        report = run_batch(["memory://batchtest", f"file://{page}", "memory://batchtest/nothing-here.txt"],
                           str(tmp_path / "ds"), options=OPTIONS, workers=1)
    finally:
        fs.rm("/batchtest", recursive=True)
    assert (report.parsed, report.failed) == (2, 2)
    pages = {r["source"]: r for r in read_table_rows(tmp_path / "ds", "pages")}
    remote = pages["memory:///batchtest/2024-03-05/page-07.txt"]
    assert (remote["date"], remote["number"], remote["page_source"]) == ("2024-03-05", 7, "page-07.txt")
    failures = {r["source"]: r["error"] for r in read_table_rows(tmp_path / "ds", "failures")}
    assert "no such file" in failures["memory://batchtest/nothing-here.txt"]
    assert "binary" in failures["memory:///batchtest/2024-03-06/page-01.txt"]
