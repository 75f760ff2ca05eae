"""The command line: bad flags are usage errors (status 2) named by their flag,
failures are one line without a traceback, and readers never make an empty archive."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from banmian.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"
HEADERLESS = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]


def _run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "banmian", *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def _one_line(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == code, proc.stderr
    # (argparse prints its usage lines before the error)
    lines = [x for x in proc.stderr.splitlines() if x.strip() and (code != 2 or x.startswith("banmian:"))]
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_output_to_a_folder_is_a_usage_error(tmp_path):
    _one_line(_run(["parse", str(SAMPLE), "-o", str(tmp_path), "--no-enrich"]), 2, "-o", "folder")


def test_output_into_a_missing_folder_is_a_usage_error(tmp_path):
    _one_line(_run(["parse", str(SAMPLE), "-o", str(tmp_path / "no" / "out.json"), "--no-enrich"]), 2, "no folder")


def test_output_that_cannot_be_written_fails_in_one_line(tmp_path, monkeypatch, capsys):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    assert main(["parse", str(SAMPLE), "-o", str(tmp_path / "out.json"), "--no-enrich"]) == 1
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "flag"), [
    (["serve", "--port", "99999"], "--port"),
    (["serve", "--port", "0"], "--port"),
    (["ingest", "PAGE", "--workers", "0"], "--workers"),
    (["ingest", "PAGE", "--workers", "-3"], "--workers"),
    (["ingest", "PAGE", "--date", "notadate"], "--date"),
    (["search", "城建", "--from", "2023/01/01"], "--from"),
    (["search", "城建", "--from", "2023-13-01"], "--from"),
])
def test_bad_flags_are_usage_errors_naming_the_flag(tmp_path, argv, flag):
    argv = [str(SAMPLE) if a == "PAGE" else a for a in argv] + ["--db", str(tmp_path / "a.db")]
    _one_line(_run(argv), 2, flag)
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize("command", [["search", "城建"], ["serve", "--port", "8765"]])
def test_readers_refuse_a_missing_archive(tmp_path, command):
    db = tmp_path / "nonexist.db"
    _one_line(_run([*command, "--db", str(db)]), 1, "no archive", "nonexist.db")
    assert not db.exists()


def test_a_wrong_postgresql_url_is_one_line(tmp_path):
    pytest.importorskip("psycopg")
    line = _one_line(_run(["search", "城建", "--db", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=3"]), 1)
    assert "cannot open the PostgreSQL archive" in line


def test_ingest_without_a_paper_says_so_before_parsing_the_rest(tmp_path):
    folder = tmp_path / "2024-06-01"
    folder.mkdir()
    for n in range(1, 41):
        (folder / f"page-{n:02d}.txt").write_text(HEADERLESS, encoding="utf-8")
    db = tmp_path / "a.db"
    line = _one_line(_run(["ingest", str(folder), "--db", str(db), "--no-enrich", "--workers", "1"]), 2, "--paper")
    assert "page-01.txt" in line
    assert not db.exists()  # nothing was opened, let alone parsed and stored


def test_rates_keep_their_digits():
    from banmian.archive.cli_commands import _rate

    assert _rate(1 / 4.08) == "0.25"
    assert _rate(9.44) == "9.4"
    assert _rate(240.4) == "240"


def test_ingest_summary_of_a_slow_page_is_not_zero_pages_per_second(tmp_path, capsys, monkeypatch):
    import banmian.archive.ingest as ingest

    clock = iter(range(0, 1000, 5))
    monkeypatch.setattr(ingest.time, "perf_counter", lambda: float(next(clock)))
    page = tmp_path / "2024-06-01" / "page-01.txt"
    page.parent.mkdir()
    page.write_text(HEADERLESS, encoding="utf-8")
    assert main(["ingest", str(page), "--paper", "江城日报", "--db", str(tmp_path / "a.db"), "--no-enrich",
                 "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "stored 1 pages" in err and "(0 pages/s)" not in err
    assert re.search(r"\(0\.0*[1-9][0-9]* pages/s\)", err), err


def test_progress_on_a_pipe_prints_lines_of_their_own(capsys, monkeypatch):
    from banmian.archive.cli_commands import _Progress
    from banmian.pipeline import ParseResult

    monkeypatch.setattr(_Progress, "EVERY_SECONDS_LOGGED", 0.0)
    progress = _Progress(terminal=False)
    for _ in range(3):
        progress(ParseResult("p.txt", "parsed"))
    progress.finish()
    err = capsys.readouterr().err
    assert "\r" not in err and err.count("\n") == 3 and "3 files read" in err


def test_a_damaged_pdf_leaves_stdout_clean_json(tmp_path):
    """MuPDF printed its repair messages (with raw bytes) to stdout, into the JSON."""
    pymupdf = pytest.importorskip("pymupdf")
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 72), "本报讯 江城区召开民营企业座谈会。", fontname="china-s", fontsize=10)
    data = doc.tobytes()
    at = data.index(b"stream")
    (tmp_path / "page-01.pdf").write_bytes(data[:at] + b"\x07PtF\xef\xae junk [ ( " + data[at + 6:])
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", str(tmp_path), "-f", "jsonl", "--no-enrich"],
                          capture_output=True, timeout=120)
    assert b"MuPDF" not in proc.stdout
    for line in proc.stdout.decode("utf-8").splitlines():
        json.loads(line)
