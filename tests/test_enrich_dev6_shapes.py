"""The enrichment stage on shapes of text found in issue 11's seventh pass
(dev6, a blind development part). Sample words and names are invented for
these tests; they feed hand-made LAC tokens to the rules, so they do not
depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.credits import is_contributor
from banmian.enrich.namerepair import mend
from banmian.enrich.namewords import in_place_list, is_address_form, pair_of_sides
from banmian.enrich.people import find_people


def _people(*chunks: list[tuple[str, str]]) -> list[str]:
    found = find_people([list(c) for c in chunks], exclude=set(), anchors={}, place_in_title=lambda text: None)
    return [p.name for p in found]


def test_a_bracket_of_names_alone_is_a_credit() -> None:
    """（柯文洁） closing a short business item: a sentence that is only a
    bracket of names credits the writer; a name in brackets inside a
    sentence (他的同事（李四）说) is a person."""
    assert is_contributor([("（", "w"), ("欧阳洁明", "PER"), ("）", "w")], 1)
    assert is_contributor([("（", "w"), ("柯文", "PER"), ("、", "w"), ("乔丽", "PER"), ("）", "w")], 3)
    mid_sentence = [("他", "r"), ("的", "u"), ("同事", "n"), ("（", "w"), ("柯文", "PER"), ("）", "w"), ("说", "v")]
    assert not is_contributor(mid_sentence, 4)
    assert not is_contributor([("（", "w"), ("柯文", "PER"), ("）", "w"), ("说", "v"), ("好", "a")], 1)


def test_a_surname_and_tai_is_a_form_of_address() -> None:
    """陈太, 郑太太 (Mrs Chan, Mrs Cheng): a form of address, not a name;
    a name that only contains 太 is still a name."""
    assert is_address_form("陈太") and is_address_form("郑太太")
    assert not is_address_form("陈太平") and not is_address_form("天太")
    assert _people([("陈太", "PER"), ("笑", "v"), ("得", "u"), ("开心", "a"), ("。", "w")]) == []


def test_two_country_abbreviations_before_a_relation_are_two_sides() -> None:
    """韩日/PER + 两国 (the model reads the pair as a name): two sides, no person."""
    assert pair_of_sides([("韩日", "PER"), ("两国", "n")], 0)
    assert pair_of_sides([("中俄", "PER"), ("之间", "f")], 0)
    assert not pair_of_sides([("韩英", "PER"), ("说", "v")], 0)
    chunks = [[("韩日", "PER"), ("关系", "n"), ("恶化", "v"), ("。", "w")],
              [("韩日", "PER"), ("双方", "n"), ("分歧", "n"), ("明显", "a"), ("。", "w")]]
    assert _people(*chunks) == []


def test_a_name_after_a_kind_of_settlement_is_a_place_in_the_whole_article() -> None:
    """意大利小镇卡罗纳 ... 卡罗纳的居民: the model reads the town's name as a
    person's at every mention; the settlement word says it is a town."""
    chunks = [[("意大利", "LOC"), ("小镇", "n"), ("卡罗纳", "PER"), ("宣布", "v"), ("。", "w")],
              [("卡罗纳", "PER"), ("的", "u"), ("居民", "n"), ("减少", "v"), ("。", "w")],
              [("卡罗纳", "PER"), ("推出", "v"), ("低价房", "n"), ("。", "w")]]
    assert _people(*chunks) == []
    assert _people([("镇长", "n"), ("柯文明", "PER"), ("说", "v"), ("。", "w")]) == ["柯文明"]


def test_the_last_item_of_a_list_of_places_joined_by_and_is_a_place() -> None:
    """在北京、上海和卡罗别建立 (the last item joined by 和); 巴黎、雷诺恩等大城市."""
    tokens = [("在", "p"), ("北京", "LOC"), ("、", "w"), ("上海", "LOC"), ("和", "c"), ("卡罗别", "PER"),
              ("建立", "v")]
    assert in_place_list(tokens, 5)
    people = [("柯文", "PER"), ("、", "w"), ("乔丽", "PER"), ("和", "c"), ("卡罗别", "PER"), ("出席", "v")]
    assert not in_place_list(people, 4)
    assert in_place_list([("巴黎", "LOC"), ("、", "w"), ("雷诺恩", "PER"), ("等", "u"), ("大城市", "LOC")], 2)


def test_a_dotted_name_takes_the_name_part_cut_after_it() -> None:
    """主席 + 安德烈·维克/PER + 托罗夫/PER + 认为: the model kept the dot inside
    the first word and cut the last part off; one name."""
    tokens = [("主席", "n"), ("安德烈·维克", "PER"), ("托罗夫", "PER"), ("认为", "v")]
    assert [w for w, t in mend(tokens) if t == "PER"] == ["安德烈·维克托罗夫"]


def _titles(*chunks: list[tuple[str, str]]) -> dict[str, list[str]]:
    found = find_people([list(c) for c in chunks], exclude=set(), anchors={}, place_in_title=lambda text: None)
    return {p.name: list(p.titles) for p in found}


def test_a_verb_between_two_countries_is_the_clauses_not_the_titles() -> None:
    """，法国批评德国总理某某: one country acts on another; the title is 德国总理."""
    tokens = [("，", "w"), ("法国", "LOC"), ("批评", "v"), ("德国", "LOC"), ("总理", "n"), ("柯文明", "PER"),
              ("的", "u"), ("做法", "n"), ("。", "w")]
    assert _titles(tokens) == {"柯文明": ["德国总理"]}


def test_guo_of_woguo_opens_no_title() -> None:
    """我/r + 国/n + 著名医学家 + 某某: the title is 著名医学家, not 国著名医学家."""
    tokens = [("我", "r"), ("国", "n"), ("著名", "a"), ("医学家", "n"), ("柯文明", "PER"), ("曾", "d"), ("说", "v"),
              ("。", "w")]
    assert _titles(tokens) == {"柯文明": ["著名医学家"]}


def test_an_institute_read_as_a_particle_stays_in_the_title() -> None:
    """某科院 + 土壤 + 所/u + 副所长 + 某某: 土壤所 is an institute; the whole title."""
    tokens = [("中国林科院", "ORG"), ("土壤", "n"), ("所", "u"), ("副所长", "n"), ("柯文明", "PER"), ("表示", "v"),
              ("，", "w"), ("今年", "TIME"), ("好", "a"), ("。", "w")]
    assert _titles(tokens) == {"柯文明": ["中国林科院土壤所副所长"]}


def test_a_doctor_after_the_name_is_a_title_and_keeps_the_chain_before() -> None:
    """全国人大代表、某公司董事长某某博士，是…: 博士 after the name is its
    title, and the name is no part of a title of a name to come."""
    tokens = [("全国人大代表", "ORG"), ("、", "w"), ("青禾药业有限公司", "ORG"), ("董事长", "n"), ("柯文明", "PER"),
              ("博士", "n"), ("，", "w"), ("是", "v"), ("位", "q"), ("海归", "n"), ("。", "w")]
    assert _titles(tokens) == {"柯文明": ["全国人大代表", "青禾药业有限公司董事长", "博士"]}


def test_overseas_chinese_and_party_elders_are_titles() -> None:
    """华侨某某说; 包括国民党元老某某; 末代探花某某: heads of their kind."""
    assert _titles([("华侨", "n"), ("柯文明", "PER"), ("说", "v"), ("。", "w")]) == {"柯文明": ["华侨"]}
    assert _titles([("包括", "v"), ("国民党", "ORG"), ("元老", "n"), ("柯文明", "PER"), ("。", "w")]) == {
        "柯文明": ["国民党元老"]}
