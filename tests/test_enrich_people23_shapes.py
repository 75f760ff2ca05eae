"""Shapes of issue 11 worked on in session 23 (people23). Names and
sentences are invented; the divisions are real (the shipped gazetteer)."""

from __future__ import annotations


def _people(text: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_an_autonomous_region_named_by_its_kind_is_written_out() -> None:
    """自治区主席 names the region by its kind alone: completed with the region
    the article names (the conventions complete abbreviated titles), keyed by
    the kind, so a district anchor (某某区) never fills it."""
    from banmian.enrich.titlecomplete import complete_title

    anchors = {"区": "青川区", "自治区": "宁夏回族自治区"}
    assert complete_title("自治区主席", anchors) == "宁夏回族自治区主席"
    assert complete_title("区长", anchors) == "青川区区长"
    assert complete_title("自治区主席", {"区": "青川区"}) == "自治区主席"


def test_the_region_comes_from_the_chain_or_the_article() -> None:
    people = _people("近日，宁夏回族自治区党委书记马文涛、自治区主席李建国在银川调研。")
    assert people["李建国"] == ["宁夏回族自治区主席"]
    people = _people("广西壮族自治区第九届人民代表大会第三次会议5日选举韦振东为自治区人大常委会主任。")
    assert people["韦振东"] == ["广西壮族自治区人大常委会主任"]
    people = _people("在新疆和田，自治区林业和草原局驻某村第一书记周德明说，新疆的变化很大。")
    assert people["周德明"] == ["新疆维吾尔自治区林业和草原局驻某村第一书记"]


def test_a_demonstrative_unit_stays_in_the_title() -> None:
    """该厂负责人, 该校执行校长: the title as written with the name keeps the
    pointer to the unit named before (the conventions settled in session 23);
    该 right before a bare head (该负责人) points at no unit and stays out."""
    from banmian.enrich.titles import titles_before

    tokens = [("，", "w"), ("该厂", "r"), ("负责人", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 3) == ["该厂负责人"]
    tokens = [("。", "w"), ("该", "r"), ("餐厅", "n"), ("厨师", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 4) == ["该餐厅厨师"]
    tokens = [("，", "w"), ("该", "r"), ("负责人", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 3) == ["负责人"]


def test_a_title_word_cut_into_a_verb_and_a_character_keeps_its_front() -> None:
    """。带/v + 班/n + 科长: LAC cut the title's first word (带班) into a verb
    and a character; where the verb opens the clause it is the title's front.
    A verb that takes a person (让 + 老 + 党员) or an adjective of age stays out."""
    from banmian.enrich.titles import titles_before

    tokens = [("。", "w"), ("带", "v"), ("班", "n"), ("科长", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 4) == ["带班科长"]
    tokens = [("供奉", "v"), ("至", "v"), ("圣", "n"), ("先师", "n"), ("柯文明", "PER"), ("的", "u")]
    assert titles_before(tokens, 4) == ["至圣先师"]
    tokens = [("。", "w"), ("让", "v"), ("班", "n"), ("科长", "n"), ("柯文明", "PER"), ("说", "v")]
    assert not any(t.startswith("让") for t in titles_before(tokens, 4))
    tokens = [("，", "w"), ("看", "v"), ("老", "a"), ("党员", "n"), ("柯文明", "PER")]
    assert not any(t.startswith("看") for t in titles_before(tokens, 3))


def test_a_work_role_before_de_and_a_work_is_a_verb() -> None:
    """某某导演的纪录电影《…》: 导演 + 的 + a work is the verb (directed by), no
    title; the person stays (the head still says a name stands before it).
    某某导演说 keeps the title."""
    from banmian.enrich.titleafter import title_after

    tokens = [("。", "w"), ("柯文明", "PER"), ("导演", "n"), ("的", "u"), ("纪录", "n"), ("电影", "n"), ("《", "w")]
    assert title_after(tokens, 1) is None
    tokens = [("。", "w"), ("柯文明", "PER"), ("导演", "n"), ("说", "v")]
    assert title_after(tokens, 1) == "导演"
    assert _people("园里很热闹。柯文明导演的纪录电影《青山》上映了。")["柯文明"] == []


def test_a_profile_opening_with_the_name_and_its_title() -> None:
    """。柯文明，荷塘村村民，打小…: a sentence that opens with the name, a
    comma and a title gives the title (the conventions: `name，title` opening
    a profile), even when the sentence goes on; a birth note first gives none.
    A body's name joined by 与 (藏品与学术部) stays one title."""
    assert _people("说起文化，就要提柯文明。柯文明，荷塘村村民，打小喜欢唱戏。")["柯文明"] == ["荷塘村村民"]
    assert _people("柯文明，1944年生，浙江金华人，某大学教授。")["柯文明"] == []
    people = _people("讲述人：柯文明，江城钟表博物馆藏品与研究部主任。当时零件很少。")
    assert people["柯文明"] == ["江城钟表博物馆藏品与研究部主任"]


def test_an_autonomous_division_named_by_its_kind_is_no_place() -> None:
    """自治州 alone (自治州州长) is the kind of division, not a place's name."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=["在贵州，自治州州长柯文明说，黔东南苗族侗族自治州的变化很大。"])
    enrich_articles([article], "2019-02-01")
    assert "自治州" not in {p.name for p in article.places}


def test_jian_glued_to_the_next_word_still_chains_titles() -> None:
    """副秘书长 + 兼开发/v + 计划署署长: LAC glued 兼 (concurrently) to the next
    title's first word; 兼 chains two titles, the word is the title's."""
    from banmian.enrich.namerepair import repair_names

    tokens = [("联合国", "ORG"), ("副秘书长", "n"), ("兼开发", "v"), ("计划署", "n"), ("署长", "n"), ("柯文明", "PER")]
    assert repair_names(tokens)[2:4] == [("兼", "c"), ("开发", "n")]
    tokens = [("他", "r"), ("兼顾", "v"), ("工作", "n")]
    assert repair_names(tokens) == tokens


def test_team_positions_and_roles_of_the_conventions_are_heads() -> None:
    """某队副先锋张三, 国家队二传李四, 助手王五, 月嫂赵六: heads the
    conventions give as titles (a team's position, a role)."""
    from banmian.enrich.titles import is_title

    for title in ("中国队副先锋", "中国队先锋", "副将", "国家队二传", "助手", "月嫂", "老差役"):
        assert is_title(title), title
    from banmian.enrich.titles import titles_before

    tokens = [("耿直", "a"), ("的", "u"), ("老", "a"), ("差役", "n"), ("柯文明", "PER"), ("：", "w")]
    assert titles_before(tokens, 4) == ["差役"]  # 老 of age drops (dev10: 老差役 -> 差役)


def test_a_country_read_as_a_name_before_a_head_is_the_country() -> None:
    """吉布提/PER + 外长 + 某某: a country's name before a head and a name is
    the title's country, no person."""
    from banmian.enrich.people import country_before_head

    tokens = [("会见", "v"), ("吉布提", "PER"), ("外长", "n"), ("柯文明", "PER"), ("。", "w")]
    assert country_before_head(tokens, 1)
    tokens = [("会见", "v"), ("柯武", "PER"), ("外长", "n"), ("柯文明", "PER"), ("。", "w")]
    assert not country_before_head(tokens, 1)


def test_a_stated_title_after_an_adjective_and_de_or_a_cut_first_character() -> None:
    """某某是 + 有名/a + 的 + 乡土专家、某合作社技术顾问: the title after 的 (as
    `是…的 + title`); 是 + 治/v + 河渡镇党委/ORG + 书记: LAC cut the body's first
    character off as a verb, it stays in the stated title."""
    from banmian.enrich.titleafter import titles_stated_after

    tokens = [("柯文明", "PER"), ("是", "v"), ("有名", "a"), ("的", "u"), ("乡土", "n"), ("专家", "n"), ("、", "w"),
              ("青山合作社", "ORG"), ("技术", "n"), ("顾问", "n"), ("，", "w"), ("现在", "TIME")]
    assert titles_stated_after(tokens, 0) == ["乡土专家", "青山合作社技术顾问"]
    tokens = [("柯文明", "PER"), ("是", "v"), ("治", "v"), ("河渡镇党委", "ORG"), ("书记", "n"), ("，", "w")]
    assert titles_stated_after(tokens, 0) == ["治河渡镇党委书记"]
    tokens = [("柯文明", "PER"), ("是", "v"), ("好", "a"), ("的", "u"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []


def test_a_place_opening_with_he_opens_a_title() -> None:
    """和睦屯村/LOC + 第一书记: the village's name opens with 和, which opens no
    title as a conjunction; a place word keeps it (a bare 和 still does not)."""
    from banmian.enrich.titles import titles_before

    tokens = [("，", "w"), ("和平村", "LOC"), ("第一", "m"), ("书记", "n"), ("柯文明", "PER"), ("与", "c")]
    assert titles_before(tokens, 4) == ["和平村第一书记"]
    tokens = [("，", "w"), ("和", "c"), ("村民", "n"), ("柯文明", "PER"), ("与", "c")]
    assert titles_before(tokens, 3) == ["村民"]


def test_zong_read_as_an_adverb_before_a_head() -> None:
    """联合会 + 总/d + 代表/v + 某某: 总代表 (the chief representative), which LAC
    cut into an adverb and a verb, is the head of the title."""
    from banmian.enrich.titles import titles_before

    tokens = [("青山", "LOC"), ("商务", "n"), ("联合会", "n"), ("总", "d"), ("代表", "v"), ("柯文明", "PER"), ("介绍", "v")]
    assert titles_before(tokens, 5) == ["青山商务联合会总代表"]


def test_a_verb_glued_to_a_head_before_a_name_comes_apart() -> None:
    """去贫困户/v + 欧某某: LAC glued a one-character verb to the head before
    the name; the head is the name's title."""
    from banmian.enrich.namerepair import repair_names

    tokens = [("柯武", "PER"), ("去贫困户", "v"), ("柯文明", "PER"), ("家", "n")]
    assert repair_names(tokens)[1:3] == [("去", "v"), ("贫困户", "n")]

