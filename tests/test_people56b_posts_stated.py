"""people56b: posts stated with the plain post verbs before 的 + name, and promotions in the passive.

`时任/现任X的name` gave X; `任X的name` (调到某村任某职的某某) states the
office held at the time the same way, and gave nothing. A past
office (曾 + 任X的name) still gives none, as the conventions settle.
`name + 被 + 任命/提升 + 为 + title` is the passive of `任命name为title`,
which gives the title; it gave none.
"""

from __future__ import annotations

from banmian.enrich.titleafter import titles_stated_after
from banmian.enrich.titleheld import titles_held_before
from banmian.enrich.titlelater import passive_post


def test_an_office_held_with_ren_or_danren_before_de_and_the_name() -> None:
    tokens = [("调", "v"), ("到", "v"), ("石门村", "LOC"), ("任", "v"), ("党总支", "n"), ("专职", "a"), ("副书记", "n"),
              ("的", "u"), ("林秀芝", "PER"), ("入户", "v")]
    assert titles_held_before(tokens, 8) == ["党总支专职副书记"]
    tokens = [("，", "w"), ("任", "v"), ("县", "n"), ("医院", "n"), ("院长", "n"), ("的", "u"), ("张立新", "PER")]
    assert titles_held_before(tokens, 6) == ["县医院院长"]


def test_a_past_office_before_de_gives_none() -> None:
    tokens = [("曾", "d"), ("任", "v"), ("县", "n"), ("医院", "n"), ("院长", "n"), ("的", "u"), ("张立新", "PER")]
    assert titles_held_before(tokens, 6) == []
    tokens = [("他", "r"), ("任职", "v"), ("期间", "f"), ("的", "u"), ("张立新", "PER")]
    assert titles_held_before(tokens, 4) == []


def test_a_promotion_in_the_passive_gives_the_title() -> None:
    tokens = [("王德明", "PER"), ("被", "p"), ("任命", "v"), ("为", "v"), ("报社", "n"), ("总编辑", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["报社总编辑"]
    tokens = [("王德明", "PER"), ("被", "p"), ("提升为", "v"), ("团", "n"), ("政治委员", "n"), ("，", "w")]
    assert titles_stated_after(tokens, 0) == ["团政治委员"]


def test_a_passive_that_is_no_promotion_gives_none() -> None:
    tokens = [("王德明", "PER"), ("被", "p"), ("评", "v"), ("为", "v"), ("先进", "a"), ("，", "w")]
    assert passive_post(tokens, 1) == 0
    tokens = [("王德明", "PER"), ("被", "p"), ("派往", "v"), ("县", "n"), ("医院", "n"), ("。", "w")]
    assert passive_post(tokens, 1) == 0
    assert titles_stated_after(tokens, 0) == []
