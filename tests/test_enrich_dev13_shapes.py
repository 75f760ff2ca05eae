"""The enrichment stage on shapes of text found in issue 11's fourteenth pass
(dev13, a blind development part of at most 5 articles a page). Sentences
and personal names are invented for these tests; they feed hand-made LAC
tokens to the rules, so they do not depend on how the model happens to cut a
sentence. Places must be real divisions (the gazetteer resolves them), used in
invented sentences."""

from __future__ import annotations

from banmian.enrich.gazetteer import get_gazetteer
from banmian.enrich.namerepair import trim_name_endings
from banmian.enrich.people import find_people
from banmian.enrich.places import find_places
from banmian.enrich.titles import titles_before


def _people(*chunks: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in find_people(list(chunks), exclude=set(), anchors={}, place_in_title=lambda t: None)]


def _places(*tokens: tuple[str, str]) -> list[str]:
    return [p.name for p in find_places([list(tokens)], get_gazetteer())]


def test_a_chain_of_three_glued_divisions_comes_apart_whole() -> None:
    """西藏自治区林芝市墨脱县 as one LOC word: a region, a city and a county,
    each a place; only the first cut was made before (林芝市墨脱县 stayed glued)."""
    places = _places(("来自", "v"), ("西藏自治区林芝市墨脱县", "LOC"), ("的", "u"), ("老师", "n"))
    assert places == ["西藏自治区", "林芝市", "墨脱县"]


def test_the_tail_of_a_division_lac_cut_off_joins_its_place() -> None:
    """澳门 + 特别行政区/a, 湘西 + 土家族苗族自治州/LOC: the special region's and
    the autonomous prefecture's whole names; the tail alone (土家族苗族自治州)
    or the short name beside it is no place of its own."""
    places = _places(("向", "p"), ("澳门", "LOC"), ("特别行政区", "a"), ("同胞", "n"), ("拜年", "v"))
    assert places == ["澳门特别行政区"]
    places = _places(("在", "p"), ("湘西", "LOC"), ("土家族苗族自治州", "LOC"), ("永顺县", "LOC"), ("演出", "v"))
    assert places == ["湘西土家族苗族自治州", "永顺县"]
    # the short name that opens the whole one still splits a glued village off (湘西 + 竹林坳村)
    places = _places(("“", "w"), ("湘西竹林坳村", "LOC"), ("相亲", "v"), ("会", "v"), ("”", "w"), ("在", "p"),
                     ("湘西", "LOC"), ("土家族苗族自治州", "LOC"), ("花垣县", "LOC"), ("举行", "v"))
    assert "湘西竹林坳村" not in places and "竹林坳村" in places


def test_a_district_named_by_an_area_word_keeps_its_name() -> None:
    """井陉矿区 is a city's district, not the mines of the county 井陉."""
    assert _places(("来自", "v"), ("井陉矿区", "LOC"), ("的", "u"), ("社火", "n")) == ["井陉矿区"]


def test_a_reserve_is_not_cut_into_a_division_and_a_tail() -> None:
    """太白山自然保护区: 太白 is also a county's short name, but 山自然保护区 is
    no division; the reserve is listed whole, as the annotations list reserves."""
    places = _places(("位于", "v"), ("陕西", "LOC"), ("太白山自然保护区", "LOC"), ("核心", "n"), ("区", "n"))
    assert "太白" not in places and "山自然保护区" not in places and "太白山自然保护区" in places


def test_a_resort_is_no_place() -> None:
    """某某度假区 names a resort (as 度假村 a holiday village): no place."""
    assert _places(("服务", "v"), ("城市", "n"), ("副中心", "n"), ("和", "c"), ("欢乐谷度假区", "LOC"), ("。", "w")) == []


def test_a_column_label_after_a_credit_lac_cut_in_two() -> None:
    """柯文  许诺摄影报道（影像中国）: LAC cuts the credit as 摄影 + 报道; the
    bracket after it still holds the column's name, no place."""
    tokens = (("柯文", "PER"), (" ", "w"), ("许诺", "PER"), ("摄影", "vn"), ("报道", "n"), ("（", "w"), ("影像", "n"),
              ("中国", "LOC"), ("）", "w"))
    assert _places(*tokens) == []


def test_a_reduplicated_adverb_before_de_is_no_part_of_the_name() -> None:
    """村民柯文武乐呵呵地说: the ABB adverb of manner that 地 follows was glued
    to the name by LAC; a name never stands before 地."""
    tokens = [("村民", "n"), ("柯文武乐呵呵", "PER"), ("地", "u"), ("说", "v")]
    assert trim_name_endings(tokens)[1] == ("柯文武", "PER")
    # a doubled given name before a verb stays whole
    assert trim_name_endings([("柯娜娜", "PER"), ("说", "v")])[0] == ("柯娜娜", "PER")


def test_an_adverb_glued_to_a_two_character_name_is_given_back() -> None:
    """这个村的第一书记柯娜刚/PER + 到任 beside 柯娜就… and 柯娜思…: the name is
    柯娜, written elsewhere with other words after it; its title stays."""
    first = [("这个", "r"), ("村", "n"), ("的", "u"), ("第一", "m"), ("书记", "n"), ("柯娜刚", "PER"), ("到任", "v"),
             ("时", "n"), ("，", "w")]
    second = [("柯娜", "PER"), ("就", "d"), ("发愁", "v"), ("了", "u"), ("。", "w")]
    third = [("柯娜", "PER"), ("思前想后", "v"), ("。", "w")]
    assert _people(first, second, third) == [("柯娜", ["第一书记"])]


def test_a_copula_ends_the_subject_before_a_title() -> None:
    """某某建设是国家主席柯文武亲自谋划的: the title starts after 是; the subject
    of the sentence is no part of it."""
    tokens = [("发言人", "n"), ("表示", "v"), ("，", "w"), ("柯湾区", "LOC"), ("建设", "vn"), ("是", "v"), ("国家主席", "n"),
              ("柯文武", "PER"), ("亲自", "d"), ("谋划", "v")]
    assert titles_before(tokens, 7) == ["国家主席"]


def test_daibiao_before_a_name_with_its_head_after_is_the_verb() -> None:
    """，代表柯文武主席和其他领导: on behalf of the chairman; 代表 is no title of a
    name that has its head right after it; a delegate before a bare name stays."""
    tokens = [("慰问", "v"), ("官兵", "n"), ("，", "w"), ("代表", "v"), ("柯文武", "PER"), ("主席", "n"), ("和", "c"),
              ("其他", "r"), ("领导", "n")]
    assert _people(tokens) == [("柯文武", ["主席"])]
    tokens = [("来自", "v"), ("柯村", "LOC"), ("的", "u"), ("人大", "ORG"), ("代表", "n"), ("柯文武", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文武", ["人大代表"])]


def test_a_transliterated_name_lac_cut_into_three_is_one_name() -> None:
    """某国外长艾达尔 + 别/d + 科夫/n: a foreign name LAC cut after its fourth
    sound and again after the fifth; the pieces are all transliteration."""
    tokens = [("会见", "v"), ("柯国", "LOC"), ("外长", "n"), ("莫达尔", "PER"), ("别", "d"), ("科夫", "n"), ("。", "w")]
    assert _people(tokens) == [("莫达尔别科夫", ["柯国外长"])]


def test_a_quoted_epithet_before_a_place_led_title_is_no_part_of_it() -> None:
    """门巴族“护梦人”柯县小学副校长柯文武, “拾荒老师”柯县社区居民柯武明: the
    epithet in quotes describes the person; the office starts at the place
    after it. A word LAC read as a name inside the epithet (拾荒/PER + 老师)
    is no person."""
    def place_in_title(title: str) -> str | None:
        return "柯县" if title.startswith("柯县") else None

    tokens = [("的", "u"), ("门巴族", "nz"), ("“", "w"), ("护梦", "n"), ("人", "n"), ("”", "w"), ("柯县", "LOC"),
              ("小学", "n"), ("副校长", "n"), ("柯文武", "PER"), ("；", "w"), ("的", "u"), ("“", "w"), ("拾荒", "PER"),
              ("老师", "n"), ("”", "w"), ("柯县", "LOC"), ("社区", "n"), ("居民", "n"), ("柯武明", "PER"), ("；", "w")]
    people = [(p.name, p.titles) for p in find_people([tokens], exclude=set(), anchors={}, place_in_title=place_in_title)]
    assert people == [("柯文武", ["柯县小学副校长"]), ("柯武明", ["柯县社区居民"])]
    # a quoted company name before its office stays (“柯家乐”首席执行官)
    tokens = [("，", "w"), ("“", "w"), ("柯家乐", "nz"), ("”", "w"), ("首席执行官", "n"), ("柯文武", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文武", ["“柯家乐”首席执行官"])]


def test_half_of_a_set_phrase_is_no_place() -> None:
    """让干部从文山/LOC + 会海/v 中解脱: 文山会海 (floods of papers and meetings)
    is a set phrase whose first half is also a prefecture's short name; two
    places side by side stay two places (福建 + 福鼎)."""
    assert _places(("从", "p"), ("文山", "LOC"), ("会海", "v"), ("中", "f"), ("解脱", "v")) == []
    assert _places(("福建", "LOC"), ("福鼎", "LOC"), ("推广", "v"), ("渔排", "n")) == ["福建", "福鼎"]
    assert _places(("开行", "v"), ("一趟", "m"), ("四川", "LOC"), ("至", "v"), ("广州", "LOC")) == ["四川", "广州"]
    assert _places(("欧盟", "ORG"), ("大国", "n"), ("法国", "LOC"), ("和", "c"), ("德国", "LOC")) == ["法国", "德国"]


def test_a_word_of_two_landforms_after_an_adjective_is_the_land() -> None:
    """当锦绣河山被…: 锦绣 + 河山 is the land as such, no place."""
    assert _places(("当", "p"), ("锦绣河山", "LOC"), ("被", "p"), ("洇透", "v")) == []


def test_a_country_glued_to_a_mountain_in_it_is_two_places() -> None:
    """到挪威柯霍里纳山集训: a country and a mountain in it, as one LOC word."""
    assert _places(("到", "v"), ("挪威柯霍里纳山", "LOC"), ("集训", "v")) == ["挪威", "柯霍里纳山"]


def test_a_household_role_lac_read_as_a_verb_is_a_title() -> None:
    """柯村 + 脱贫户/v + 柯文武: a household by what it did (脱贫户, 种植户) is a
    role noun before the name, whatever LAC tagged it."""
    tokens = [("”", "w"), ("柯村", "LOC"), ("脱贫户", "v"), ("柯文武", "PER"), ("心潮澎湃", "v"), ("。", "w")]
    assert _people(tokens) == [("柯文武", ["柯村脱贫户"])]


def test_a_rank_lac_read_as_an_adjective_stays_in_the_title() -> None:
    """柯报社 + 副总/a + 编辑 + 柯文武, 柯工程 + 副总/a + 指挥: the rank opens the
    head; LAC's adjective tag does not end the title (编辑 alone would make the
    deputy editor-in-chief a credit), and a chief commander is a head."""
    tokens = [("柯报社", "ORG"), ("副总", "a"), ("编辑", "n"), ("柯文武", "PER"), ("、", "w"), ("柯基金会", "ORG"),
              ("副主席", "n"), ("柯武明", "PER"), ("出席", "v"), ("。", "w")]
    assert _people(tokens) == [("柯文武", ["柯报社副总编辑"]), ("柯武明", ["柯基金会副主席"])]
    tokens = [("，", "w"), ("探月", "vn"), ("工程", "n"), ("副总", "a"), ("指挥", "n"), ("柯文武", "PER"), ("表示", "v")]
    assert _people(tokens) == [("柯文武", ["探月工程副总指挥"])]


def test_daibiao_as_a_noun_after_a_name_is_its_title() -> None:
    """来自柯村的柯生忠代表，畅谈…; 柯文武代表带来…: the delegate the person is,
    before a mark or a verb; before an object 代表 is the verb (LAC tags it so)."""
    tokens = [("来自", "v"), ("柯村", "LOC"), ("的", "u"), ("柯生忠", "PER"), ("代表", "n"), ("，", "w"), ("畅谈", "v")]
    assert _people(tokens) == [("柯生忠", ["代表"])]
    tokens = [("柯文武", "PER"), ("代表", "n"), ("带来", "v"), ("了", "u"), ("信", "n"), ("。", "w")]
    assert _people(tokens) == [("柯文武", ["代表"])]
    tokens = [("柯文武", "PER"), ("代表", "v"), ("公司", "n"), ("发言", "v"), ("。", "w")]
    assert _people(tokens) == [("柯文武", [])]


def test_a_title_stated_with_danren_before_during_is_given() -> None:
    """西晋文学家柯岳担任柯阳县令期间: the office held, dated by 期间 (while in
    it); a historical office (县令) is a head."""
    tokens = [("西晋", "LOC"), ("文学家", "n"), ("柯岳", "PER"), ("担任", "v"), ("柯阳", "LOC"), ("县令", "n"),
              ("期间", "f"), ("，", "w"), ("发动", "v"), ("百姓", "n")]
    assert _people(tokens) == [("柯岳", ["西晋文学家", "柯阳县令"])]


def test_yu_before_a_place_is_the_other_side_not_a_body() -> None:
    """柯文武带领中方代表团与美国贸易代表柯武明带领的团队: 与 before a country joins
    the two sides of a meeting; the title starts at the country."""
    tokens = [("柯文武", "PER"), ("带领", "v"), ("中方", "n"), ("代表团", "n"), ("与", "p"), ("美国", "LOC"), ("贸易", "vn"),
              ("代表", "n"), ("柯武明", "PER"), ("带领", "v"), ("的", "u"), ("团队", "n")]
    assert ("柯武明", ["美国贸易代表"]) in _people(tokens)
    # two places joined by 与 name one region of an office
    tokens = [("，", "w"), ("柯普", "ORG"), ("乌兹别克斯坦", "LOC"), ("与", "p"), ("吉尔吉斯斯坦", "LOC"), ("地区", "n"),
              ("总经理", "n"), ("柯武明", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯武明", ["柯普乌兹别克斯坦与吉尔吉斯斯坦地区总经理"])]


def test_a_queen_consort_lac_read_as_a_name_is_the_next_names_title() -> None:
    """柯鲁王后/PER + 柯米/PER: a royal title LAC tagged as a name before the
    name it belongs to."""
    tokens = [("、", "w"), ("柯鲁王后", "PER"), ("柯米", "PER"), ("、", "w"), ("当地", "s"), ("友人", "n"), ("参加", "v")]
    assert _people(tokens) == [("柯米", ["柯鲁王后"])]


def test_a_married_surname_lac_glued_to_the_head_joins_the_name() -> None:
    """柯区行政 + 长/a + 官林/n + 郑月柯/PER: a married woman's name carries her
    husband's surname first (林郑月柯); LAC glued it to the head 长官."""
    tokens = [("柯区", "LOC"), ("特区", "n"), ("行政", "n"), ("长", "a"), ("官林", "n"), ("郑月柯", "PER"), ("表示", "v")]
    assert _people(tokens) == [("林郑月柯", ["柯区特区行政长官"])]


def test_a_scenic_area_glued_to_its_divisions_is_no_place_of_a_namesake() -> None:
    """江苏镇江南山风景区 as one word: the divisions that open it are places; the
    scenic area is none, nor a division's tail (南山 would resolve to a namesake district)."""
    assert _places(("位于", "v"), ("江苏镇江南山风景区", "LOC"), ("的", "u"), ("寺", "n")) == ["江苏", "镇江"]


def test_a_short_name_the_article_reads_as_a_verb_is_that_word() -> None:
    """文化 + 惠民/vn + 活动 and 惠民/LOC + 工程 in one article: the county's
    short name is the word (to benefit the people) there."""
    chunks = [[("文化", "n"), ("惠民", "vn"), ("活动", "n"), ("。", "w")],
              [("山东", "LOC"), ("文化", "n"), ("大院", "n"), ("等", "u"), ("惠民", "LOC"), ("工程", "n"), ("落地", "v")]]
    assert [p.name for p in find_places(chunks, get_gazetteer())] == ["山东"]


def test_a_worker_named_by_the_trade_is_a_title() -> None:
    """井口工柯文武, 钢筋工柯武明: a worker by the trade (X工) is a role noun;
    the work's verbs and industries ending in 工 are not (全面复工, 石油化工)."""
    from banmian.enrich.titles import is_title

    assert is_title("井口工") and is_title("钢筋工") and is_title("数控铣工")
    assert not is_title("全面复工") and not is_title("石油化工") and not is_title("外出务工") and not is_title("古巴劳工")
    tokens = [("，", "w"), ("井口工", "n"), ("柯文武", "PER"), ("用力", "v"), ("推", "v")]
    assert _people(tokens) == [("柯文武", ["井口工"])]


def test_a_quoted_epithet_before_a_title_naming_its_own_body() -> None:
    """新时代“大国工匠”柯某机床股份有限公司数控铣工柯文武: the office names the
    company in full; the epithet in quotes before it is no part of it."""
    tokens = [("的", "u"), ("新时代", "ORG"), ("“", "w"), ("大国", "n"), ("工匠", "n"), ("”", "w"),
              ("柯某机床股份有限公司", "ORG"), ("数控铣工", "nz"), ("柯文武", "PER"), ("；", "w")]
    assert _people(tokens) == [("柯文武", ["柯某机床股份有限公司数控铣工"])]
    # a quoted name inside a body's name stays in the title
    tokens = [("，", "w"), ("柯某研究所", "ORG"), ("“", "w"), ("一带一路", "nz"), ("”", "w"), ("国别", "n"), ("研究", "vn"),
              ("中心", "n"), ("研究员", "n"), ("柯文武", "PER"), ("说", "v")]
    assert _people(tokens) == [("柯文武", ["柯某研究所“一带一路”国别研究中心研究员"])]


def test_the_end_items_of_a_list_of_names_are_names() -> None:
    """搭档柯也/PER、周旋/v，and 白鸽/n、郭金柯/PER等: the last and the first item
    of a list whose other items are names are names, though LAC read them as
    words; an item in quotes or with a title's head stays what it is."""
    tokens = [("郭兰柯", "PER"), ("将", "d"), ("搭档", "v"), ("柯也", "PER"), ("、", "w"), ("周旋", "v"), ("，", "w"),
              ("共同", "ad"), ("演唱", "v")]
    assert [name for name, _ in _people(tokens)] == ["郭兰柯", "柯也", "周旋"]
    tokens = [("白鸽", "n"), ("、", "w"), ("郭金柯", "PER"), ("等", "u"), ("一起", "d"), ("表演", "v")]
    assert [name for name, _ in _people(tokens)] == ["白鸽", "郭金柯"]
    tokens = [("柯也", "PER"), ("、", "w"), ("王主任", "n"), ("，", "w"), ("共同", "ad"), ("演唱", "v")]
    assert "王主任" not in [name for name, _ in _people(tokens)]
    # an item between 、 marks is no first item (礼生、乐生、佾生/PER: a list of roles)
    tokens = [("包括", "v"), ("礼生", "n"), ("、", "w"), ("乐生", "n"), ("、", "w"), ("佾生", "PER"), ("、", "w"), ("歌生", "n")]
    assert "乐生" not in [name for name, _ in _people(tokens)]


def test_a_name_after_a_dynasty_is_a_historical_person() -> None:
    """用东汉柯震“四知拒金”说廉洁: a dynasty right before a name dates a
    historical person; the name stands though LAC was not sure of it."""
    tokens = [("用", "p"), ("东汉", "TIME"), ("柯震", "PER"), ("“", "w"), ("四知拒金", "nz"), ("”", "w"), ("说", "v"),
              ("廉洁", "an")]
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None, sureness={"柯震": 1.0})
    assert [p.name for p in people] == ["柯震"]


def test_a_lake_area_is_the_lake_and_a_regions_mountains_the_region() -> None:
    """柯庭湖区 -> 柯庭湖 (as the annotations read a lake's area), 闽西山区 ->
    闽西 (a region's mountains); a remote area is no place (偏远山区)."""
    places = _places(("在", "p"), ("柯庭湖区", "LOC"), ("和", "c"), ("闽西山区", "LOC"))
    assert places[:1] == ["柯庭湖"] and "闽西山区" not in places
    assert _places(("在", "p"), ("偏远山区", "LOC"), ("工作", "v")) == []
    assert _places(("在", "p"), ("微山湖区", "LOC"), ("打", "v")) == ["微山湖"]  # not the county 微山


def test_a_division_glued_to_a_lake_or_a_mountain_in_it_is_two_places() -> None:
    """丰都县南天湖, 浙江千岛湖 as one LOC word: the division and the lake."""
    assert _places(("到", "v"), ("丰都县南天湖", "LOC"), ("、", "w"), ("浙江千岛湖", "LOC"), ("游玩", "v")) == [
        "丰都县", "南天湖", "浙江", "千岛湖"]
