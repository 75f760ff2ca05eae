"""The enrichment stage on shapes of text found in issue 11's fifteenth pass
(dev14, a blind development part drawn with a new seed). Sentences and
personal names are invented for these tests; they feed hand-made LAC tokens
to the rules, so they do not depend on how the model happens to cut a
sentence."""

from __future__ import annotations

from banmian.enrich.gazetteer import get_gazetteer
from banmian.enrich.people import find_people
from banmian.enrich.places import find_places


def _people(*chunks: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in find_people(list(chunks), exclude=set(), anchors={}, place_in_title=lambda t: None)]


def _places(*tokens: tuple[str, str]) -> list[str]:
    return [p.name for p in find_places([list(tokens)], get_gazetteer())]


def test_a_picture_credit_names_a_contributor_not_a_person() -> None:
    """图片由…某某提供 (a caption's source line under an essay): the name,
    with the title before it, credits the picture; it is no person of the news."""
    chunk = [("图片", "n"), ("由", "p"), ("某某大学天文系", "ORG"), ("讲师", "n"), ("柯望", "PER"), ("提供", "v")]
    assert _people(chunk) == []
    chunk = [("照片", "n"), ("由", "p"), ("柯望", "PER"), ("拍摄", "v")]
    assert _people(chunk) == []
    # a name that provides something else stays a person
    chunk = [("这笔", "r"), ("资金", "n"), ("由", "p"), ("村民", "n"), ("柯望", "PER"), ("提供", "v"), ("，", "w"),
             ("用于", "v"), ("修路", "v"), ("。", "w")]
    assert _people(chunk) == [("柯望", ["村民"])]


def test_a_post_taken_after_moving_to_a_place_is_the_persons_title() -> None:
    """某某到某村任第一书记, 某某转岗到某区纪委，任某室主任: the name, a move to
    a place or a body, then 任/担任 and the post; the post is the name's."""
    chunk = [("骆青", "PER"), ("到", "v"), ("东岭村", "LOC"), ("任", "v"), ("第一", "m"), ("书记", "n"),
             ("，", "w"), ("他", "r"), ("从", "p"), ("修路", "v"), ("开始", "v"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["第一书记"])]
    chunk = [("骆青", "PER"), ("转岗", "v"), ("到", "v"), ("某区纪委", "ORG"), ("，", "w"), ("任", "v"),
             ("党风", "n"), ("监督室", "vn"), ("主任", "n"), ("，", "w"), ("工作", "vn"), ("更", "d"), ("忙", "a"), ("了", "u"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["党风监督室主任"])]
    # after a stated title: 某某是某局干部，去年7月到某村担任第一书记
    chunk = [("骆青", "PER"), ("是", "v"), ("某县水利局", "ORG"), ("干部", "n"), ("，", "w"), ("去年7月", "TIME"),
             ("到", "v"), ("东岭村", "LOC"), ("担任", "v"), ("第一", "m"), ("书记", "n"), ("，", "w"),
             ("刚", "d"), ("到", "v"), ("村", "n"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["某县水利局干部", "第一书记"])]
    # a move without a post states nothing
    chunk = [("村民", "n"), ("骆青", "PER"), ("到", "v"), ("东岭村", "LOC"), ("看望", "v"), ("老人", "n"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["村民"])]


def test_a_roster_line_that_goes_on_with_a_pronoun_gives_no_title() -> None:
    """A laureate's name set apart by spaces, then his citation (某某  他是电焊工，
    也是发明家): the line is a sentence about him, its clauses no titles."""
    chunk = [("骆青", "PER"), (" ", "w"), (" ", "w"), ("他", "r"), ("是", "v"), ("电焊工", "n"), ("，", "w"),
             ("也是", "v"), ("发明家", "n"), ("，", "w"), ("更", "d"), ("像", "v"), ("勇士", "n"), ("！", "w")]
    said = [("“", "w"), ("干", "v"), ("就", "d"), ("完", "v"), ("了", "u"), ("。", "w"), ("”", "w"), ("骆青", "PER"), ("说", "v"), ("。", "w")]
    assert _people(chunk, said) == [("骆青", [])]


def test_a_count_after_a_spaced_name_opens_a_citation_not_a_byline() -> None:
    """某某  一把扳手，…他就是——某公司机修工某某: a laureate's name set apart by
    spaces, then the citation, which opens with a count (一把). A count opens
    no name, so the line is no byline of names set apart by spaces."""
    chunk = [("骆青", "PER"), (" ", "w"), (" ", "w"), ("一把", "m"), ("扳手", "n"), ("，", "w"), ("两手", "m"),
             ("油污", "n"), ("，", "w"), ("他", "r"), ("就是", "v"), ("—", "w"), ("—", "w"),
             ("某某机械有限公司", "ORG"), ("机修工", "n"), ("骆青", "PER"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["某某机械有限公司机修工"])]


def test_a_region_named_by_one_character_before_diqu_is_no_division() -> None:
    """某某塘地区 (a district of a city named by a pond): a county's short name
    opens the word (清水 of 清水县, 长安 of 长安区), but the tail left, one
    character and 地区, names no region; the word stays whole, no county is
    listed."""
    places = _places(("在", "p"), ("株洲市", "LOC"), ("长安塘地区", "LOC"), ("的", "u"), ("工厂", "n"))
    assert places == ["株洲市", "长安塘地区"]


def test_fields_listed_in_a_ministrys_name_stay_in_the_title() -> None:
    """某国水利、灌溉和电力部部长: the ministry's name lists its fields with 、
    and 和; the part before 、 holds no head (no title of its own), so the
    whole is one title, not 灌溉和电力部部长 alone."""
    chunk = [("某国", "LOC"), ("水利", "n"), ("、", "w"), ("灌溉", "vn"), ("和", "c"), ("电力部", "n"), ("部长", "n"),
             ("骆青", "PER"), ("表示", "v"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["某国水利、灌溉和电力部部长"])]


def test_a_form_of_address_between_the_name_and_its_copula() -> None:
    """某某先生是画家、作家: 先生 (or 女士) after the name is no title, and the
    copula after it states the name's titles as it does right after a name."""
    chunk = [("骆青", "PER"), ("先生", "n"), ("是", "v"), ("画家", "n"), ("、", "w"), ("作家", "n"), ("，", "w"),
             ("也是", "v"), ("有名", "a"), ("的", "u"), ("教育家", "n"), ("。", "w")]
    assert _people(chunk) == [("骆青", ["画家", "作家"])]
    # only before 是 or 系: 由某某先生任总主编 (a book series' editorship) states no title
    chunk = [("由", "p"), ("骆青", "PER"), ("先生", "n"), ("任", "v"), ("总主编", "n"), ("，", "w"), ("我", "r"), ("任", "v"),
             ("主编", "n"), ("的", "u"), ("丛书", "n"), ("。", "w")]
    assert _people(chunk) == [("骆青", [])]


def test_a_dynasty_written_before_a_historical_name_is_no_part_of_it() -> None:
    """唐 + 孔某某 as one name word (唐孔颖达 in an essay): the dynasty's one
    character dates the person; the name is the three characters after it."""
    from banmian.enrich.namerepair import trim_name_endings

    tokens = [("宋", "n"), ("曾", "d")]  # unchanged words stay as they are
    assert trim_name_endings(tokens) == tokens
    tokens = [("唐王景远", "PER"), ("对", "p"), ("此", "r"), ("的", "u"), ("解释", "n"), ("是", "v")]
    assert trim_name_endings(tokens)[:2] == [("唐", "TIME"), ("王景远", "PER")]
    # a four-character name that is no dynasty and a name stays whole
    tokens = [("欧阳景远", "PER"), ("说", "v")]
    assert trim_name_endings(tokens)[0] == ("欧阳景远", "PER")


def test_a_verb_after_a_two_character_name_before_a_time_is_the_verb() -> None:
    """20岁的李某 + 开/v + 第一年/TIME + 网店: the lone character LAC read as a
    verb, with a time or a count after it, is the sentence's verb (opened, in
    the first year), not the name's last character; a character LAC read as
    no verb still completes the name before a date (魏某 + 和 + 26日)."""
    from banmian.enrich.namerepair import complete_short_names

    tokens = [("的", "u"), ("骆青", "PER"), ("开", "v"), ("第一年", "TIME"), ("网店", "n"), ("的", "u"), ("收入", "n")]
    assert complete_short_names(tokens) == tokens
    tokens = [("会见", "v"), ("骆青", "PER"), ("和", "c"), ("26日", "TIME"), ("，", "w")]
    assert complete_short_names(tokens)[1] == ("骆青和", "PER")
    # a date in digits after the name's last character, even one LAC read as a verb (某某 + 成/v + 15日)
    tokens = [("副部长", "n"), ("骆青", "PER"), ("成", "v"), ("15日", "TIME"), ("在", "p"), ("京", "LOC")]
    assert complete_short_names(tokens)[1] == ("骆青成", "PER")


def test_one_character_before_shequ_names_no_community() -> None:
    """除夕 + 夜/LOC + 社区 + 巡逻 (on New Year's Eve, patrols in the community):
    a community or a subdistrict has a name of two characters at least; one
    character LAC read as a place before 社区 is a word of the sentence."""
    assert _places(("除夕", "TIME"), ("夜", "LOC"), ("社区", "n"), ("巡逻", "v"), ("。", "w")) == []
    assert _places(("在", "p"), ("桂香", "LOC"), ("社区", "n"), ("巡逻", "v"), ("。", "w")) == ["桂香社区"]


def test_a_dynasty_and_a_classical_said_around_a_historical_name() -> None:
    """晋 + 王某 + 谓 as one name word before ：“…” (晋孙绰谓：“…”): the dynasty
    dates the person and 谓 (said) quotes him; the name is what stands between."""
    from banmian.enrich.namerepair import trim_name_endings

    tokens = [("晋王景谓", "PER"), ("：", "w"), ("“", "w"), ("非", "d")]
    assert trim_name_endings(tokens)[:3] == [("晋", "TIME"), ("王景", "PER"), ("谓", "v")]
