"""The six real People's Daily pages of ../shared/realdev read as pages: no
failure, no warning, date and page number as their answers give them.
(Article-level scoring of these pages is the real-page benchmark's job.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from tests.shared_data import REALDEV, require_shared  # noqa: E402

DATES = ["2018-01-03", "2018-01-09", "2018-01-12", "2018-01-18", "2018-01-24", "2018-01-31"]


@pytest.fixture(scope="module")
def realdev() -> Path:
    return require_shared(*REALDEV)


@pytest.mark.parametrize("date", DATES)
def test_real_page_parses_as_its_answer_dates_it(realdev: Path, date: str) -> None:
    stem = f"renminribao_{date}_p07"
    answer = json.loads((realdev / f"{stem}.json").read_text(encoding="utf-8"))
    [result] = banmian.parse_many([realdev / f"{stem}.pdf"], enrich=False)
    assert (result.status, result.warnings) == ("parsed", [])
    edition = result.edition
    assert edition is not None and edition.date == answer["date"]
    [page] = edition.pages
    assert (page.number, page.status) == (answer["page"]["number"], "parsed")
    assert len(page.articles) >= len(answer["articles"])
