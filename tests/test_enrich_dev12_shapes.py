"""The enrichment stage on shapes of text found in issue 11's thirteenth pass
(dev12, a blind development part of at most 5 articles a page). Sample words
and names are invented for these tests; they feed hand-made LAC tokens to the
rules, so they do not depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.namerepair import complete_short_names
from banmian.enrich.people import find_people, valid_name


def _people(tokens: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None)]


def test_names_listed_after_an_appointing_verb_share_the_title_after_wei() -> None:
    """任命柯文（女）、柯武明、许诺为某某法院审判员: an appointment lists the
    names, with their sex in brackets, before 为 and the one title they all
    take; a two-character name marked （女） is a person by that mark."""
    tokens = [("任命", "v"), ("柯文", "PER"), ("（", "w"), ("女", "a"), ("）", "w"), ("、", "w"), ("柯武明", "PER"),
              ("、", "w"), ("许诺", "PER"), ("为", "v"), ("某某法院", "ORG"), ("审判员", "n"), ("。", "w")]
    assert _people(tokens) == [("柯文", ["某某法院审判员"]), ("柯武明", ["某某法院审判员"]), ("许诺", ["某某法院审判员"])]
    # names listed without an appointing verb before them take nothing after 为
    tokens = [("柯武明", "PER"), ("、", "w"), ("许诺", "PER"), ("为", "p"), ("某某法院", "ORG"), ("审判员", "n"),
              ("送", "v"), ("花", "n"), ("。", "w")]
    assert all(not titles for _, titles in _people(tokens))


def test_a_word_of_a_title_lac_cut_into_characters_stays_in_the_title() -> None:
    """驻某国 + 特/d + 命/n + 全权大使: LAC cut a word it did not know into single
    characters and read the first as an adverb; between a place and a noun of
    one character, it is part of the title, after a name or before it."""
    tokens = [("任命", "v"), ("柯武明", "PER"), ("为", "v"), ("柯国", "LOC"), ("驻", "v"), ("许国", "LOC"), ("特", "d"),
              ("命", "n"), ("全权", "n"), ("大使", "n"), ("。", "w")]
    assert _people(tokens) == [("柯武明", ["柯国驻许国特命全权大使"])]
    tokens = [("，", "w"), ("柯国", "LOC"), ("驻", "v"), ("许国", "LOC"), ("特", "d"), ("命", "n"), ("全权", "n"),
              ("大使", "n"), ("柯武明", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯武明", ["柯国驻许国特命全权大使"])]
    # an adverb before a verb stays out (柯国 + 又/d + 派/v + 大使)
    tokens = [("，", "w"), ("柯国", "LOC"), ("又", "d"), ("派", "v"), ("大使", "n"), ("柯武明", "PER"), ("来访", "v")]
    assert _people(tokens) == [("柯武明", ["大使"])]


def test_a_word_the_article_reads_as_a_verb_more_often_is_no_name() -> None:
    """任命/PER + 柯文 once beside 任命/v at every other line of the same list:
    LAC read the verb as a name once; the article's other readings outvote it,
    and the verb is not cut out of the other lines as a name."""
    line = [("任命", "v"), ("柯武明", "PER"), ("为", "v"), ("某某法院", "ORG"), ("审判员", "n"), ("。", "w")]
    odd = [("任命", "PER"), ("柯文", "PER"), ("为", "v"), ("某某法院", "ORG"), ("审判员", "n"), ("。", "w")]
    people = find_people([line, [("任命", "v"), ("许诺", "PER")] + line[2:], odd], exclude=set(), anchors={},
                         place_in_title=lambda t: None)
    assert [(p.name, p.titles) for p in people] == [
        ("柯武明", ["某某法院审判员"]), ("许诺", ["某某法院审判员"]), ("柯文", ["某某法院审判员"])]


def test_a_given_name_ending_in_zhang_that_heads_no_unit_is_a_name() -> None:
    """村民柯和长: 长 ends heads of units (连长, 局长) and a surname before one is
    a form of address (柯局长); 和 is no unit, so 柯和长 is a name, kept with
    its title before it."""
    assert valid_name("柯和长") and not valid_name("柯局长") and not valid_name("柯连长")
    tokens = [("，", "w"), ("柯村", "LOC"), ("村民", "n"), ("柯和长", "PER"), ("一早", "d"), ("上班", "v"), ("。", "w")]
    assert _people(tokens) == [("柯和长", ["柯村村民"])]


def test_a_quoted_honour_right_before_a_name_is_its_title() -> None:
    """“柯稻之父”柯文明, “时代柯模”柯武明: a quoted noun phrase right before the
    name is the honour the text gives the person, kept with its quotes; a
    quoted sentence before a speaker is none."""
    tokens = [("，", "w"), ("“", "w"), ("柯稻", "n"), ("之", "u"), ("父", "n"), ("”", "w"), ("柯文明", "PER"), ("，", "w"),
              ("“", "w"), ("时代柯模", "nw"), ("”", "w"), ("柯武明", "PER"), ("…", "w")]
    assert _people(tokens) == [("柯文明", ["“柯稻之父”"]), ("柯武明", ["“时代柯模”"])]
    tokens = [("“", "w"), ("到", "v"), ("了", "u"), ("！", "w"), ("”", "w"), ("柯文明", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文明", [])]
    tokens = [("“", "w"), ("快", "a"), ("走", "v"), ("”", "w"), ("柯文明", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文明", [])]
    # the quote is a word of the clause after an adjective, a preposition or 的
    tokens = [("资深", "a"), ("“", "w"), ("柯友", "n"), ("”", "w"), ("柯文明", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文明", [])]
    # a generation before the honour is the honour's
    tokens = [("，", "w"), ("第五代", "m"), ("“", "w"), ("花儿柯", "n"), ("”", "w"), ("柯文明", "PER"), ("是", "v")]
    assert _people(tokens) == [("柯文明", ["第五代“花儿柯”"])]
    # “当代柯公”: the modern-day likeness of a figure of another time is no honour
    tokens = [("“", "w"), ("当代", "TIME"), ("柯公", "n"), ("”", "w"), ("柯文明", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文明", [])]


def test_a_name_written_once_with_a_title_before_it_outweighs_other_readings() -> None:
    """某国外长柯伦 once, 会见柯伦/ORG时 once: LAC read the name as a body at
    its second mention; the title before the first is the surer sign of a person."""
    first = [("会见", "v"), ("柯国", "LOC"), ("外长", "n"), ("柯伦", "PER"), ("。", "w")]
    second = [("会见", "v"), ("柯伦", "ORG"), ("时", "n"), ("，", "w"), ("许某", "PER"), ("表示", "v")]
    people = find_people([first, second], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert [(p.name, p.titles) for p in people][0] == ("柯伦", ["柯国外长"])
    # without a title, the other reading still outvotes the name
    first = [("会见", "v"), ("柯伦", "PER"), ("。", "w")]
    people = find_people([first, second], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert "柯伦" not in [p.name for p in people]


def test_a_name_cut_before_its_last_character_glued_to_said() -> None:
    """村民柯代/PER + 学说/n + ，: LAC cut the name's last character off and glued
    it to 说 (学说 is a word of its own); after a title and before a pause the
    three characters are the name and 说 the speech verb."""
    tokens = [("”", "w"), ("村民", "n"), ("柯代", "PER"), ("学说", "n"), ("，", "w"), ("但", "c")]
    assert complete_short_names(tokens)[1:4] == [("村民", "n"), ("柯代学", "PER"), ("说", "v")]
    # a doctrine after a name with no title before it stays a doctrine (柯子 + 学说)
    tokens = [("研究", "v"), ("柯子", "PER"), ("学说", "n"), ("，", "w")]
    assert complete_short_names(tokens)[1:3] == [("柯子", "PER"), ("学说", "n")]
    # 对于…乘警柯代 + 来说: "as for", a phrase of its own after the name
    tokens = [("对于", "p"), ("乘警", "n"), ("柯代", "PER"), ("来说", "v"), ("，", "w")]
    assert complete_short_names(tokens)[2:4] == [("柯代", "PER"), ("来说", "v")]


def test_performers_and_royal_children_are_titles_before_a_name() -> None:
    """清代艺人柯文明, 柯国公主柯丽: a craft's performer and a king's child are
    what the person is, written before the name."""
    tokens = [("是", "v"), ("清代", "TIME"), ("艺人", "n"), ("柯文明", "PER"), ("所", "u"), ("留", "v")]
    assert _people(tokens) == [("柯文明", ["清代艺人"])]
    tokens = [("，", "w"), ("柯国", "LOC"), ("公主", "n"), ("柯丽·许娜", "PER"), ("出席", "v")]
    assert _people(tokens) == [("柯丽·许娜", ["柯国公主"])]


def test_a_head_lac_cut_into_a_one_character_name_and_a_verb() -> None:
    """柯国 + 王/PER + 储/v + 柯罕默德: LAC read the first character of the head
    王储 as a name and the second as a verb; the two are the head, and the
    title is the name's."""
    tokens = [("柯国", "LOC"), ("王", "PER"), ("储", "v"), ("柯罕默德", "PER"), ("日前", "TIME"), ("宣布", "v")]
    assert _people(tokens) == [("柯罕默德", ["柯国王储"])]
