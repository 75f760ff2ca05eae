"""people60 (enrich60b): a person's origin or age as an item of a chain of titles.

`时任某地知府、某县人 + 某某`, `某村护林员、63岁的农民 + 某某`: the origin and the age
are no titles, yet the titles before them are the person's; the age stays out of
the title after it. A place and 人 that is no item of a chain, and an age with
no chain before it, give nothing more.
"""

from __future__ import annotations

from banmian.enrich.titles import titles_before


def test_an_origin_item_does_not_end_the_chain() -> None:
    tokens = [("。", "w"), ("时任", "v"), ("江州", "LOC"), ("知府", "n"), ("、", "w"), ("山阴", "LOC"), ("人", "n"),
              ("林守正", "PER"), ("提出", "v"), ("。", "w")]
    assert titles_before(tokens, 7) == ["江州知府"]
    tokens = [("。", "w"), ("村里", "s"), ("的", "u"), ("护林员", "n"), ("、", "w"), ("江南省", "LOC"), ("江州", "LOC"),
              ("人", "n"), ("林守正", "PER"), ("说", "v"), ("。", "w")]
    assert titles_before(tokens, 8) == ["护林员"]


def test_an_origin_outside_a_chain_gives_no_title() -> None:
    tokens = [("。", "w"), ("江州", "LOC"), ("人", "n"), ("林守正", "PER"), ("提出", "v"), ("。", "w")]
    assert titles_before(tokens, 3) == []
    tokens = [("。", "w"), ("他", "r"), ("说", "v"), ("，", "w"), ("江州", "LOC"), ("人", "n"), ("林守正", "PER"),
              ("来", "v"), ("了", "u"), ("。", "w")]
    assert titles_before(tokens, 6) == []


def test_an_age_opening_an_item_does_not_end_the_chain() -> None:
    tokens = [("。", "w"), ("石桥村", "LOC"), ("第一批", "m"), ("护林员", "n"), ("、", "w"), ("63岁", "m"), ("的", "u"),
              ("农民", "n"), ("周永泰", "PER"), ("提醒", "v"), ("。", "w")]
    assert titles_before(tokens, 8) == ["石桥村第一批护林员", "农民"]


def test_an_age_is_no_part_of_a_chain_items_title() -> None:
    tokens = [("。", "w"), ("石桥村", "LOC"), ("护林员", "n"), ("、", "w"), ("63岁", "m"), ("农民", "n"),
              ("周永泰", "PER"), ("提醒", "v"), ("。", "w")]
    assert titles_before(tokens, 6) == ["石桥村护林员", "农民"]
    tokens = [("。", "w"), ("63岁", "m"), ("农民", "n"), ("周永泰", "PER"), ("提醒", "v"), ("。", "w")]
    assert titles_before(tokens, 3) == ["农民"]
