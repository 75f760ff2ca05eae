"""A small run of the archive benchmark (2,000 articles) so it cannot rot; the 100k run is manual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.shared_data import CORPUS, require_shared


def test_small_benchmark_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.archive_bench import main

    require_shared(*CORPUS)
    out = tmp_path / "figures.json"
    assert main(["--articles", "2000", "--db", str(tmp_path / "bench.db"), "--out", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["archive"]["articles"] == figures["ingest"]["articles"] >= 2000
    assert figures["ingest"]["pages_per_s"] > 0
    search = figures["search"]
    assert search["queries"] >= 200 and search["queries_with_hits"] >= 150
    assert 0 < search["p50_ms"] <= search["p95_ms"] <= search["max_ms"]
