"""``banmian ingest DATASET``: a Parquet dataset into each backend, as if the pages were ingested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banmian.archive.ingest import ingest_paths
from tests.archive.archive_samples import BACKENDS, open_test_archive
from tests.batch.batch_samples import PAPER, require_modules, write_pages

require_modules("pyarrow", extra="parquet")

from banmian.batch.load import load_dataset  # noqa: E402
from banmian.batch.run import run_batch  # noqa: E402
from banmian.batch.work import Options  # noqa: E402
from banmian.cli import main  # noqa: E402


def _snapshot(archive) -> dict:  # type: ignore[no-untyped-def]
    """What a reader sees: counts, every article as served, and some searches."""
    keys = [h["key"] for e in archive.editions() for p in archive.edition(PAPER, e["date"])["pages"]
            for h in p["articles"]]
    articles = {k: {f: v for f, v in archive.article(k).items() if f not in ("previous", "next")} for k in keys}
    searches = {q: sorted(h["key"] for h in archive.search(q, limit=100)["hits"]) for q in ("江城", "周明远", "阅读节 市民")}
    return {"stats": archive.stats(), "articles": json.dumps(articles, sort_keys=True, ensure_ascii=False),
            "searches": searches, "pages": [archive.page(PAPER, "2024-01-02", n) for n in (1, 2)]}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("index", ["maintain", "rebuild"])
def test_dataset_loads_like_the_pages_themselves(tmp_path: Path, backend: str, index: str) -> None:
    write_pages(tmp_path / "pages", 6)
    report = run_batch([str(tmp_path / "pages")], str(tmp_path / "ds"), options=Options(PAPER, enrich=True), workers=2)
    assert report.parsed == 6
    (tmp_path / "direct").mkdir()
    with open_test_archive(backend, tmp_path / "direct") as (direct, _):
        ingest_paths(direct, [tmp_path / "pages"], paper=PAPER, enrich=True, workers=1)
        expected = _snapshot(direct)
    (tmp_path / "loaded").mkdir()
    with open_test_archive(backend, tmp_path / "loaded") as (archive, _):
        loaded, _seconds = load_dataset(archive, tmp_path / "ds", workers=2, index=index)
        assert (loaded.pages, loaded.articles, loaded.failures) == (6, report.articles, [])
        assert _snapshot(archive) == expected
        if backend == "postgresql":
            names = {r["indexname"] for r in archive._all("SELECT indexname FROM pg_indexes "
                                                          "WHERE tablename = 'article_search'")}
            assert {"article_search_tsv", "article_search_head", "article_search_keys"} <= names


def test_ingest_command_takes_a_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pages(tmp_path / "pages", 3)
    run_batch([str(tmp_path / "pages")], str(tmp_path / "ds"), options=Options(PAPER, enrich=False), workers=1)
    assert main(["ingest", str(tmp_path / "ds"), "--db", str(tmp_path / "a.db")]) == 0
    assert "stored 3 pages" in capsys.readouterr().err
    assert main(["search", "江城", "--db", str(tmp_path / "a.db"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] >= 3


def _search_indexes(archive) -> set[str]:  # type: ignore[no-untyped-def]
    return {r["indexname"] for r in archive._all("SELECT indexname FROM pg_indexes WHERE tablename = 'article_search' "
                                                 "AND indexname <> 'article_search_pkey'")}


def test_suspended_pg_index_stays_dropped_for_workers_and_comes_back_after_a_dead_load(tmp_path: Path) -> None:
    from banmian.archive import open_archive

    with open_test_archive("postgresql", tmp_path) as (loader, url):
        assert len(_search_indexes(loader)) == 3
        loader.suspend_search_index()
        with open_archive(url) as worker:  # a bulk load's worker opening the archive meanwhile
            assert _search_indexes(worker) == set()
        loader.restore_search_index()
        assert len(_search_indexes(loader)) == 3
        dead = open_archive(url)
        dead.suspend_search_index()
        dead.close()  # the load died: its session, and with it the lock, is gone
        with open_archive(url) as later:
            assert len(_search_indexes(later)) == 3
