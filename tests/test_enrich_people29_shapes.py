"""Shapes of issue 11 worked on in session 29 (people29: name boundaries,
titles' fronts and chains). Sentences, names and places are invented."""

from __future__ import annotations


def _people(*lines: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_a_conjunction_before_a_head_and_a_name_joins_two_titled_names() -> None:
    """书记 + 周明 + 和 + 市长 + 林立新: the head between the two names opens
    the second one's title; 和 is the conjunction, not 周明's last character
    (a given name's 和 before a head alone stays: 张维和 + 教授 + 说)."""
    people = _people("当天，市委书记周明和市长林立新陪同考察。")
    assert "周明" in people and "周明和" not in people
    assert people["林立新"] and all("周明" not in title for title in people["林立新"])


def test_a_verb_between_two_bodies_is_the_clause_s_not_the_title_s() -> None:
    """某省纪委/ORG + 通报/v + 某市委/ORG + 副书记 + name: the first body acts
    on the second body's officer; the title is the second body's only."""
    people = _people("去年3月，河北省纪委监委通报保定市委副书记高山涉嫌违纪的消息。")
    assert people["高山"] == ["保定市委副书记"]


def test_a_chain_opened_by_a_province_s_short_name_completes_with_its_city() -> None:
    """山东 + 潍坊市委常委、市纪委书记: the short province name before the
    city's full name; the chain's later 市 titles are that city's, not the
    city of another place the article names."""
    people = _people("在辽宁省新民市，案件已经查结。",
                     "“一查到底。”山东潍坊市委常委、市纪委书记张立国说。")
    assert people["张立国"] == ["山东潍坊市委常委", "潍坊市纪委书记"]


def test_a_regulation_s_numbered_article_is_no_roster_name() -> None:
    """第十二条 + two spaces + 县级党政领导干部…: a numbered article of a
    regulation before its text looks like a roster line (name, space,
    titles) but a numeral is no name."""
    assert _people("第十二条  县级党政领导干部，参照本规定执行。") == {}


def test_a_particle_of_mood_ends_no_name() -> None:
    """是 + 刘姐/PER + 啊 + ，: the particle closes what is said; 刘姐 (a
    form of address) is no person, and 刘姐啊 no name."""
    assert "刘姐啊" not in _people("王丽红笑着说：“原来是刘姐啊，又来了。”")


def test_a_head_glued_before_a_name_after_its_body_stands_apart() -> None:
    """某县纪委/ORG + 常委文某丽/PER + 告诉: LAC kept the head inside the name;
    the name is the part after the head, the head closes the body's title."""
    people = _people("“要扎紧笼子。”大邑县纪委常委文秀丽告诉记者。")
    assert people == {"文秀丽": ["大邑县纪委常委"]}


def test_a_name_ending_in_an_read_as_a_verb_keeps_it() -> None:
    """院长 + 郑远/PER + 安/v + 向: 安 ends given names and LAC read it as a
    word; a title stands before the name and the text never writes 郑远
    without it."""
    from banmian.enrich.namesets import names_cut_before_given_character

    chunks = [[("研究院", "ORG"), ("院长", "n"), ("郑远", "PER"), ("安", "v"), ("向", "p"), ("记者", "n"),
               ("解释", "v"), ("。", "w")]]
    assert names_cut_before_given_character({"郑远"}, chunks) == {"郑远安"}


def test_buildings_named_cheng_are_no_places() -> None:
    """A palace, a wall, a cinema, a mall or an old town named with 城 (紫禁城,
    长城, 某影城, 某商城, 某古城) is a building or a site, not a place; a city
    named 城 stays (盐城)."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=["游客参观了紫禁城和长城，又到盐城看了新开的万达影城。"])
    enrich_articles([article], "2019-02-01")
    places = {p.name for p in article.places}
    assert "盐城" in places and not places & {"紫禁城", "长城", "万达影城"}


def test_the_first_item_of_a_list_closed_by_deng_after_a_verb_is_a_name() -> None:
    """邀请 + 余某某/nz + 、 + 陈某/PER + 等: LAC read the first name as a word;
    between the verb that takes people as its object and 、 + a name + 等, it
    is the list's first name."""
    from banmian.enrich.nameshapes import end_item_of_name_list

    tokens = [("邀请", "v"), ("金瑞玉", "nz"), ("、", "w"), ("陈晶", "PER"), ("等", "u"), ("代表", "n"), ("座谈", "v")]
    assert end_item_of_name_list(tokens, 1)
    assert not end_item_of_name_list([("加强", "v"), ("高速", "n"), ("、", "w"), ("陈晶", "PER"), ("说", "v")], 1)


def test_a_surname_tagged_alone_and_a_given_name_read_as_a_noun_are_one_name() -> None:
    """二儿子 + 华/PER + 水林/n + 热情: the surname alone was tagged a name, the
    given name read as a noun; a noun for a person before, the clause's
    adjective after. Before a one-character verb the noun may hold its first
    character (何某 + 兵面/n + 露/v: 面露), so no name is made there."""
    from banmian.enrich.namerepair import repair_names

    tokens = [("二", "m"), ("儿子", "n"), ("华", "PER"), ("水林", "n"), ("热情", "a"), ("地", "u"), ("夹菜", "v")]
    assert ("华水林", "PER") in repair_names(tokens)
    tokens = [("总经理", "n"), ("何", "PER"), ("兵面", "n"), ("露", "v"), ("喜色", "n")]
    assert ("何兵面", "PER") not in repair_names(tokens)
