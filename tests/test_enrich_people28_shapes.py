"""Shapes of issue 11 worked on in session 28 (people28: names, titles, places).
Sentences, names and places are invented."""

from __future__ import annotations

from collections import Counter


def _people(*lines: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_a_quoted_honour_keeps_its_quotes_after_a_word_of_the_clause() -> None:
    """其中 + “T” + name: the run of the title was first read from 其中, and the
    quotes were lost with it; the honour is written with its quotes."""
    assert _people("其中“海岛守望先锋”王小川就是一名民兵。")["王小川"] == ["“海岛守望先锋”"]


def test_acting_before_the_head_of_an_office_is_the_title_s() -> None:
    """代 (acting) before a head right before the name, which LAC reads as a
    verb (代/v + 市长): the acting holder's title keeps it."""
    assert _people("会上，代市长赵建平作报告。")["赵建平"] == ["代市长"]
    assert _people("该校代校长孙海峰介绍了情况。")["孙海峰"] == ["该校代校长"]


def test_a_company_read_as_an_adverb_stays_in_the_title() -> None:
    """某 + 边防/n + 连/d + 指导员: 连 (a company) after its arm, read as the
    adverb 连 (even), is part of the unit the title names."""
    assert _people("时任某边防连指导员刘志远至今还记得那一天。")["刘志远"] == ["某边防连指导员"]


def test_a_surname_read_as_an_adverb_after_a_title_opens_the_name() -> None:
    """站长 + 曾/d + 汉文/PER: an adverb stands before a verb, never before a
    name, so after a title the surname-like adverb is the name's surname."""
    assert _people("说起那段往事，站长曾汉文记忆犹新。") == {"曾汉文": ["站长"]}


def test_titles_of_a_cut_or_run_on_form_go_to_the_name_kept() -> None:
    """Of two forms of one name (朱某耳 of 朱某耳旁 once, 朱某 written alone
    twice), the one the text writes more is kept; the titles found beside the
    other are the same person's."""
    from banmian.enrich.namesets import prefer_mentioned

    people = {"高远山": ["某团政委"], "高远": []}
    kept = prefer_mentioned(people, Counter({"高远山": 1, "高远": 2}), {}, "某团政委高远山旁。高远说。高远笑了。")
    assert kept == {"高远": ["某团政委"]}


def test_a_four_character_name_run_into_the_next_word_gives_way_to_the_name() -> None:
    """朱某如是 + 说 once, 朱某 written alone again and again: LAC ran the
    name into 如是; a Japanese name written whole and then by its family name
    alone (安倍晋三 ... 安倍) opens with no common Chinese surname and stays."""
    from banmian.enrich.namesets import prefer_mentioned

    text = "“到了。”周平如是说。周平仍然激动。周平说，很振奋。"
    assert prefer_mentioned({"周平如是": [], "周平": []}, Counter({"周平如是": 1, "周平": 2}), {}, text) == {"周平": []}
    text = "日本首相安倍晋三致辞。安倍表示，很高兴。安倍说，谢谢。"
    kept = prefer_mentioned({"安倍晋三": ["日本首相"], "安倍": []}, Counter({"安倍晋三": 1, "安倍": 2}), {}, text)
    assert "安倍晋三" in kept


def test_a_quoted_name_inside_an_office_held_keeps_its_quotes() -> None:
    """时任“某某九连”指导员的X: the quoted name of the unit opens the title and
    keeps both its quotes (not 某某九连”指导员)."""
    assert _people("时任“铁骨九连”指导员的周海涛告诉记者。")["周海涛"] == ["“铁骨九连”指导员"]


def test_a_count_inside_a_stated_title_drops_what_stands_before_it() -> None:
    """name + 是 + 空军 + 一名 + 优秀飞行员: as before a name, the title starts
    after the count (某省某市一名大学生 -> 大学生)."""
    assert _people("她的丈夫陈家明是海军一名优秀潜水员。")["陈家明"] == ["优秀潜水员"]


def test_a_long_body_glued_to_jian_opens_the_next_title() -> None:
    """某集团总裁/ORG + 兼某博物馆/v + 馆长 + name: LAC glued 兼 to the body of the
    chain's next title; 兼 chains two titles."""
    from banmian.enrich.namerepair import repair_names

    tokens = [("英国航海博物馆集团总裁", "ORG"), ("兼航海博物馆", "v"), ("馆长", "n"), ("约翰·史密斯", "PER")]
    assert ("兼", "c") in repair_names(tokens) and ("航海博物馆", "n") in repair_names(tokens)


def test_a_team_s_leader_is_a_head() -> None:
    """领队 (a team's leader) before a name is its title."""
    assert _people("将军领队何卫国回忆说。")["何卫国"] == ["将军领队"]


def test_a_given_name_s_last_character_read_as_a_word_is_the_name_s() -> None:
    """总经理 + 邓某/PER + 才 + 面带…: a character that ends given names (才, 中,
    如, 厚), which LAC read as a word of its own, is the name's last when the
    text never writes the two characters without it and a title stands before
    (or the text names it twice); verbs that follow names (边, 到) end none,
    nor does 有 before a count (王平 + 有 + 三个孩子: test_enrich_people27a)."""
    assert _people("公司总经理邓文才面带微笑，介绍了新产品。") == {"邓文才": ["公司总经理"]}
    assert _people("受总队长李光中的派遣，他出发了。") == {"李光中": ["总队长"]}
    assert _people("周平边演示边讲解。局长周平说，很好。") == {"周平": ["局长"]}
    assert _people("总经理王明到村里任职。") == {"王明": ["总经理"]}


def test_a_credit_role_heading_a_noun_phrase_of_the_sentence_credits_no_one() -> None:
    """…的华工 + 翻译 + 某某 + 的足迹: the role word ends the sentence's own noun
    phrase before a name the sentence goes on with; a person the text speaks
    of, not a credit (翻译：某某 stays a credit)."""
    assert "周梓卿" in _people("我们循着当年书生出身的劳工翻译周梓卿的足迹，走过了三个大洲。周梓卿回国后当了教师。")


def test_a_name_in_the_note_on_the_author_is_a_contributor() -> None:
    """（作者为…，中文名为某某，…）: the note on an essay's author names the
    author (here by a Chinese name), a contributor, never a person of the news."""
    assert _people("华工的故事值得铭记。（作者为某大学孔子学院外方院长，中文名为冯立德，本报记者王林采访整理）") == {}
    # a name inside the name of the author's body is no alias of the author
    assert "习近平" in _people("习近平同志强调，要加强学习。（作者为某大学习近平新时代中国特色社会主义思想研究院研究员）")
