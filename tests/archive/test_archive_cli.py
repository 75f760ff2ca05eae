"""`banmian ingest` and `banmian search` on the command line, and batch ingest failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banmian import parse_text
from banmian.archive.base import Archive
from banmian.archive.ingest import ingest_paths, store_results
from banmian.cli import main
from banmian.pipeline import ParseResult
from tests.archive.archive_samples import (
    SAMPLE_PAGE_TEXT,
    edition_may_first,
    edition_may_second,
)


def test_ingest_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "2024-06-01"
    folder.mkdir()
    (folder / "page-01.txt").write_text(SAMPLE_PAGE_TEXT, encoding="utf-8")
    (folder / "page-02.txt").write_text(SAMPLE_PAGE_TEXT.replace("二十个", "三十个"), encoding="utf-8")
    (folder / "page-03.txt").write_bytes(b"\x00\x01binary")
    db = str(tmp_path / "cli.db")
    code = main(["ingest", str(folder), "--paper", "江城日报", "--db", db, "--no-enrich", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "page-03.txt" in err and "stored 2 pages" in err
    assert main(["ingest", str(folder / "page-01.txt"), "--paper", "江城日报", "--db", db, "--no-enrich"]) == 0
    capsys.readouterr()
    assert main(["search", "集中开工", "--db", db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 2 and {h["key"] for h in result["hits"]} == {
        "江城日报/2024-06-01/01/1", "江城日报/2024-06-01/02/1"}
    assert main(["search", "三十个", "--db", db, "--page", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 篇") and "【三十个】" in out


def test_bad_search_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "城" * 21, "--db", str(tmp_path / "x.db")]) == 2
    assert "1 to 20 characters" in capsys.readouterr().err
    assert main(["search", "城建", "--db", "mysql://nope"]) == 2


def test_a_bad_edition_in_a_batch_rolls_back_alone(archive: Archive) -> None:
    nameless = edition_may_second()
    nameless.paper = None
    before = archive.stats()
    report = store_results(archive, [ParseResult("a.txt", "parsed", edition=edition_may_first()),
                                     ParseResult("b.txt", "parsed", edition=nameless),
                                     ParseResult("c.txt", "failed", error="cannot read")])
    assert [s for s, _ in report.failures] == ["b.txt", "c.txt"]
    assert report.pages == 2 and archive.stats() == before  # a.txt replaced itself in place


def test_bulk_ingest_with_workers_stores_every_page_once(empty_archive: tuple[Archive, str],
                                                         tmp_path: Path) -> None:
    """Two workers, one edition spread over several of their chunks (on PostgreSQL each
    worker writes, so both add pages of that edition at the same time), a bad file."""
    arc = empty_archive[0]
    for date, count in (("2024-06-01", 20), ("2024-06-02", 4)):
        folder = tmp_path / "pages" / date
        folder.mkdir(parents=True)
        for n in range(1, count + 1):
            (folder / f"page-{n:02d}.txt").write_text(SAMPLE_PAGE_TEXT, encoding="utf-8")
    (tmp_path / "pages" / "2024-06-02" / "page-99.txt").write_bytes(b"\x00\x01binary")
    seen: list[str] = []
    for _ in range(2):  # the second run replaces every page in place
        report = ingest_paths(arc, [tmp_path / "pages"], paper="江城日报", enrich=False, workers=2,
                              progress=lambda result: seen.append(Path(result.source).name))
        assert [Path(source).name for source, _ in report.failures] == ["page-99.txt"], report.failures
        assert report.pages == 24 and report.articles == 24 * len(parse_text(SAMPLE_PAGE_TEXT).pages[0].articles)
        assert arc.stats()["editions"] == 2 and arc.stats()["pages"] == 24
    assert len(seen) == 2 * 25
    assert arc.search("集中开工", limit=100)["total"] == 24
    assert [p["number"] for p in arc.edition("江城日报", "2024-06-01")["pages"]] == list(range(1, 21))
    assert arc.article("江城日报/2024-06-01/17/1")["page"] == 17


def test_ingest_on_a_terminal_shows_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from banmian.archive import cli_commands

    folder = tmp_path / "2024-06-01"
    folder.mkdir()
    for n in (1, 2, 3):
        (folder / f"page-0{n}.txt").write_text(SAMPLE_PAGE_TEXT, encoding="utf-8")
    monkeypatch.setattr(cli_commands._Progress, "EVERY_SECONDS", 0.0)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["ingest", str(folder), "--paper", "江城日报", "--db", str(tmp_path / "p.db"), "--no-enrich",
                 "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "\r3 files read (0 failed)" in err and "\nstored 3 pages" in err


def test_an_edition_is_stored_again_when_another_writer_was_in_the_way(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    from banmian.errors import ArchiveBusyError

    real = type(archive).store
    calls = {"n": 0}

    def busy_once(self: Archive, *args: object) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            raise ArchiveBusyError("PostgreSQL archive: deadlock detected")
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(type(archive), "store", busy_once)
    report = store_results(archive, [ParseResult("a.txt", "parsed", edition=edition_may_first())])
    assert report.failures == [] and report.pages == 2 and calls["n"] == 2


def test_the_same_page_twice_in_one_bulk_ingest_is_stored_once(empty_archive: tuple[Archive, str],
                                                                tmp_path: Path) -> None:
    """As without workers, the later file replaces the earlier one, even when two
    writers store the two at the same moment (PostgreSQL)."""
    arc = empty_archive[0]
    for part in ("a", "b"):
        folder = tmp_path / part / "2024-06-01"
        folder.mkdir(parents=True)
        for n in range(1, 9):
            (folder / f"page-{n:02d}.txt").write_text(SAMPLE_PAGE_TEXT, encoding="utf-8")
    for _ in range(2):  # into a new edition, then over it
        report = ingest_paths(arc, [tmp_path / "a", tmp_path / "b"], paper="江城日报", enrich=False, workers=2)
        assert report.failures == [] and report.pages == 16
        assert arc.stats()["pages"] == 8 and arc.search("集中开工", limit=100)["total"] == 8
