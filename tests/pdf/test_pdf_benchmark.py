"""The PDF-mode floors of issue 3, held on 200 typeset benchmark pages.

``python -m bench.pdf_run`` in process: typesets page PDFs from the real
articles in ../shared/corpora (6-8 columns, regions of 2-5 columns, headline
tiers, side headline boxes, photos with captions and credits, rules, header
bands, continuations across pages, news briefs), parses them and scores them.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from bench.pdf_run import MAX_SPEED_RATIO, MIN_PAGES, PDF_FLOORS, PdfReport, run, table  # noqa: E402
from tests.shared_data import CORPUS, require_shared  # noqa: E402


@pytest.fixture(scope="module")
def report() -> PdfReport:
    require_shared(*CORPUS)
    return run(MIN_PAGES)


def test_enough_pages_with_every_feature(report: PdfReport) -> None:
    counts = report.pdf
    assert report.pages >= MIN_PAGES
    assert counts.truth_articles > 600 and counts.caption_truths > 100 and counts.link_truths > 100
    assert report.header_ok == report.pages, table(report)


@pytest.mark.parametrize("metric", sorted(PDF_FLOORS))
def test_floor(report: PdfReport, metric: str) -> None:
    value = report.pdf.metrics()[metric]
    assert value >= PDF_FLOORS[metric], f"{metric} = {value:.4f} < {PDF_FLOORS[metric]}\n{table(report)}"


def test_speed_against_pymupdf_alone(report: PdfReport) -> None:
    assert report.speed_ratio <= MAX_SPEED_RATIO, table(report)
