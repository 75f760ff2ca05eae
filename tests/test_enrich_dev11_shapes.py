"""The enrichment stage on shapes of text found in issue 11's twelfth pass
(dev11, a blind development part of at most 5 articles a page). Sample words
and names are invented for these tests; they feed hand-made LAC tokens to the
rules, so they do not depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.credits import is_contributor
from banmian.enrich.namelists import mend_name_lists
from banmian.enrich.namerepair import complete_short_names, merge_foreign_names, mend
from banmian.enrich.namewords import after_a_number, pair_of_sides
from banmian.enrich.people import find_people, valid_name
from banmian.enrich.titles import titles_before


def test_a_classical_said_or_preposition_before_a_quotation_ends_the_name() -> None:
    """柯子曰：“…”, 柯子以“…”为: 曰 (said) and 以 (taking what is quoted)
    are no part of the name before them, however LAC glued or cut them."""
    tokens = [("柯子曰", "PER"), ("：", "w"), ("“", "w"), ("善", "a"), ("”", "w")]
    assert mend(tokens)[:2] == [("柯子", "PER"), ("曰", "v")]
    tokens = [("柯子", "PER"), ("以", "p"), ("“", "w"), ("为人", "n"), ("”", "w"), ("为", "v"), ("法则", "n")]
    assert complete_short_names(tokens)[:2] == [("柯子", "PER"), ("以", "p")]
    tokens = [("柯子", "PER"), ("曰", "v"), ("“", "w"), ("善", "a"), ("”", "w")]
    assert complete_short_names(tokens)[0] == ("柯子", "PER")
    # a lone character before a pause still completes a name cut short (柯文 + 明 + ，)
    tokens = [("柯文", "PER"), ("明", "a"), ("，", "w")]
    assert complete_short_names(tokens)[0] == ("柯文明", "PER")


def test_a_word_a_number_counts_is_no_person() -> None:
    """罚款720万 + 柯亚尔, 1 + 柯亚尔约合…: a number counts units (a currency,
    a measure), never people, who are counted with a measure word (3名 + 选手)."""
    tokens = [("罚款", "v"), ("720万", "m"), ("柯亚尔", "PER"), ("（", "w"), ("1", "w"), ("柯亚尔", "PER"), ("约", "v")]
    assert after_a_number(tokens, 2) and after_a_number(tokens, 5)
    assert find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None) == []
    tokens = [("3名", "m"), ("选手", "n"), ("柯文明", "PER"), ("说", "v")]
    assert not after_a_number(tokens, 2)
    tokens = [("第3", "m"), (" ", "w"), ("柯文明", "PER")]
    assert not after_a_number(tokens, 2)


def test_a_single_dash_joins_the_given_names_of_a_dotted_name() -> None:
    """让 + — + 菲利普·某某, 帕特里克·柯丁 + — + 热 + 内: a French compound
    given name is written with one dash beside the dot; the dash joins the
    parts as the dot does (a dash of punctuation is written double)."""
    tokens = [("团长", "n"), ("让", "v"), ("—", "w"), ("菲利普·柯伊", "PER"), ("说", "v")]
    assert merge_foreign_names(tokens) == [("团长", "n"), ("让—菲利普·柯伊", "PER"), ("说", "v")]
    tokens = [("专家", "n"), ("帕特里克·柯丁", "PER"), ("—", "w"), ("热", "an"), ("内", "f"), ("也", "d"), ("表示", "v")]
    assert merge_foreign_names(tokens) == [("专家", "n"), ("帕特里克·柯丁—热内", "PER"), ("也", "d"), ("表示", "v")]
    assert valid_name("让—菲利普·柯伊") and not valid_name("让—菲利普")
    people = find_people([[("，", "w"), ("代表团", "n"), ("团长", "n"), ("让", "v"), ("—", "w"), ("菲利普·柯伊", "PER"),
                           ("说", "v")]], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert [(p.name, p.titles) for p in people] == [("让—菲利普·柯伊", ["代表团团长"])]
    # a double dash is punctuation: it joins nothing
    tokens = [("菲利普·柯伊", "PER"), ("——", "w"), ("热", "an"), ("内", "f")]
    assert merge_foreign_names(tokens)[0] == ("菲利普·柯伊", "PER")


def test_a_verb_that_shares_out_ends_a_list_of_names() -> None:
    """柯文明、柯武明、许诺 + 分获 + 金、银、铜牌; 柯文明和柯思/PER + 存/v + 分列:
    a verb that shares something out among the list (分获, 分列, 分别, 依次)
    follows its last name; the name runs to it, and never past it."""
    tokens = [("柯文明", "PER"), ("、", "w"), ("柯武明", "PER"), ("、", "w"), ("许诺", "v"), ("分获", "v"), ("金", "n"),
              ("、", "w"), ("银", "n"), ("、", "w"), ("铜牌", "n")]
    assert mend_name_lists(tokens)[4:6] == [("许诺", "PER"), ("分获", "v")]
    tokens = [("柯文明", "PER"), ("、", "w"), ("柯武明", "PER"), ("和", "c"), ("柯思", "PER"), ("存", "v"), ("分列", "v"),
              ("第一", "m")]
    assert mend_name_lists(tokens)[4:6] == [("柯思存", "PER"), ("分列", "v")]
    # without a verb that shares out the list is left as it was
    tokens = [("柯文明", "PER"), ("和", "c"), ("柯思", "PER"), ("存", "v"), ("钱", "n")]
    assert mend_name_lists(tokens) == tokens


def test_a_count_in_digits_inside_a_title_opens_it_as_one_in_words() -> None:
    """青松队 + 3名 + 选手 + 柯文明: the title starts after the count, whether
    the number is written in characters (一名) or in digits (3名)."""
    tokens = [("，", "w"), ("青松", "LOC"), ("队", "n"), ("3名", "m"), ("选手", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["选手"]
    tokens = [("，", "w"), ("青松", "LOC"), ("队", "n"), ("三名", "m"), ("选手", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["选手"]


def test_a_company_named_with_a_bracket_opens_its_title_before_the_bracket() -> None:
    """柯丰 + （ + 青松）食品有限公司 + 董事长: the company's place in brackets
    is part of its name; the title never opens inside the bracket."""
    tokens = [("，", "w"), ("柯丰", "ORG"), ("（", "w"), ("青松）食品有限公司", "LOC"), ("董事长", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["柯丰（青松）食品有限公司董事长"]
    tokens = [("，", "w"), ("柯丰", "ORG"), ("（", "w"), ("青松", "LOC"), ("）", "w"), ("食品有限公司", "n"), ("董事长", "n"),
              ("柯文明", "PER")]
    assert titles_before(tokens, 7) == ["柯丰（青松）食品有限公司董事长"]


def test_a_parliaments_speaker_is_cut_as_its_two_words_whatever_lac_made_of_them() -> None:
    """青松国 + 议/v + 会议/n + 长/PER + 柯某某, 青松国国/LOC + 会议/n + 长柯某/PER:
    议会议长 and 国会议长 are the body (议会, 国会) and the head (议长) before
    the name, however LAC cut the characters."""
    tokens = [("会见", "v"), ("青松国", "LOC"), ("议", "v"), ("会议", "n"), ("长", "PER"), ("柯文明", "PER"), ("。", "w")]
    mended = mend(tokens)
    assert mended[1:5] == [("青松国", "LOC"), ("议会", "n"), ("议长", "n"), ("柯文明", "PER")]
    assert titles_before(mended, 4) == ["青松国议会议长"]
    tokens = [("，", "w"), ("青松国国", "LOC"), ("会议", "n"), ("长柯文", "PER"), ("要求", "v")]
    assert mend(tokens)[1:5] == [("青松国", "LOC"), ("国会", "n"), ("议长", "n"), ("柯文", "PER")]
    # a meeting that lasts (会议 + 长达) is no speaker
    tokens = [("会议", "n"), ("长达", "v"), ("三小时", "TIME"), ("，", "w"), ("柯文明", "PER"), ("说", "v")]
    assert mend(tokens)[:2] == [("会议", "n"), ("长达", "v")]


def test_a_one_character_verb_inside_a_bodys_name_is_no_verb_of_the_clause() -> None:
    """国际 + 原子 + 能/v + 机构 + 总干事 + 柯某: one character LAC read as a verb
    between a noun and the kind of body that closes the name is a word of the
    name; a verb that links the clause (是, 到) still opens the title after it."""
    tokens = [("，", "w"), ("青松", "n"), ("原子", "n"), ("能", "v"), ("机构", "n"), ("总干事", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 6) == ["青松原子能机构总干事"]
    tokens = [("，", "w"), ("柯武明", "PER"), ("邀请", "v"), ("青松", "n"), ("机构", "n"), ("总干事", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 6) == ["青松机构总干事"]


def test_a_role_glued_to_its_department_in_running_text_is_a_title_not_a_credit() -> None:
    """某报总编室 + 编辑 + 柯某 + ，经…选派: a role word glued to the name of
    its department, with the sentence going on after the name, is the person's
    title; a credit stands alone or after a mark (编辑：柯某, （记者 柯某）)."""
    tokens = [("】", "w"), ("青松日报", "nw"), ("总编室", "n"), ("编辑", "v"), ("柯文明", "PER"), ("，", "w"), ("经", "p"),
              ("选派", "v")]
    assert not is_contributor(tokens, 4)
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert [(p.name, p.titles) for p in people] == [("柯文明", ["青松日报总编室编辑"])]
    tokens = [("编辑", "n"), ("：", "w"), ("柯文明", "PER")]
    assert is_contributor(tokens, 2)
    tokens = [("总编室", "n"), ("编辑", "v"), ("柯文明", "PER"), ("）", "w")]
    assert is_contributor(tokens, 2)


def test_with_after_the_matter_talked_about_opens_the_title() -> None:
    """柯文明 + 就 + 青松问题 + 与 + 某国总统 + 柯武明 + 通电话: 与 after a
    topic noun joins the talkers; a body's name keeps its own 与 (环境与某某部)."""
    tokens = [("柯文明", "PER"), ("就", "p"), ("青松", "LOC"), ("问题", "n"), ("与", "p"), ("青松国", "LOC"), ("总统", "n"),
              ("柯武明", "PER")]
    assert titles_before(tokens, 7) == ["青松国总统"]
    tokens = [("，", "w"), ("青松国", "LOC"), ("环境", "n"), ("与", "c"), ("农牧业部", "n"), ("部长", "n"), ("柯武明", "PER")]
    assert titles_before(tokens, 6) == ["青松国环境与农牧业部部长"]
    tokens = [("，", "w"), ("青松国", "LOC"), ("宗教", "n"), ("事务", "n"), ("和", "c"), ("文化", "n"), ("部长", "n"),
              ("柯武明", "PER")]
    assert titles_before(tokens, 7) == ["青松国宗教事务和文化部长"]


def test_two_abbreviations_before_a_border_are_two_sides() -> None:
    """叙伊边境, 中叙之间: Syria's abbreviation (叙) with another country's
    before 边境 (a border) names the two sides, no one place."""
    assert pair_of_sides([("叙伊", "LOC"), ("边境", "s")], 0)
    assert pair_of_sides([("中叙", "LOC"), ("关系", "n")], 0)
    assert not pair_of_sides([("叙永", "LOC"), ("边境", "s")], 0)
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import find_places

    tokens = [[("盘踞", "v"), ("在", "p"), ("叙伊", "LOC"), ("边境", "s"), ("、", "w"), ("青松河", "LOC"), ("东岸", "s")]]
    assert "叙伊" not in [p.name for p in find_places(tokens, get_gazetteer())]


def test_a_players_rank_after_the_name_is_a_title_and_makes_the_word_before_it_a_name() -> None:
    """某国棋手 + 柯文明 + 六段; 某国棋手 + 万波某某/ORG + 四段 + 和 + 佃某某/v +
    五段: a board game player's rank (一段 to 九段) right after a name is its
    title, and a word between a title and a rank is a player's name whatever
    LAC tagged it."""
    tokens = [("，", "w"), ("青松国", "LOC"), ("棋手", "n"), ("柯文明", "PER"), ("六段", "m"), ("战胜", "v")]
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=lambda t: None)
    assert [(p.name, p.titles) for p in people] == [("柯文明", ["青松国棋手", "六段"])]
    tokens = [("战胜", "v"), ("青松国", "LOC"), ("棋手", "n"), ("万波柯穗", "ORG"), ("四段", "m"), ("和", "c"),
              ("佃柯纪子", "v"), ("五段", "m"), ("。", "w")]
    assert [w for w, t in mend(tokens) if t == "PER"] == ["万波柯穗", "佃柯纪子"]
    # a number of stages is no rank (分三段 + 进行)
    tokens = [("比赛", "n"), ("分", "v"), ("三段", "m"), ("进行", "v")]
    assert mend(tokens) == tokens


def test_titles_of_one_kind_for_as_many_places_as_names_go_each_to_its_own() -> None:
    """青松、白松、红松政协主要负责人柯甲、柯乙、柯丙: three places and three
    names in order, each name the title of its own place; with fewer names the
    title is shared as written."""
    places = {"青松": "青松", "白松": "白松", "红松": "红松"}

    def opening(title: str) -> str | None:
        return next((p for p in places if title.startswith(p)), None)

    tokens = [("，", "w"), ("青松", "LOC"), ("、", "w"), ("白松", "LOC"), ("、", "w"), ("红松政协", "ORG"), ("主要", "a"),
              ("负责人", "n"), ("柯甲文", "PER"), ("、", "w"), ("柯乙武", "PER"), ("、", "w"), ("柯丙明", "PER"), ("发言", "v")]
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=opening)
    assert {p.name: p.titles for p in people} == {"柯甲文": ["青松政协主要负责人"], "柯乙武": ["白松政协主要负责人"],
                                                   "柯丙明": ["红松政协主要负责人"]}
    tokens = tokens[:11] + [("发言", "v")]
    people = find_people([tokens], exclude=set(), anchors={}, place_in_title=opening)
    assert {p.name: p.titles for p in people} == {"柯甲文": ["红松政协主要负责人"], "柯乙武": ["红松政协主要负责人"]}


def test_a_leader_is_a_head_of_a_title() -> None:
    """某国副总理、某党领导人柯某: 领导人 (a leader) ends a title as 领袖 does."""
    tokens = [("，", "w"), ("青松国", "LOC"), ("副总理", "n"), ("、", "w"), ("青松", "nz"), ("政党", "n"), ("领导人", "n"),
              ("柯文明", "PER"), ("在", "p")]
    assert titles_before(tokens, 7) == ["青松国副总理", "青松政党领导人"]


def test_when_and_an_adverb_are_no_name() -> None:
    """访问某国 + 时曾/PER + 表示: 时 (when) and 曾 (once) before the clause's
    verb are no name, though 时 is a surname (时某 stays a name)."""
    assert not valid_name("时曾") and not valid_name("后又")
    assert valid_name("时越")


def test_an_aspect_adverb_after_a_lone_character_gives_it_to_the_name() -> None:
    """农户 + 宋友/PER + 来/v + 正在 + 劳作: an adverb of aspect follows a subject,
    never a one-character verb (来正在 is no verb phrase), so 来 is the name's
    last character; after a verb of going it may open a place (去 + 正在建设的工地)."""
    tokens = [("农户", "n"), ("柯友", "PER"), ("来", "v"), ("正在", "d"), ("劳作", "v")]
    assert complete_short_names(tokens)[1] == ("柯友来", "PER")
    tokens = [("柯友", "PER"), ("去", "v"), ("正在", "d"), ("建设", "v"), ("的", "u"), ("工地", "n")]
    assert complete_short_names(tokens)[0] == ("柯友", "PER")
