"""people55: the deputy of an office written after the name (某某副院长, 某某副总经理).

A head written after the name (某某院长) is a title; its deputy (副 + the same
head) is an office as well, whichever head LAC cuts the 副 from.
"""

from __future__ import annotations

from banmian.enrich.titleafter import title_after


def test_a_deputy_head_after_the_name_is_its_title() -> None:
    tokens = [("会上", "f"), ("，", "w"), ("王建华", "PER"), ("副院长", "n"), ("介绍", "v"), ("情况", "n"), ("。", "w")]
    assert title_after(tokens, 2) == "副院长"
    tokens = [("负责人", "n"), ("王建华", "PER"), ("副", "a"), ("总经理", "n"), ("商量", "v"), ("进度", "n")]
    assert title_after(tokens, 1) == "副总经理"


def test_a_deputy_of_no_head_after_the_name_is_no_title() -> None:
    tokens = [("王建华", "PER"), ("副", "a"), ("食品", "n"), ("很", "d"), ("多", "a")]
    assert title_after(tokens, 0) is None
    tokens = [("王建华", "PER"), ("副业", "n"), ("收入", "n"), ("高", "a")]
    assert title_after(tokens, 0) is None
