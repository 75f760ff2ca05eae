"""The enrichment stage on shapes of text found in issue 11's eleventh pass
(dev10, a blind development part of 5 articles of each page). Sample words
and names are invented for these tests; most feed hand-made LAC tokens to the
rules, so they do not depend on how the model happens to cut a sentence."""

from __future__ import annotations

from collections import Counter

from banmian.enrich.credits import is_contributor
from banmian.enrich.namerepair import complete_short_names, merge_foreign_names, trim_name_endings
from banmian.enrich.namewords import in_list_of_kinds, is_address_form
from banmian.enrich.namecontext import name_context
from banmian.enrich.namesets import given_names_alone, prefer_mentioned
from banmian.enrich.people import find_people, valid_name
from banmian.enrich.titlecomplete import complete_title
from banmian.enrich.titles import is_title, titles_before


def test_a_credit_verb_lac_cut_into_characters_still_credits() -> None:
    """（柯文明参与采写）: LAC may read 采写 as 采/v + 写/v; the credit verb is
    spelled by the characters, however the words are cut."""
    tokens = [("（", "w"), ("柯文明", "PER"), ("参与", "v"), ("采", "v"), ("写", "v"), ("）", "w")]
    assert is_contributor(tokens, 1)
    tokens = [("柯文明", "PER"), ("摄", "v"), ("影", "n"), ("报道", "n")]
    assert is_contributor(tokens, 0)
    # a verb with an object is a person at work, however cut
    tokens = [("柯文明", "PER"), ("整", "v"), ("理", "v"), ("案卷", "n"), ("。", "w")]
    assert not is_contributor(tokens, 0)


def test_a_drawing_credited_by_zuo_before_its_source() -> None:
    """柯文明作（新华社发）: a cartoon's credit; 作 closes it only at the end
    of the line or before the bracket of the source."""
    tokens = [("柯文明", "PER"), ("作", "v"), ("（", "w"), ("新华社", "ORG"), ("发", "v"), ("）", "w")]
    assert is_contributor(tokens, 0)
    tokens = [("柯文明", "PER"), ("作", "v"), ("报告", "n"), ("。", "w")]
    assert not is_contributor(tokens, 0)


def test_an_era_of_any_shape_dates_the_title_after_it() -> None:
    """明末 + 清初 + 著名思想家, 近代 + 著名琴家, 民国时期 + 某省琴家: an era
    (two dynasties' turns, a named period) before a title is the title's, and
    the place whose era it is opens it (某国 + 当代 + 诗人)."""
    tokens = [("为", "p"), ("明末", "TIME"), ("清初", "TIME"), ("著名", "a"), ("思想家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["明末清初著名思想家"]
    tokens = [("，", "w"), ("近代", "TIME"), ("著名", "a"), ("琴家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["近代著名琴家"]
    tokens = [("为", "v"), ("民国时期", "TIME"), ("青松", "LOC"), ("画家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["民国时期青松画家"]
    tokens = [("，", "w"), ("青松国", "LOC"), ("当代", "TIME"), ("诗人", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["青松国当代诗人"]
    # a date before a title dates the sentence, not the title
    tokens = [("，", "w"), ("2月", "TIME"), ("青松国", "LOC"), ("诗人", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["青松国诗人"]


def test_one_character_read_as_a_name_before_a_transliteration_is_its_front() -> None:
    """首席运营官 + 那/PER + 塔丽/PER: one character alone is no name; LAC cut
    a transliterated name after its first character."""
    tokens = [("运营官", "n"), ("那", "PER"), ("塔丽", "PER"), ("告诉", "v")]
    assert merge_foreign_names(tokens) == [("运营官", "n"), ("那塔丽", "PER"), ("告诉", "v")]
    # a conjunction LAC read as a name joins the name, it does not open it (同 + 某某: "with")
    tokens = [("会谈", "v"), ("同", "PER"), ("塔丽", "PER"), ("说", "v")]
    assert merge_foreign_names(tokens)[1] == ("同", "PER")
    # two names of their own stay two
    tokens = [("柯文明", "PER"), ("、", "w"), ("柯武", "PER")]
    assert merge_foreign_names(tokens) == tokens


def test_a_listed_name_runs_to_deng() -> None:
    """柯文明、柯粹 + 深/a + 等 + 前辈: an item of a list of names runs to the
    mark or to 等 that closes the list; an adverb there ends it (柯粹 + 也 + 等)."""
    tokens = [("柯文明", "PER"), ("、", "w"), ("柯粹", "PER"), ("深", "a"), ("等", "u"), ("前辈", "n")]
    assert complete_short_names(tokens)[2] == ("柯粹深", "PER")
    tokens = [("柯文明", "PER"), ("、", "w"), ("柯粹", "PER"), ("都", "d"), ("等", "v"), ("着", "u")]
    assert complete_short_names(tokens)[2] == ("柯粹", "PER")


def test_a_generation_inside_the_title_word_drops() -> None:
    """90后漫画家/nz + 柯某: LAC kept the generation (an age) inside the
    title's word; the title is what follows it, as with 90后 + 漫画家."""
    tokens = [("，", "w"), ("90后漫画家", "nz"), ("柯文明", "PER"), ("从小", "d")]
    assert titles_before(tokens, 2) == ["漫画家"]


def test_a_head_word_read_as_a_verb_after_an_adverb_is_the_verb() -> None:
    """分别 + 代表/v + 柯某 + 出生的年份: the adverb says 代表 is what the
    numbers do (they stand for), no office; 全权 + 代表 stays a title."""
    tokens = [("，", "w"), ("分别", "d"), ("代表", "v"), ("柯文明", "PER"), ("出生", "v")]
    assert titles_before(tokens, 3) == []
    tokens = [("，", "w"), ("青松国", "LOC"), ("全权", "n"), ("代表", "v"), ("柯文明", "PER")]
    assert titles_before(tokens, 4) == ["青松国全权代表"]


def test_village_cadres_are_kinds_of_people_not_the_village_head() -> None:
    """村干部, 村官 (like 村民) name kinds of people: no village's name is
    put before them, as it is before 村长 or 村党支部书记."""
    anchors = {"村": "白石村"}
    assert complete_title("村干部", anchors) == "村干部"
    assert complete_title("村长", anchors) == "白石村村长"


def test_a_surname_and_an_elders_kinship_word_is_a_form_of_address() -> None:
    """李叔, 王姨, 张婶: a surname and one kinship word address an elder whose
    name the text does not give, like 李大爷 or 杨阿姨."""
    for word in ("柯叔", "柯姨", "柯婶", "柯伯"):
        assert is_address_form(word), word
    for word in ("柯文", "柯叔明"):
        assert not is_address_form(word), word


def test_jiang_opens_the_ranks_it_names() -> None:
    """将军柯某, 将领: 将 opens no title as a preposition (将 + 柯某 + 送回), but
    it is the first character of the rank 将军 and of 将领."""
    assert is_title("将军") and is_title("将领")
    tokens = [("，", "w"), ("将军", "n"), ("柯文明", "PER"), ("赴", "v")]
    assert titles_before(tokens, 2) == ["将军"]
    assert not is_title("将士")


def test_a_memorial_is_no_name() -> None:
    """某某将军 + 纪念亭/PER: LAC read a memorial after the rank as a name."""
    assert not valid_name("纪念亭") and valid_name("纪文明")


def test_a_schools_department_read_as_the_copula_stays_in_the_title() -> None:
    """青松大学 + 地球 + 与 + 环境 + 系/v + 教授 + 柯某: after a university
    系 is its department, not 'is'; after a name it is the copula."""
    tokens = [("——", "w"), ("青松大学", "ORG"), ("地球", "n"), ("与", "c"), ("环境", "n"), ("系", "v"), ("教授", "n"),
              ("柯文明", "PER")]
    assert titles_before(tokens, 7) == ["青松大学地球与环境系教授"]
    tokens = [("，", "w"), ("柯文明", "PER"), ("系", "v"), ("县医院", "n"), ("院长", "n"), ("柯武", "PER")]
    assert titles_before(tokens, 5) == ["县医院院长"]


def test_a_name_after_yuanming_is_a_person() -> None:
    """柯文明，原名柯武。: another name of the same person (原名, 又名, 化名)
    introduces a name, as 名叫 does."""
    tokens = [("柯文明", "PER"), ("，", "w"), ("原名", "n"), ("柯武", "PER"), ("。", "w")]
    assert name_context(tokens, 3)


def test_a_shorter_name_never_written_alone_ties_with_the_longer() -> None:
    """柯来/PER + 胜/v twice and 柯来胜/PER once: the text never writes 柯来
    without 胜, so the mentions tie and the longer name is kept."""
    people = {"柯来": [], "柯来胜": []}
    mentions = Counter({"柯来": 2, "柯来胜": 1})
    text = "有个叫柯来胜的大户，柯来胜家只有5头牛。鼓励柯来胜成立合作社。"
    assert set(prefer_mentioned(people, mentions, {}, text)) == {"柯来胜"}
    # where the shorter stands alone in the text, the more mentioned one wins as before
    text = "柯来说，柯来认为。柯来胜走了。"
    assert set(prefer_mentioned(people, mentions, {}, text)) == {"柯来"}



def test_items_of_a_bracketed_list_after_a_count_of_kinds_are_things() -> None:
    """4种药品（某某胞苷、柯罗替尼、塞柯替尼）: the list names the kinds the
    count counts, whatever LAC made of its words; 4名队员（…） lists people."""
    tokens = [("4种", "m"), ("药品", "n"), ("（", "w"), ("柯扎胞苷", "nz"), ("、", "w"), ("柯罗替尼", "PER"), ("、", "w"),
              ("塞柯替尼", "PER"), ("）", "w")]
    assert in_list_of_kinds(tokens, 5) and in_list_of_kinds(tokens, 7)
    tokens = [("4名", "m"), ("队员", "n"), ("（", "w"), ("柯文明", "PER"), ("、", "w"), ("柯武", "PER"), ("）", "w")]
    assert not in_list_of_kinds(tokens, 3) and not in_list_of_kinds(tokens, 5)


def test_a_known_place_with_its_area_glued_is_the_place() -> None:
    """皖南山区, 华北麦区: LAC glued an area (what it holds) to a known region;
    the place is the region. An unknown front keeps the word (山区 alone)."""
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import _without_area

    gazetteer = get_gazetteer()
    assert _without_area("华北麦区", gazetteer) == "华北"
    assert _without_area("江西山区", gazetteer) == "江西"
    assert _without_area("青松柯山区", gazetteer) == "青松柯山区"


def test_a_kind_of_head_read_as_an_adverb_stays_in_the_title() -> None:
    """某某主席 + 特别/d + 代表/n + 柯某: LAC read the kind of envoy as an
    adverb; right before the head and the name it is the title's. An adverb of
    the act (分别 + 代表/n) is not."""
    tokens = [("，", "w"), ("柯文明", "PER"), ("主席", "n"), ("特别", "d"), ("代表", "n"), ("柯武", "PER")]
    assert titles_before(tokens, 5) == ["柯文明主席特别代表"]
    tokens = [("，", "w"), ("分别", "d"), ("代表", "n"), ("柯武", "PER")]
    assert titles_before(tokens, 3) != ["分别代表"]


def test_rising_players_and_people_by_skill_are_heads() -> None:
    """某国女网新秀柯某, 技术能手柯某: 新秀 (like 小将, 老将) and 能手, 高手 (a
    person by skill) end titles."""
    for word in ("青松国女网新秀", "技术能手", "围棋高手"):
        assert is_title(word), word


def test_lao_before_a_member_is_old_not_former() -> None:
    """老/a + 党员 + 柯某: an old party member (老 as an age, dropped as an
    age is); 老/a + 支书 + 柯某 is a former village secretary, kept whole."""
    tokens = [("，", "w"), ("老", "a"), ("党员", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 3) == ["党员"]
    tokens = [("，", "w"), ("老", "a"), ("支书", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 3) == ["老支书"]


def test_shi_after_a_name_is_when() -> None:
    """会见 + 某某主席 + 柯武/PER + 时/n + 强调: 时 says when, it never ends
    the name (as 金冲 + 及 + 说 would)."""
    tokens = [("主席", "n"), ("柯武", "PER"), ("时", "n"), ("强调", "v")]
    assert complete_short_names(tokens)[1] == ("柯武", "PER")


def test_a_given_name_alone_joins_the_full_name() -> None:
    """弟弟柯龙飞 … 龙飞说: the given name alone (as family call him) is the
    same person; the full name is kept, named more than once."""
    people, given = given_names_alone({"柯龙飞": [], "龙飞": ["村民"]})
    assert people == {"柯龙飞": ["村民"]} and given == {"柯龙飞"}
    people, given = given_names_alone({"柯龙飞": [], "柯武": []})
    assert set(people) == {"柯龙飞", "柯武"} and not given


def test_a_degree_adverb_glued_to_a_name_opens_a_set_phrase() -> None:
    """柯鸿深/PER + 有 + 感触: 深有感触 (how moved), not the name's last character."""
    tokens = [("作业手", "n"), ("柯鸿深", "PER"), ("有", "v"), ("感触", "n"), ("地", "u")]
    assert trim_name_endings(tokens)[1] == ("柯鸿", "PER")
    tokens = [("，", "w"), ("柯鸿深", "PER"), ("说", "v")]
    assert trim_name_endings(tokens)[1] == ("柯鸿深", "PER")


def test_two_names_joined_by_he_share_a_kind_before_them() -> None:
    """歌唱家柯某和柯某某: a kind of person written once before two names joined
    by 和 is each one's; an office with its country (某国 + 总统) is not shared."""
    tokens = [("，", "w"), ("歌唱家", "n"), ("柯文明", "PER"), ("和", "c"), ("柯武明", "PER"), ("接力", "v")]
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert {p.name: p.titles for p in people} == {"柯文明": ["歌唱家"], "柯武明": ["歌唱家"]}
    tokens = [("，", "w"), ("青松国", "LOC"), ("总统", "n"), ("柯文明", "PER"), ("和", "c"), ("柯武明", "PER"), ("会晤", "v")]
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert {p.name: p.titles for p in people}.get("柯武明", []) == []


def test_a_direction_between_a_county_and_a_village_opens_the_villages_name() -> None:
    """青松县 + 后/f + 西柯村: after a division's name a direction says nothing
    of it; it is the first character of the village's name (后西柯村)."""
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import _place_words

    tokens = [("在", "p"), ("青松县", "LOC"), ("后", "f"), ("西柯村", "LOC"), ("，", "w")]
    assert "后西柯村" in _place_words(tokens, get_gazetteer())
    tokens = [("在", "p"), ("青松", "LOC"), ("后", "f"), ("，", "w"), ("西柯村", "LOC")]
    assert "后西柯村" not in _place_words(tokens, get_gazetteer())
