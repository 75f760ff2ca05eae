"""A small sample of the PostgreSQL load benchmark, with the same checks as its 100,000-article run
(bench/batch_pg_bench.py): every load stores the whole dataset and both backends answer every query alike."""

from __future__ import annotations

from pathlib import Path

from tests.archive.archive_samples import open_test_archive
from tests.batch.batch_samples import require_modules
from tests.shared_data import CORPUS, require_shared

require_modules("pyarrow", "psycopg", extra="parquet, postgres")


def test_pg_load_sample_answers_every_search_like_sqlite(tmp_path: Path) -> None:
    from bench.batch_pg_bench import problems, run

    require_shared(*CORPUS)
    with open_test_archive("postgresql", tmp_path) as (archive, url):
        archive.close()  # the benchmark empties and opens the archive itself
        figures = run(400, url, workers=2)
    searches = figures["searches"]
    assert searches["queries"] >= 200 and searches["hit_sets_compared"] >= 100
    assert problems(figures) == [], figures["searches"]["differ"]
    assert figures["batch"]["articles"] >= 400
    assert all(load["server_cpu_ms_per_page"] > 0 for load in figures["loads"])
