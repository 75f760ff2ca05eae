"""The varied-page benchmark in CI: a fixed sample of pages typeset by
bench/varied (an independent generator), parsed in PDF mode and held to
bench/varied_run.py's VARIED_FLOORS, so that a layout regression fails CI.
The full run (300 pages) is ``python -m bench.varied_run --pages 300 --seed 7``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.pagescore import feature_names
from bench.realpages import find_pages, format_mode, missed_floors, run_mode
from bench.varied_run import SAMPLE_PAGES, SAMPLE_SEED, VARIED_FLOORS, generate_pages
from tests.shared_data import CORPUS, require_shared, skip_or_fail

pytest.importorskip("pymupdf", reason="the pdf extra (pymupdf) is not installed")


@pytest.fixture(scope="module")
def pdf_run(tmp_path_factory: pytest.TempPathFactory):
    require_shared(*CORPUS)
    from bench.varied.fonts import MissingFontError

    folder: Path = tmp_path_factory.mktemp("varied-bench")
    try:
        generate_pages(SAMPLE_PAGES, SAMPLE_SEED, folder)
    except MissingFontError as error:
        skip_or_fail(str(error))
    return run_mode("pdf", find_pages([folder]))


@pytest.mark.parametrize("metric", sorted(VARIED_FLOORS["pdf"]))
def test_varied_floor(pdf_run, metric: str) -> None:
    missed = [line for line in missed_floors([pdf_run], {"pdf": {metric: VARIED_FLOORS["pdf"][metric]}})]
    assert not missed, "\n".join(missed) + "\n" + format_mode(pdf_run)


def test_the_sample_covers_every_feature(pdf_run) -> None:
    """Each layout feature of the generator is on the sample's pages, so each is measured."""
    features = set(feature_names(pdf_run.scores))
    assert len(features) >= 50, sorted(features)
