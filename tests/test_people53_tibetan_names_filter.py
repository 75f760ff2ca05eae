"""Session 53 (people53): the learned name filter leaves a name of two parts
of Tibetan names alone, as the rules do (issue 11). Text and margins invented."""

from __future__ import annotations

from collections import Counter

from banmian.enrich.people import _learned_filter


def _judged(names: list[str], margin: float) -> set[str]:
    text = "炉火正旺，" + "。".join(f"{name}坐在炉旁" for name in names) + "。"
    candidates: dict[str, list[str]] = {name: [] for name in names}
    return set(_learned_filter(candidates, candidates, text, {n: margin for n in names}, Counter(names), Counter(),
                               set(), set(), set(), set(), None))


def test_two_parts_of_tibetan_names_stand_at_a_margin_the_model_drops() -> None:
    """格桑 + 旺久: LAC tags such a name ORG or cuts it, so its margin and PER share are low."""
    assert _judged(["格桑旺久", "阿桑旺久"], -1.0) == {"格桑旺久"}  # 阿桑 is no part: the model drops it


def test_the_model_keeps_both_at_a_margin_it_trusts() -> None:
    assert _judged(["格桑旺久", "阿桑旺久"], 0.5) == {"格桑旺久", "阿桑旺久"}
