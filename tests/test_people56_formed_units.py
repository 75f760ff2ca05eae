"""people56: an army unit named by how it was formed (新编, 暂编) stays inside the title.

LAC reads the forming word as a verb (某军 + 新编/v + 第三师, 暂/d + 编/v +
第四十五师), and a verb ended the title: 师长 alone, or no title at all after
a post verb. The forming verb belongs to the title when a numbered army unit
follows it and an army unit (the body it belongs to) or a one-character
adverb of the forming stands before it. A post verb after the name (调任 +
第三军…) stands after no unit and stays the clause's.
"""

from __future__ import annotations

from banmian.enrich.titleafter import titles_stated_after
from banmian.enrich.titles import titles_before
from banmian.enrich.titleunits import forming_verb


def test_a_new_division_of_a_corps_is_one_title_before_the_name() -> None:
    tokens = [("，", "w"), ("第三", "m"), ("军", "n"), ("新编", "v"), ("五", "m"), ("师", "n"), ("师长", "n"),
              ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 7) == ["第三军新编五师师长"]


def test_a_post_taken_in_a_new_or_provisional_division_is_stated_whole() -> None:
    tokens = [("1938年", "TIME"), ("，", "w"), ("柯文明", "PER"), ("调任", "v"), ("第三", "m"), ("军", "n"), ("新编", "v"),
              ("五", "m"), ("师", "n"), ("师长", "n"), ("，", "w"), ("整顿", "v"), ("部队", "n")]
    assert titles_stated_after(tokens, 2) == ["第三军新编五师师长"]
    tokens = [("柯文明", "PER"), ("升任", "v"), ("第六军二旅", "ORG"), ("旅长", "n"), ("，", "w"), ("后", "f"), ("转任", "v"),
              ("暂", "d"), ("编", "v"), ("第四十五", "m"), ("师", "n"), ("师长", "n"), ("，", "w"), ("率部", "v")]
    assert titles_stated_after(tokens, 0) == ["第六军二旅旅长", "暂编第四十五师师长"]


def test_a_post_verb_after_the_name_is_no_forming_verb() -> None:
    tokens = [("柯文明", "PER"), ("调任", "v"), ("第三", "m"), ("军", "n"), ("军长", "n")]
    assert not forming_verb(tokens, 1, len(tokens))
    tokens = [("，", "w"), ("军", "n"), ("编", "v"), ("入", "v"), ("五", "m"), ("师", "n")]
    assert not forming_verb(tokens, 2, len(tokens))  # a number must follow the verb at once
