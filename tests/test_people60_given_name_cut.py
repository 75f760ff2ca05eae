"""A given name's last character that LAC read as a word of its own (issue 11,
session 60: names cut short on articles no rule was tuned on). Sentences and
names are invented; the tests feed hand-made LAC tokens to the rules."""

from __future__ import annotations

from banmian.enrich.namerepair import complete_short_names
from banmian.enrich.people import find_people


def _names(*tokens: tuple[str, str]) -> list[str]:
    return [p.name for p in find_people([list(tokens)], exclude=set(), anchors={}, place_in_title=lambda t: None)]


def test_a_lone_noun_or_conjunction_before_the_verb_ends_the_name() -> None:
    """农民 + 柯志/PER + 桐/n + 承包/v: a person introduced by a noun for a
    person is the clause's subject; a lone noun between the name and the verb
    cannot follow it, so it is the given name's last character."""
    tokens = [("农民", "n"), ("柯志", "PER"), ("桐", "n"), ("承包", "v"), ("果园", "n"), ("。", "w")]
    assert complete_short_names(tokens)[1] == ("柯志桐", "PER")
    tokens = [("养殖户", "n"), ("蓝奕", "PER"), ("和", "c"), ("商量", "v"), ("对策", "n"), ("。", "w")]
    assert complete_short_names(tokens)[1] == ("蓝奕和", "PER")


def test_a_lone_verb_before_a_preposition_ends_the_name() -> None:
    """种植户 + 蓝国/PER + 赞/v + 在/p + 院里: 户 ends a noun for a person
    (种植户, 贫困户) as 民 and 人 do; a one-character verb that is no verb a
    subject does, before the clause's preposition, is the name's last."""
    tokens = [("种植户", "n"), ("蓝国", "PER"), ("赞", "v"), ("在", "p"), ("院里", "s"), ("搭", "v"), ("棚", "n")]
    assert complete_short_names(tokens)[1] == ("蓝国赞", "PER")
    assert "蓝国赞" in _names(*tokens)


def test_words_that_follow_a_name_stay_apart() -> None:
    """The clause's own words after a name stay: a conjunction before a
    noun (干部某某 + 和 + 同事), a thing of the person (画家某某 + 墓 + 犹存),
    a verb of motion a preposition completes (嫌疑人某某 + 窜 + 至), a verb a
    subject does (村民某某 + 看 + 在 + 眼里), no title or person before the name."""
    kept = [
        [("干部", "n"), ("柯志", "PER"), ("和", "c"), ("同事", "n"), ("赶到", "v")],
        [("画家", "n"), ("柯志", "PER"), ("墓", "n"), ("犹存", "v")],
        [("嫌疑人", "n"), ("柯志", "PER"), ("窜", "v"), ("至", "p"), ("某地", "LOC")],
        [("村民", "n"), ("柯志", "PER"), ("看", "v"), ("在", "p"), ("眼里", "s")],
        [("昨天", "TIME"), ("柯志", "PER"), ("桐", "n"), ("承包", "v"), ("果园", "n")],
    ]
    for tokens in kept:
        assert complete_short_names(tokens) == tokens, tokens


def test_two_names_side_by_side_are_one_name_when_the_first_opens_with_no_surname() -> None:
    """日本前首相 + 森田/PER + 康雄/PER (a Japanese family and given name),
    总经理 + 久德/PER + 旺措/PER (a Tibetan name's two parts): Chinese writes
    two people apart with 、 or 和, and a Chinese name of two characters opens
    with its surname; so the two words are one person's name."""
    from banmian.enrich.foreignnames import merge_foreign_names

    tokens = [("前", "f"), ("首相", "n"), ("森田", "PER"), ("康雄", "PER"), ("、", "w"), ("大臣", "n")]
    assert merge_foreign_names(tokens)[2] == ("森田康雄", "PER")
    tokens = [("总经理", "n"), ("久德", "PER"), ("旺措", "PER"), ("说", "v")]
    assert merge_foreign_names(tokens)[1] == ("久德旺措", "PER")
    assert "久德旺措" in _names(*tokens)
    # a role LAC read as a name before the name, and a Chinese name opening with its surname, stay apart
    for tokens in ([("哨兵", "PER"), ("柯旺", "PER"), ("说", "v")], [("柯旺", "PER"), ("蓝泽", "PER"), ("说", "v")]):
        assert merge_foreign_names(tokens) == tokens
