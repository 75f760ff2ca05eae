"""The second independent benchmark in CI: a fixed sample of pages typeset by
bench/indie (written without reading the parser), parsed in PDF mode and in
text mode on real extractors' output, and held to bench/indie_run.py's
INDIE_FLOORS, so that a regression on layouts the parser was not tuned on
fails CI. A full run: ``python -m bench.indie_run --pages 100 --seed 1``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.indie_run import INDIE_FLOORS, SAMPLE_PAGES, SAMPLE_SEED, generate_pages
from bench.realpages import find_pages, format_mode, missed_floors, run_mode
from tests.shared_data import CORPUS, require_shared, skip_or_fail

pytest.importorskip("pymupdf", reason="the pdf extra (pymupdf) is not installed")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory):
    require_shared(*CORPUS)
    folder: Path = tmp_path_factory.mktemp("indie-bench")
    generate_pages(SAMPLE_PAGES, SAMPLE_SEED, folder)
    pages = find_pages([folder])
    assert len(pages) == SAMPLE_PAGES
    return {mode: run_mode(mode, pages) for mode in INDIE_FLOORS}


@pytest.mark.parametrize(("mode", "metric"), [(mode, metric) for mode, floors in INDIE_FLOORS.items()
                                               for metric in sorted(floors)])
def test_indie_floor(runs, mode: str, metric: str) -> None:
    run = runs[mode]
    if run.skipped:
        skip_or_fail(f"{mode}: {run.skipped}")
    missed = missed_floors([run], {mode: {metric: INDIE_FLOORS[mode][metric]}})
    assert not missed, "\n".join(missed) + "\n" + format_mode(run)
