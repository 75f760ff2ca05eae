"""A text unit's column width is kept once measured (layout reads it many
times a line), while some later stages rewrite a unit's lines (subheadings
joined, wrapped credits put back, a headline's broken line rejoined). This
guards that no stage reads a width measured before such a rewrite: every
read is checked against a fresh measure of the unit's lines."""

from __future__ import annotations

import pytest

import banmian
from banmian.layout import text_units
from banmian.layout.paragraphs import column_width

from tests.test_large_pages import SAMPLE, big_page


@pytest.fixture
def checked_width(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    stale: list[str] = []
    kept = text_units.Unit.width

    def width(unit: text_units.Unit) -> float:
        value = kept.fget(unit)
        fresh = column_width([unit.block.lines])
        if fresh != value:
            stale.append(f"{unit.block.lines[:2]!r}: kept {value}, now {fresh}")
        return value

    monkeypatch.setattr(text_units.Unit, "width", property(width))
    return stale


@pytest.mark.parametrize("shape", ["headlines", "articles", "sample"])
def test_no_stage_reads_a_stale_width(shape: str, checked_width: list[str]) -> None:
    banmian.parse_text(big_page(3000, shape, seed=11), enrich=False)
    assert not checked_width, checked_width[:5]


def test_the_sample_page_reads_no_stale_width(checked_width: list[str]) -> None:
    banmian.parse_text(SAMPLE.read_text(encoding="utf-8"), enrich=False)
    assert not checked_width, checked_width[:5]
