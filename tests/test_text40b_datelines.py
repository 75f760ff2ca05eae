"""Session 40 (text40b): a dateline cut inside its date by a narrow column's line break.

Invented text. 新华社江城3月 / 16日电 ……: the month closes one line, the day opens the next; the
two are one dateline, not a paragraph of their own over the text.
"""

from __future__ import annotations

from banmian.layout.article_build import whole_opening


def test_a_dateline_cut_between_its_month_and_its_day_is_put_back_together() -> None:
    paras = ["新华社江城3月", "16日电（记者 林小雨）江城今天举行春季植树活动。", "市民纷纷参加。"]
    assert whole_opening(paras) == ["新华社江城3月16日电（记者 林小雨）江城今天举行春季植树活动。", "市民纷纷参加。"]


def test_a_paragraph_ending_on_a_month_that_opens_no_dateline_stays() -> None:
    paras = ["活动将持续到3月", "16日以后还有更多安排。"]
    assert whole_opening(paras) == paras
