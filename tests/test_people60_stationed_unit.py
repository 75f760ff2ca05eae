"""people60 (enrich60b): 驻 and the place glued into one word before a title.

LAC writes 驻华 (stationed in China) as one word and may cut the unit after it
into a one-character verb (驻华 + 使/v + 团长): the character is the unit's,
as it is after 驻 alone (驻 + 缅 + 英军总司令). A verb after another word stays
the clause's.
"""

from __future__ import annotations

from banmian.enrich.titles import titles_before


def test_a_unit_cut_after_a_glued_stationed_word_is_the_titles() -> None:
    tokens = [("。", "w"), ("驻华", "v"), ("使", "v"), ("团长", "n"), ("、", "w"), ("青国", "LOC"), ("驻华", "vn"),
              ("大使", "n"), ("柯明远", "PER"), ("致辞", "v"), ("。", "w")]
    assert titles_before(tokens, 8) == ["驻华使团长", "青国驻华大使"]


def test_a_verb_after_another_word_stays_the_clauses() -> None:
    tokens = [("。", "w"), ("访华", "v"), ("使", "v"), ("团长", "n"), ("柯明远", "PER"), ("很", "d"), ("高兴", "a"),
              ("。", "w")]
    assert titles_before(tokens, 4) == ["团长"]
