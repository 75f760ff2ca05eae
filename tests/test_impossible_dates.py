"""Dates that only look like dates (2023-02-30) are refused or ignored where
they enter, never a ValueError later that takes a whole batch down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import banmian
from banmian.pipeline import meta_from_path

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"
#: the sample page without its header line, so nothing but the caller names its date
HEADERLESS = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
IMPOSSIBLE = ["2023-02-30", "2023-13-01", "2023-00-10", "0000-01-01", "2023-04-31", "２０２３-01-01"]


@pytest.mark.parametrize("date", IMPOSSIBLE + ["2023/01/01", "20230101", "", "2023-1-1"])
def test_not_real_dates(date):
    from banmian.isodate import check_date, is_real_date

    assert not is_real_date(date)
    with pytest.raises(banmian.UsageError, match=repr(date).replace("(", r"\(")):
        check_date(date)


def test_real_dates():
    from banmian.isodate import date_from_parts, is_real_date

    assert is_real_date("2024-02-29") and is_real_date("2023-12-31")
    assert date_from_parts("2024", "2", "29") == "2024-02-29"
    assert date_from_parts(2023, 2, 29) is None and date_from_parts(2023, 13, 1) is None


@pytest.mark.parametrize("date", IMPOSSIBLE)
def test_parse_text_refuses_an_impossible_date(date):
    with pytest.raises(banmian.UsageError, match=f"date must be .*{date}"):
        banmian.parse_text(HEADERLESS, date=date, enrich=False)


def test_parse_refuses_an_impossible_date(tmp_path):
    page = tmp_path / "page-01.txt"
    page.write_text(HEADERLESS, encoding="utf-8")
    with pytest.raises(banmian.UsageError, match="2023-02-30"):
        banmian.parse(page, date="2023-02-30")


def test_enrichment_with_an_impossible_edition_date_resolves_nothing():
    """An edition read back from JSON may carry any date: enrichment must not crash on it."""
    from banmian.enrich.dates import find_dates

    mentions = find_dates(["今天上午，昨天"], "2023-02-30")
    assert [m.start for m in mentions] == [None, None]


def test_file_name_dates_must_be_real():
    assert meta_from_path(Path("2023-02-30/page-01.txt")) == (None, 1)
    assert meta_from_path(Path("2023-02-28/page-01.txt")) == ("2023-02-28", 1)
    assert meta_from_path(Path("20240229_p3.txt")) == ("2024-02-29", 3)


def test_header_dates_must_be_real():
    from banmian.layout.rules import parse_page_header

    assert "date" not in parse_page_header("江城日报 2023年2月30日 星期四 第2版 要闻")
    assert parse_page_header("江城日报 2023年2月28日 星期二 第2版 要闻")["date"] == "2023-02-28"


def _folder_with_an_impossible_date(tmp_path: Path) -> Path:
    for day in ("2023-02-30", "2023-02-28"):
        (tmp_path / day).mkdir(parents=True)
        (tmp_path / day / "page-01.txt").write_text(HEADERLESS, encoding="utf-8")
    return tmp_path


def test_parse_many_never_raises_on_an_impossible_date(tmp_path):
    folder = _folder_with_an_impossible_date(tmp_path)
    results = {Path(r.source).parent.name: r for r in banmian.parse_many([folder])}  # enrichment on (the crash)
    assert results["2023-02-28"].ok and results["2023-02-28"].edition.date == "2023-02-28"
    assert results["2023-02-30"].edition is None or results["2023-02-30"].edition.date is None
    failed = list(banmian.parse_many([folder], date="2023-02-30"))
    assert len(failed) == 2 and all(r.status == "failed" and "2023-02-30" in r.error for r in failed)


def test_parse_many_turns_a_bug_into_a_failed_input(tmp_path, monkeypatch):
    """Whatever goes wrong inside one input, the batch goes on."""
    folder = _folder_with_an_impossible_date(tmp_path)
    import banmian.pipeline as pipeline

    real_parse = pipeline.parse

    def flaky(path, **kwargs):
        if "2023-02-30" in str(path):
            raise ValueError("day is out of range for month")
        return real_parse(path, **kwargs)

    monkeypatch.setattr(pipeline, "parse", flaky)
    results = list(banmian.parse_many([folder], enrich=False))
    assert [r.status for r in results] == ["parsed", "failed"]
    assert "ValueError: day is out of range for month" in results[1].error


def test_cli_parse_keeps_the_good_page(tmp_path):
    folder = _folder_with_an_impossible_date(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", str(folder), "-f", "jsonl"],
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr
    assert '"date": "2023-02-28"' in proc.stdout


def test_cli_ingest_stores_the_good_page(tmp_path, capsys):
    from banmian.cli import main

    folder = _folder_with_an_impossible_date(tmp_path / "pages")
    db = str(tmp_path / "a.db")
    code = main(["ingest", str(folder), "--paper", "江城日报", "--db", db, "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "stored 1 pages" in err and "2023-02-30" in err
    from banmian.archive import open_archive

    with open_archive(db) as archive:
        assert [e["date"] for e in archive.editions()] == ["2023-02-28"]


@pytest.mark.parametrize("argv", [
    ["parse", "PAGE", "--date", "2023-02-30"],
    ["ingest", "PAGE", "--date", "2023-02-30", "--paper", "江城日报"],
    ["search", "城建", "--from", "2023-13-01"],
    ["search", "城建", "--to", "2023-02-30"],
])
def test_cli_refuses_impossible_dates_as_usage_errors(tmp_path, capsys, argv):
    from banmian.cli import main

    page = tmp_path / "page.txt"
    page.write_text(HEADERLESS, encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main([str(page) if a == "PAGE" else a for a in argv] + ["--db", str(tmp_path / "a.db")]
             if argv[0] != "parse" else [str(page) if a == "PAGE" else a for a in argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "real date" in err and ("--date" in err or "--from" in err or "--to" in err)
