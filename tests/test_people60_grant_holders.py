"""people60 (enrich60b): the holder of a scientist's grant is a title, as a prize's winner is.

`某某青年科学基金获得者` ends a scientist's chain of titles; 获得者 of an
honour that is no prize nor grant (道德模范获得者) stays no title.
"""

from __future__ import annotations

from banmian.enrich.titles import is_title, titles_stated_after


def test_a_grant_holder_is_a_title() -> None:
    assert is_title("国家杰出青年科学基金获得者")
    tokens = [("王立新", "PER"), ("，", "w"), ("江州大学化学系", "ORG"), ("教授", "n"), ("、", "w"), ("国家", "n"),
              ("杰出", "a"), ("青年", "n"), ("科学", "n"), ("基金", "n"), ("获得者", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["江州大学化学系教授", "国家杰出青年科学基金获得者"]


def test_an_honour_that_is_no_prize_nor_grant_is_none() -> None:
    assert not is_title("道德模范获得者")
