"""The enrichment stage on shapes found in the tuning part in session 22
(issue 11): a title stated after 是 and the body's 的. Sentences and personal
names are invented; the tests feed hand-made LAC tokens to the rules, so
they do not depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.people import find_people
from banmian.enrich.titles import titles_stated_after


def _people(*chunks: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in find_people(list(chunks), exclude=set(), anchors={},
                                                    place_in_title=lambda t: None)]


def test_a_title_after_the_body_and_de_that_a_copula_states() -> None:
    """某某是某医院理疗科的医生 / 某某是南京一家面馆的老板: the words between
    是 and 的 name where the person works, and the title follows the 的 (the
    conventions since dev10: 是某车间的一名维修工 -> 维修工)."""
    chunk = [("柯明远", "PER"), ("是", "v"), ("某县人民医院", "ORG"), ("针灸", "nz"), ("理疗科", "n"), ("的", "u"),
             ("医生", "n"), ("。", "w")]
    assert titles_stated_after(chunk, 0) == ["医生"]
    chunk = [("祁大兵", "PER"), ("是", "v"), ("南京", "LOC"), ("一家", "m"), ("面", "n"), ("馆", "n"), ("的", "u"),
             ("老板", "n"), ("，", "w"), ("他", "r"), ("说", "v"), ("。", "w")]
    assert _people(chunk) == [("祁大兵", ["老板"])]
    chunk = [("柯明远", "PER"), ("是", "v"), ("某机务段", "ORG"), ("的", "u"), ("一名", "m"), ("维修工", "n"),
             ("。", "w")]
    assert titles_stated_after(chunk, 0) == ["维修工"]


def test_no_title_after_de_when_no_body_stands_before_it() -> None:
    """A pronoun (是我的学生: a relation) or a place alone (是村里的, 是某区的居民:
    where one lives) before 的 names no body: no title."""
    for before in ([("我", "r")], [("村里", "s")], [("某市", "LOC"), ("某区", "LOC")]):
        chunk = [("柯明远", "PER"), ("是", "v")] + before + [("的", "u"), ("老师", "n"), ("。", "w")]
        assert titles_stated_after(chunk, 0) == []


def test_no_title_after_de_for_a_past_state() -> None:
    """某某原是某学校的老师: a former occupation (原是, 曾是); the convention
    reads ``name + 是 + …的 + title`` only."""
    for past in ("原", "曾"):
        chunk = [("柯明远", "PER"), (past, "d"), ("是", "v"), ("某中学", "ORG"), ("的", "u"), ("老师", "n"), ("。", "w")]
        assert titles_stated_after(chunk, 0) == []
    chunk = [("柯明远", "PER"), ("也", "d"), ("是", "v"), ("某中学", "ORG"), ("的", "u"), ("老师", "n"), ("。", "w")]
    assert titles_stated_after(chunk, 0) == ["老师"]
