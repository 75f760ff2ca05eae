"""people59 (enrich59c): role nouns the title grammar has no head for, read by their form.

`资深/a + 冰友/n + 某某`, `评书/n + 新锐/a + 某某、某某`, `某村/LOC + 妇女/n + 某某`: a noun
ending in a role morpheme, with a modifier before it, right before a name is
the person's title (its front runs back to the clause's mark, 的 or verb). A
bare bond or an age (好友, 老人, 小朋友), a modifier of one character (女主人),
a country or a city alone before it (某国老人, 某市顾客) give none.
"""

from __future__ import annotations

from banmian.enrich.people import find_people
from banmian.enrich.titleroles import role_noun_title, role_noun_titles


def _people(chunks: list[list[tuple[str, str]]]) -> list[tuple[str, list[str]]]:
    found = find_people(chunks, exclude=set(), anchors={}, place_in_title=lambda _text: None)
    return [(p.name, p.titles) for p in found]


def test_a_role_noun_with_its_modifier_is_the_title() -> None:
    tokens = [("在", "p"), ("资深", "a"), ("冰友", "n"), ("柯明远", "PER"), ("看来", "v"), ("，", "w")]
    assert role_noun_title(tokens, 3) == "资深冰友"
    tokens = [("来自", "v"), ("临海", "LOC"), ("的", "u"), ("资深", "a"), ("骑行", "vn"), ("达人", "n"),
              ("石青松", "PER"), ("便是", "v"), ("其中", "r"), ("之一", "r"), ("。", "w")]
    assert role_noun_title(tokens, 6) == "资深骑行达人"
    tokens = [("，", "w"), ("青州", "LOC"), ("柳岸", "LOC"), ("某某茶舍", "n"), ("创客", "n"), ("林远山", "PER"),
              ("笑着", "v"), ("说", "v")]
    assert role_noun_title(tokens, 5) == "青州柳岸某某茶舍创客"
    tokens = [("62岁", "m"), ("的", "u"), ("白石村", "LOC"), ("妇女", "n"), ("卓玛央金", "PER"), ("告诉", "v")]
    assert role_noun_title(tokens, 4) == "白石村妇女"
    tokens = [("和", "c"), ("某", "r"), ("茶社", "n"), ("首席", "n"), ("调香客", "n"), ("柯某某", "PER"), ("约定", "v")]
    assert role_noun_title(tokens, 5) == "某茶社首席调香客"


def test_a_list_after_a_role_noun_shares_it() -> None:
    chunks = [[("此外", "c"), ("，", "w"), ("评书", "n"), ("新锐", "a"), ("柯明远", "PER"), ("、", "w"),
               ("石青松", "PER"), ("、", "w"), ("林远山", "PER"), ("将", "d"), ("登台", "v"), ("。", "w")]]
    assert _people(chunks) == [("柯明远", ["评书新锐"]), ("石青松", ["评书新锐"]), ("林远山", ["评书新锐"])]


def test_a_role_noun_closes_the_chain_before_it() -> None:
    tokens = [("”", "w"), ("青松区", "LOC"), ("居民", "n"), ("、", "w"), ("广场舞", "n"), ("大妈", "n"), ("柯明远", "PER"),
              ("认为", "v"), ("，", "w")]
    assert role_noun_titles(tokens, 6) == ["青松区居民", "广场舞大妈"]
    tokens = [("”", "w"), ("晚饭", "n"), ("、", "w"), ("广场舞", "n"), ("大妈", "n"), ("柯明远", "PER"), ("认为", "v")]
    assert role_noun_titles(tokens, 5) == ["广场舞大妈"]  # an item of no title before the 、 is no chain


def test_bonds_ages_and_bare_origins_are_no_role() -> None:
    tokens = [("决赛", "vn"), ("对手", "n"), ("柯明远", "PER"), ("则", "d")]
    assert role_noun_title(tokens, 2) == ""
    tokens = [("退休", "vn"), ("老人", "n"), ("柯明远", "PER"), ("总是", "d")]
    assert role_noun_title(tokens, 2) == ""
    tokens = [("女", "a"), ("主人", "n"), ("柯明远", "PER"), ("笑", "v")]
    assert role_noun_title(tokens, 2) == ""
    tokens = [("青国", "LOC"), ("友人", "n"), ("柯明远", "PER"), ("到", "v")]
    assert role_noun_title(tokens, 2) == ""
    tokens = [("临海", "LOC"), ("顾客", "n"), ("柯明远", "PER"), ("挑", "v")]
    assert role_noun_title(tokens, 2) == ""
    tokens = [("，", "w"), ("雪友", "n"), ("柯明远", "PER"), ("说", "v")]
    assert role_noun_title(tokens, 2) == ""  # a bare role noun, no modifier: no form to read it by
