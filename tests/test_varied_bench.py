"""The varied-page benchmark in CI: a fixed sample of pages typeset by
bench/varied (an independent generator), parsed in PDF mode and in text mode
on real extractors' output, and held to bench/varied_run.py's VARIED_FLOORS,
so that a layout regression fails CI.
The full run (300 pages) is ``python -m bench.varied_run --pages 300 --seed 7``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.pagescore import feature_names
from bench.realpages import find_pages, format_mode, missed_floors, run_mode
from bench.varied_run import REDRAWN_MODES, SAMPLE_PAGES, SAMPLE_SEED, TEXT_MODES, VARIED_FLOORS, generate_pages
from tests.shared_data import CORPUS, require_shared, skip_or_fail

pytest.importorskip("pymupdf", reason="the pdf extra (pymupdf) is not installed")


@pytest.fixture(scope="module")
def sample_pages(tmp_path_factory: pytest.TempPathFactory):
    require_shared(*CORPUS)
    from bench.varied.fonts import MissingFontError

    folder: Path = tmp_path_factory.mktemp("varied-bench")
    try:
        generate_pages(SAMPLE_PAGES, SAMPLE_SEED, folder)
    except MissingFontError as error:
        skip_or_fail(str(error))
    return find_pages([folder])


@pytest.fixture(scope="module")
def pdf_run(sample_pages):
    return run_mode("pdf", sample_pages)


@pytest.fixture(scope="module")
def redrawn_runs(sample_pages):
    """PDF mode on the pages redrawn by another PDF writer."""
    return {mode: run_mode(mode, sample_pages) for mode in REDRAWN_MODES}


@pytest.fixture(scope="module")
def text_runs(sample_pages):
    """Text mode on each extractor's output (fast: no PDF layout)."""
    return {mode: run_mode(mode, sample_pages) for mode in TEXT_MODES}


@pytest.mark.parametrize("metric", sorted(VARIED_FLOORS["pdf"]))
def test_varied_floor(pdf_run, metric: str) -> None:
    missed = [line for line in missed_floors([pdf_run], {"pdf": {metric: VARIED_FLOORS["pdf"][metric]}})]
    assert not missed, "\n".join(missed) + "\n" + format_mode(pdf_run)


@pytest.mark.parametrize(("mode", "metric"), [(mode, metric) for mode in TEXT_MODES
                                               for metric in sorted(VARIED_FLOORS.get(mode, {}))])
def test_varied_text_floor(text_runs, mode: str, metric: str) -> None:
    _check_floor(text_runs[mode], mode, metric)


@pytest.mark.parametrize(("mode", "metric"), [(mode, metric) for mode in REDRAWN_MODES
                                               for metric in sorted(VARIED_FLOORS[mode])])
def test_varied_redrawn_floor(redrawn_runs, mode: str, metric: str) -> None:
    _check_floor(redrawn_runs[mode], mode, metric)


def _check_floor(run, mode: str, metric: str) -> None:  # noqa: ANN001
    if run.skipped:
        skip_or_fail(f"{mode}: {run.skipped}")
    missed = missed_floors([run], {mode: {metric: VARIED_FLOORS[mode][metric]}})
    assert not missed, "\n".join(missed) + "\n" + format_mode(run)


def test_the_sample_covers_every_feature(pdf_run) -> None:
    """Each layout feature of the generator is on the sample's pages, so each is measured."""
    features = set(feature_names(pdf_run.scores))
    assert len(features) >= 50, sorted(features)
