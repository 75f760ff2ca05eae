"""The OCR benchmark's floors on a small fixed sample (CI): 2 realdev pages and
3 typeset pages rendered at 200 dpi, the same realdev pages degraded like scans.
The full run is ``python -m bench.ocr_run``; the floors are bench.ocr_run.OCR_FLOORS."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import CORPUS, REALDEV, require_shared

pytest.importorskip("rapidocr", reason="the 'ocr' extra is not installed")
pytest.importorskip("pymupdf", reason="the 'pdf' extra is not installed")


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    require_shared(*REALDEV)
    require_shared(*CORPUS)
    from bench.ocr_run import run_all

    _, found = run_all(realdev=2, typeset=3, dpis=[200], degraded=True,
                       folder=Path(tmp_path_factory.mktemp("ocrbench")), baseline=False)
    return found


@pytest.mark.parametrize("name", ["char_accuracy@200", "char_accuracy@degraded", "realdev_titles@200",
                                  "realdev_whole@200", "realdev_bylines@200", "typeset_f1_exact@200",
                                  "typeset_f1_similar@200"])
def test_ocr_sample_meets_its_floor(figures: dict[str, float], name: str) -> None:
    from bench.ocr_run import OCR_FLOORS

    assert figures[name] >= OCR_FLOORS[name], f"{name} = {figures[name]:.4f}, floor {OCR_FLOORS[name]:.4f}"
