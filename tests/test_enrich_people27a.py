"""Shapes of issue 11 worked on in session 27 (people27a: person names). Sentences
and names are invented."""

from __future__ import annotations


def _people(text: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_the_object_of_an_appointment_or_a_removal_is_a_person() -> None:
    """免去X的…职务, 任命X为…: the decree names a person there, even one LAC
    met once and was unsure of."""
    people = _people("国务院任免国家工作人员。免去李立文的某委主任助理职务；免去顾远溪的某委副主任职务。")
    assert "李立文" in people and "顾远溪" in people


def test_a_tibetan_name_cut_anywhere_is_joined() -> None:
    """次/q + 拥/v + 拉姆/PER, 次/q + 仁拉吉/PER: four characters with a part of
    Tibetan names at one end and a name tagged inside are one name, which
    opens with no surname and needs none."""
    people = _people("中午，边巴扎西的女儿次拥拉姆从山上回来了。以前，次拥拉姆一年到头都在放牧。")
    assert "次拥拉姆" in people and "拉姆" not in people
    assert "次仁拉吉" in _people("他和妻子次仁拉吉每天推着仪器走十几里路。")


def test_a_given_name_read_as_a_verb_after_a_person_noun() -> None:
    """居民 + 姜文/PER + 启/v + 话语: a character that is no common verb of a
    subject, between a name after a person noun and the clause's words, is the
    name's last; 王某 + 带/v + 着 stays apart."""
    assert "姜文启" in _people("居民姜文启话语中满是感激。")
    assert "王建平" in _people("村民王建平带着记者走进了大棚。")


def test_a_form_of_address_glued_to_a_name_is_cut_off() -> None:
    """陈永波伯伯/PER: LAC keeps the form of address (伯伯, 大爷, 阿姨) inside
    the name's word; the name is what comes before it."""
    assert _people("“当年是陈永波伯伯资助我读完了大学。”她回忆说。") == {"陈永波": []}


def test_a_transliterated_name_split_in_two_names_is_one() -> None:
    """皮奇/PER + 里洛/PER: two transliterations side by side are one foreign
    name (Chinese writes two people apart, with 、 or 和)."""
    assert _people("意大利艺术家皮奇里洛表示，中国文化令人着迷。") == {"皮奇里洛": ["意大利艺术家"]}


def test_uygur_names_cut_at_abdu_or_before_the_dot_are_whole() -> None:
    """阿不 + 都 (read as "all") + 热合曼, and 阿不都/PER + 热/v + 合曼·吐尔洪:
    the Uygur name runs whole through Abdu- and across the dot."""
    assert "古丽米拉·阿不都热合曼" in _people("古丽米拉·阿不都热合曼是一名乡村教师，她每天早早来到学校。")
    assert _people("村民阿不都热合曼·吐尔洪说，今年收成好。") == {"阿不都热合曼·吐尔洪": ["村民"]}
    assert "阿不都沙拉木" in _people("王立新、阿不都沙拉木、丁远航是主力。")


def test_you_before_a_verb_ends_the_name() -> None:
    """王发/PER + 有/v + 算/v: 有 ("have") takes no verb or date after it, so it
    is the name's last character; 王平 + 有 + 三个孩子 stays apart."""
    assert _people("种粮大户王发有算了一笔账。") == {"王发有": ["种粮大户"]}
    assert _people("快递员卢才有去年送了3万件快递。") == {"卢才有": ["快递员"]}
    assert _people("村民王平有三个孩子，都在外地打工。") == {"王平": ["村民"]}


def test_a_whole_head_keeps_its_surname_like_end() -> None:
    """师傅 + 周建华: 傅 is a surname, but 师傅 is a whole head, so no married
    surname was glued to it (as 行政长 + 官林 + 郑立华 has)."""
    assert "周建华" in _people("他的师傅周建华是全国劳模。")
    assert "林郑立华" in _people("香港特区行政长官林郑立华出席活动。")


def test_a_crew_named_after_a_person_is_no_mention() -> None:
    """王国华机组: a crew or unit named after a person (机组, 中队, 侦察连) is
    no mention of the person."""
    assert "王国华" not in _people("在抗震救灾中，某陆航团王国华机组冒险飞行，运送伤员。")


def _people_of_lines(lines: list[str]) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=lines)
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_a_photo_credit_with_a_slash_is_no_person() -> None:
    """陈维新/摄 after a caption: the slash stands between the photographer and
    the credit verb, as in 陈维新摄."""
    assert _people_of_lines(["村民李四说，出行方便多了。", "图为村民在晒玉米。陈维新/摄"]) == {"李四": ["村民"]}
    assert _people_of_lines(["村民李四说，出行方便多了。", "图为村民在晒玉米。陈维新／摄"]) == {"李四": ["村民"]}


def test_an_alias_or_a_place_in_a_photo_marks_a_person() -> None:
    """李明（化名）: a bracket only a person takes (an alias, 右 in a photo)
    supports a name LAC met once at a sentence's edge."""
    assert "李明" in _people("李明（化名）告诉记者，他被骗了5万元。")


def test_a_surname_and_a_siblings_or_bosss_address_is_no_name() -> None:
    """郝哥, 周总: a surname with 哥, 姐, 嫂 or 总 is how one addresses a
    person, no name (as 李叔, 王姨 are); 副主席张工 may be a full name."""
    assert _people("他唱的是“郝哥”前几天写好的一首新歌。郝哥说，这首歌写的是边防。") == {}
    assert _people("周总带我们参观了车间。周总说，今年订单多。") == {}


def test_a_doubled_measure_word_opens_no_name() -> None:
    """一张 + 张沧桑/PER of 一张张沧桑: a measure word doubled after 一 (一张张,
    一个个) opens the words after it, no surname."""
    assert _people("记忆里是一张张沧桑而坚毅的面庞。") == {}


def test_yu_after_a_verb_is_the_preposition() -> None:
    """生 + 于斯/PER, 取之 + 于农/PER: 于 after a one-character verb or 之 is the
    preposition, no surname; 队员 + 于梁 is a name."""
    assert _people("生于斯、长于斯，这里是我们永远的家乡。") == {}
    assert _people("队员于梁贡献24分。") == {"于梁": ["队员"]}


def test_a_listed_name_ending_like_a_town_is_a_name() -> None:
    """陈立、王镇、刘海燕和杨家明等: 镇 ends towns, but an item of a list of
    names is a name."""
    assert "王镇" in _people("多年来，这支队伍培养出了陈立、王镇、刘海燕和杨家明等世界冠军。")


def test_a_player_beaten_is_a_person_and_yi_is_no_name_end() -> None:
    """丁宁/PER + 以/p + 4比2 + 战胜 + 陈梦/PER + ，: the preposition before a score
    is not the name's last character, and the object of 战胜 (看望, 会见 …) is a
    person though LAC met the name once before a pause."""
    assert _people("在女单决赛中，丁宁以4比2战胜陈梦，夺得冠军。") == {"丁宁": [], "陈梦": []}


def test_names_in_a_list_of_players_figures_are_names() -> None:
    """朱婷19分，张常宁15分，袁心玥12分: each name followed by a figure, beside two
    others so followed, is a player, however unsure LAC was of it."""
    assert set(_people("朱婷19分，张常宁15分，袁心玥12分。")) == {"朱婷", "张常宁", "袁心玥"}


def test_a_name_that_speaks_twice_is_kept_however_unsure_lac_was() -> None:
    """”桂来福/PER + 说 twice: a surname-led name that is the subject of 说 at
    two mentions is a person though LAC's margin for it was low (the stage's
    tokens given directly, as LAC read a long article)."""
    from banmian.enrich.people import find_people

    said = [("”", "w"), ("桂来福", "PER"), ("说", "v"), ("。", "w")]
    chunks = [[("“", "w"), ("明年", "TIME"), ("还要", "v"), ("扩大", "v"), ("规模", "n"), ("。", "w")] + said,
              [("“", "w"), ("牛价", "n"), ("也", "d"), ("好", "a"), ("。", "w")] + said]
    people = find_people(chunks, exclude=set(), anchors={}, place_in_title=lambda _: None, sureness={"桂来福": 0.1})
    assert [p.name for p in people] == ["桂来福"]
    once = find_people(chunks[:1], exclude=set(), anchors={}, place_in_title=lambda _: None, sureness={"桂来福": 0.1})
    assert once == []


def test_a_conjunction_before_an_adverb_ends_the_name() -> None:
    """秦玉/PER + 和 + 也: a conjunction cannot stand before a one-character
    adverb, a particle or a clause's end, so it is the name's last character;
    他和秦玉 + 也 keeps 和 apart."""
    assert _people("秦玉和也来到了现场。") == {"秦玉和": []}
    assert _people("他和秦玉也来到了现场。") == {"秦玉": []}


def test_a_works_maker_who_speaks_is_a_person() -> None:
    """据晚会总撰稿郑立群透露: a show's writer (a designer, a translator) followed
    by a speech verb is a person of the news, not a credit; 撰稿：某某 stays one."""
    assert _people("据晚会总撰稿郑立群透露，本次晚会的语言类节目有8个。") == {"郑立群": []}
    assert _people_of_lines(["村民李四说，出行方便多了。", "撰稿：郑立群"]) == {"李四": ["村民"]}


def test_an_authors_work_after_a_name_makes_it_a_person() -> None:
    """金永/PER + 作品 (画风, 笔下, 手迹): what an author or an artist made, written
    right after the name, says a person made it."""
    assert _people("执法人员查获盗版金永作品5万余册。") == {"金永": []}


def test_a_monarchs_name_with_its_ordinal_is_one_name() -> None:
    """叶卡捷琳娜/PER + 二世/n, 彼得一世: a monarch's ordinal joins the name, and
    such a name needs no surname nor LAC's certainty (a name by its shape)."""
    assert _people("绕过叶卡捷琳娜二世的雕像，就到了剧院。") == {"叶卡捷琳娜二世": []}
    assert _people("彼得一世下令修建了这座城市。") == {"彼得一世": []}


def test_the_city_of_a_dateline_is_no_person() -> None:
    """（本报 + 某某/PER + 2月10日 + 电）: the word between a paper and the date
    of a dateline is its city, wherever else the article names it (tokens as LAC
    gave them for a foreign city it read as a name)."""
    from banmian.enrich.people import find_people

    chunks = [[("从", "p"), ("阿布贾", "PER"), ("出发", "v"), ("的", "u"), ("列车", "n"), ("准点", "d"), ("运行", "v"),
               ("。", "w")],
              [("（", "w"), ("本报", "n"), ("阿布贾", "PER"), ("2月10日", "TIME"), ("电", "n"), ("）", "w")]]
    people = find_people(chunks, exclude=set(), anchors={}, place_in_title=lambda _: None, sureness={"阿布贾": 4.5})
    assert people == []


def test_a_japanese_foreign_minister_is_titled() -> None:
    """外相 (Japan's word for a foreign minister) is a head: the name after it is
    a titled person, not a four-character word nothing supports."""
    assert _people("日本外相山田太郎与中方举行会谈。") == {"山田太郎": ["日本外相"]}


def test_one_part_of_a_tibetan_name_before_an_age_noun_is_a_person() -> None:
    """卓玛 + 老人 + 说: one part of Tibetan names is a name many Tibetans go by
    (no surname needed), and a noun of age or sex right after a name (老人,
    大叔) says it is a person's."""
    assert _people("“现在日子好过多了。”村里80多岁的卓玛老人说。") == {"卓玛": []}


def test_the_speaker_after_a_closing_quote_is_a_name() -> None:
    """”高峰/n + 说 + 。: the two or three characters opening with a surname
    between a quotation's closing mark and 说 are who said it, though LAC read
    them as a word; ”大家说 (a pronoun) is no one."""
    assert _people("“我们还将继续努力。”高峰说。") == {"高峰": []}
    assert _people("“这是好事。”大家说。") == {}
