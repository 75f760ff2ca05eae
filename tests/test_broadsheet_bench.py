"""The second typesetter's pages in CI: a fixed sample (bench/broadsheet_run.py's
SAMPLE_PAGES of seed SAMPLE_SEED) parsed in PDF mode, and in text mode on three
real extractors' output, held to BROADSHEET_FLOORS, so that a layout regression
on pages of another typesetter fails CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.broadsheet_run import BROADSHEET_FLOORS, SAMPLE_PAGES, SAMPLE_SEED, SAMPLE_TEXT_MODES, write_pages
from bench.realpages import find_pages, format_mode, missed_floors, run_mode
from tests.shared_data import CORPUS, require_shared

pytest.importorskip("pymupdf", reason="the pdf extra (pymupdf) is not installed")


@pytest.fixture(scope="module")
def sample_pages(tmp_path_factory: pytest.TempPathFactory):
    from bench.broadsheet import build_corpus

    corpus = build_corpus(require_shared(*CORPUS))
    folder: Path = tmp_path_factory.mktemp("broadsheet-bench")
    write_pages(folder, SAMPLE_PAGES, SAMPLE_SEED, corpus)
    return find_pages([folder])


@pytest.fixture(scope="module")
def pdf_run(sample_pages):
    return run_mode("pdf", sample_pages)


@pytest.fixture(scope="module")
def text_runs(sample_pages):
    return {mode: run_mode(mode, sample_pages) for mode in SAMPLE_TEXT_MODES}


@pytest.mark.parametrize("metric", sorted(BROADSHEET_FLOORS["pdf"]))
def test_broadsheet_floor(pdf_run, metric: str) -> None:
    missed = missed_floors([pdf_run], {"pdf": {metric: BROADSHEET_FLOORS["pdf"][metric]}})
    assert not missed, "\n".join(missed) + "\n" + format_mode(pdf_run)


@pytest.mark.parametrize("mode", SAMPLE_TEXT_MODES)
def test_broadsheet_text_floors(text_runs, mode: str) -> None:
    run = text_runs[mode]
    missed = missed_floors([run], {mode: BROADSHEET_FLOORS[mode]})
    assert not missed, "\n".join(missed) + "\n" + format_mode(run)
