"""people56b: a role LAC cut into a verb and 人 or 手 right before the name is the person's title.

创建人, 受助人, 作业手: LAC often reads the verb and the one-character ending
as two words (创建/v + 人/n). The title grammar stopped at the verb and 人
alone is no head, so the person had no title. A two-character verb (or verb
as noun) and 人 or 手 right before the name make the head; 人 after a place
(某地 + 人: where someone is from) and after a one-character verb (请 + 人)
stays none.
"""

from __future__ import annotations

from banmian.enrich.titleagents import agent_verb
from banmian.enrich.titles import titles_before


def test_a_founder_cut_before_its_ending_keeps_the_whole_title() -> None:
    tokens = [("怀念", "v"), ("着", "u"), ("西山", "LOC"), ("抗战", "vn"), ("根据地", "n"), ("创建", "v"), ("人", "n"),
              ("周明远", "PER"), ("。", "w")]
    assert titles_before(tokens, 7) == ["西山抗战根据地创建人"]


def test_a_role_of_a_verb_and_hand_is_a_title() -> None:
    tokens = [("，", "w"), ("治沙队", "n"), ("作业", "vn"), ("手", "n"), ("赵国庆", "PER"), ("说", "v")]
    assert titles_before(tokens, 4) == ["治沙队作业手"]
    tokens = [("在", "p"), ("受助", "v"), ("人", "n"), ("李春华", "PER"), ("的", "u"), ("眼中", "s")]
    assert titles_before(tokens, 3) == ["受助人"]


def test_a_native_of_a_place_or_a_short_verb_makes_no_agent_noun() -> None:
    tokens = [("来自", "v"), ("盱眙", "LOC"), ("人", "n"), ("王德明", "PER"), ("说", "v")]
    assert not agent_verb(tokens, 1, 3)
    assert titles_before(tokens, 3) == []
    tokens = [("他", "r"), ("请", "v"), ("人", "n"), ("张德明", "PER"), ("帮忙", "v")]
    assert not agent_verb(tokens, 1, 3)
    assert titles_before(tokens, 3) == []
    tokens = [("，", "w"), ("感谢", "v"), ("工人", "n"), ("张德明", "PER")]
    assert not agent_verb(tokens, 1, 3)  # the ending must be a word of one character
