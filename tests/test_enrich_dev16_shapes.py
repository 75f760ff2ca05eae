"""The enrichment stage on shapes of text found in issue 11's sixteenth pass
(dev15, a blind development part drawn with a new seed, and the error kinds
of all tuning parts together). Sentences and personal names are invented for
these tests (country names are general knowledge, as the world lists are);
they feed hand-made LAC tokens to the rules, so they do not depend on how the
model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.people import find_people


def _people(*chunks: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in find_people(list(chunks), exclude=set(), anchors={}, place_in_title=lambda t: None)]


def test_a_title_read_as_a_name_before_a_name_is_its_title() -> None:
    """某国前驻阿大使约翰·史密斯: LAC read 阿大使 (the head 大使 and the
    abbreviated country before it) as a name, and the dotted name was glued to
    it. A name never ends in a head of two characters: 阿大使 is the title's."""
    chunk = [("某国", "LOC"), ("前", "f"), ("驻", "v"), ("阿大使", "PER"), ("约翰·史密斯", "PER"), ("表示", "v"),
             ("，", "w"), ("和谈", "vn"), ("不会", "v"), ("很快", "ad"), ("结束", "v"), ("。", "w")]
    assert _people(chunk) == [("约翰·史密斯", ["某国前驻阿大使"])]
    # two names one after the other stay two names
    chunk = [("记者", "n"), ("见到", "v"), ("了", "u"), ("何平安", "PER"), ("、", "w"), ("罗长青", "PER"), ("。", "w")]
    assert [name for name, _ in _people(chunk)] == ["何平安", "罗长青"]


def test_a_country_cut_across_a_titles_first_words_is_whole() -> None:
    """毛里求斯华人社团联盟主席某某: LAC cut the country as 毛里/PER + 求/v +
    斯华人社团联盟/ORG, and the title began inside the country's name
    (斯华人社团联盟主席). The country is one word again and opens the title."""
    chunk = [("毛里", "PER"), ("求", "v"), ("斯华人社团联盟", "ORG"), ("主席", "n"), ("胡承山", "PER"),
             ("听", "v"), ("了", "u"), ("讲话", "n"), ("。", "w")]
    assert _people(chunk) == [("胡承山", ["毛里求斯华人社团联盟主席"])]


def test_the_first_side_of_a_body_named_by_two_countries_opens_the_title() -> None:
    """兼朝中友好协会委员长某某: LAC read the first side as a preposition
    (朝/p + 中友好协会/ORG), so the title began with the second side. A body
    named by two sides and their relation keeps both."""
    chunk = [("某委员会", "ORG"), ("副", "a"), ("委员长", "n"), ("兼", "v"), ("朝", "p"), ("中友好协会", "ORG"),
             ("委员长", "n"), ("朴京山", "PER"), ("出席", "v"), ("。", "w")]
    assert _people(chunk) == [("朴京山", ["某委员会副委员长", "朝中友好协会委员长"])]
    chunk = [("越", "d"), ("中友好协会", "ORG"), ("会长", "n"), ("阮文山", "PER"), ("出席", "v"), ("了", "u"), ("招待会", "n"), ("。", "w")]
    assert _people(chunk) == [("阮文山", ["越中友好协会会长"])]
    # a preposition before a body of one country stays the preposition: 朝 + 中国作协 is no body
    chunk = [("他", "r"), ("朝", "p"), ("中国作协", "ORG"), ("主席", "n"), ("柯望", "PER"), ("走", "v"), ("去", "v"), ("。", "w")]
    assert _people(chunk) == [("柯望", ["中国作协主席"])]


def test_a_form_of_address_glued_to_a_name_stands_apart() -> None:
    """某部的安娜·施密尔女士是负责人: LAC read ·施密尔女士 as a mark and the dotted
    name took it whole, so the person was 安娜·施密尔女士. 女士 and 先生 after
    a full name are forms of address, never a part of it."""
    chunk = [("某国农业部", "ORG"), ("的", "u"), ("安娜", "PER"), ("·施密尔女士", "w"), ("是", "v"), ("项目", "n"),
             ("的", "u"), ("负责人", "n"), ("。", "w")]
    said = [("“", "w"), ("蜜蜂", "n"), ("很", "d"), ("重要", "a"), ("。", "w"), ("”", "w"), ("施密尔", "PER"), ("说", "v"), ("。", "w")]
    assert [name for name, _ in _people(chunk, said)] == ["安娜·施密尔"]
    chunk = [("记者", "n"), ("见到", "v"), ("了", "u"), ("何海燕女士", "PER"), ("，", "w"), ("她", "r"), ("是", "v"),
             ("村医", "n"), ("。", "w")]
    assert [name for name, _ in _people(chunk)] == ["何海燕"]
