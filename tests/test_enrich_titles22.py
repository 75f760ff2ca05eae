"""Title shapes of issue 11 worked on in session 22 (titles22): fronts of
titles the rules dropped. Names, places and sentences are invented; the
tests feed hand-made LAC tokens, so they do not depend on how the model
happens to cut a sentence."""

from __future__ import annotations



def test_a_unit_named_with_a_verb_keeps_its_front() -> None:
    """，侦察情报营营长某某 (侦察/v + 情报 + 营 + 营长): the head repeats the
    unit's character, so the clause before it names the unit, the verb LAC
    read at its front too; a verb right before a bare head stays out."""
    from banmian.enrich.titles import titles_before

    tokens = [("，", "w"), ("巡护", "v"), ("勘察", "n"), ("队", "n"), ("队长", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 5) == ["巡护勘察队队长"]
    tokens = [("，", "w"), ("看望", "v"), ("队长", "n"), ("柯文明", "PER"), ("。", "w")]
    assert titles_before(tokens, 3) == ["队长"]


def test_a_rank_and_a_body_lac_read_as_verbs_stay_in_the_title() -> None:
    """青川常驻某城代表团公使衔参赞某某: 衔/v after a head is the rank the
    office is held with, 代表团/v a body LAC read as a verb; neither cuts the
    title's front off. A two-character verb (抱团) stays a verb."""
    from banmian.enrich.titles import titles_before

    tokens = [("，", "w"), ("青川", "LOC"), ("常驻", "v"), ("松城", "LOC"), ("代表团", "v"), ("公使", "n"), ("衔", "v"),
              ("参赞", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 8) == ["青川常驻松城代表团公使衔参赞"]
    tokens = [("大家", "r"), ("抱团", "v"), ("参赞", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 3) == ["参赞"]


def test_a_one_character_name_before_a_head_is_a_country() -> None:
    """尼/PER + 总统 + 某某: LAC calls the country's short form a name; no
    name has one character, so 尼总统 is the title of the name after it
    (a name of two characters and a head, 柯文明总统 + 某某, is a person)."""
    from banmian.enrich.titles import titles_before

    tokens = [("参加", "v"), ("青", "PER"), ("总统", "n"), ("柯文明", "PER"), ("召集", "v")]
    assert titles_before(tokens, 3) == ["青总统"]
    tokens = [("参加", "v"), ("柯武", "PER"), ("总统", "n"), ("柯文明", "PER"), ("召集", "v")]
    assert titles_before(tokens, 3) == []
