"""Shapes of issue 11 worked on in session 24 (people24). Names, villages and
sentences are invented; the divisions above the villages are real (the
shipped gazetteer)."""

from __future__ import annotations

from banmian.enrich.titlecomplete import complete_title
from banmian.enrich.villages import villages_read_as_nouns


def _people(text: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def _places(text: str) -> list[str]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return [p.name for p in article.places]


def test_a_village_title_is_completed_with_the_village() -> None:
    """The settled convention (tests/data/README, session 24): the village's
    name takes the place of the title's 村, 长 keeps it, 原 stays in front, and
    the written-out village committee (村民委员会) is the village's too."""
    anchors = {"村": "杏花营村", "镇": "红庙镇"}
    assert complete_title("村委会主任", anchors) == "杏花营村委会主任"
    assert complete_title("村支书", anchors) == "杏花营村支书"
    assert complete_title("村第一书记", anchors) == "杏花营村第一书记"
    assert complete_title("村长", anchors) == "杏花营村村长"
    assert complete_title("原村支书", anchors) == "原杏花营村支书"
    assert complete_title("村民委员会主任", anchors) == "杏花营村民委员会主任"
    assert complete_title("村民", anchors) == "村民"  # a villager is no office of the village
    assert complete_title("原村支书", {"镇": "红庙镇"}) == "原村支书"  # no village named: as written


def test_a_village_written_whole_and_short_is_one_village() -> None:
    """石岭村 and then 石岭 alone: the short form does not make the whole name
    a place with a stray character; the village's titles are its own."""
    text = ("记者来到宁夏泾源县大湾乡石岭村。两年过去，石岭村变了样。"
            "村委会主任孟庆丰告诉记者，石岭的变化会更大。")
    assert "石岭村" in _places(text)
    assert _people(text)["孟庆丰"] == ["石岭村委会主任"]


def test_a_village_named_later_does_not_take_the_title() -> None:
    """The village the passage is about, not one the article names afterwards
    (村民去外省某村参观)."""
    text = ("记者来到河南省兰考县红庙镇杏花营村。杏花营这几年变了样。村党支部副书记孟庆丰说，"
            "去年村里组织大家去福建省漳州市长泰区下桥村参观，大家很受触动。")
    assert _people(text)["孟庆丰"] == ["杏花营村党支部副书记"]


def test_the_village_of_a_chain_completes_its_next_item() -> None:
    """某镇某村党支部书记、村民委员会主任X: the village the first item names is the
    second item's, not the village the article names most."""
    text = ("江苏省宿迁市沭阳县胡集镇上坊村党支部书记、村民委员会主任林秀梅的一天，从合作社开始。"
            "另一篇：安徽省六安市金寨县花石乡大湾村、大湾村、大湾村都有了新路。")
    assert _people(text)["林秀梅"] == ["江苏省宿迁市沭阳县胡集镇上坊村党支部书记", "上坊村民委员会主任"]


def test_a_village_read_as_a_noun_after_a_town_is_a_place_everywhere() -> None:
    """LAC tags a village it does not know as a common noun (某镇 + 某村/n):
    after a division the noun is the village, and so it is wherever the
    article writes it again."""
    chunks = [[("奇台县", "LOC"), ("半截沟镇", "LOC"), ("柳树湾村", "n"), ("村民", "n"), ("王建", "PER")],
              [("柳树湾村", "n"), ("负责", "v"), ("农业", "n"), ("的", "u"), ("村党", "n")],
              [("贫困村", "n"), ("小康村", "n")]]
    out = villages_read_as_nouns(chunks)
    assert out[0][2] == ("柳树湾村", "LOC") and out[1][0] == ("柳树湾村", "LOC")
    assert out[2] == chunks[2]  # kinds of village, never after a division here: nouns still


def test_a_direction_between_a_town_and_a_village_opens_the_village() -> None:
    """某镇 + 西 + 邢庄村, 某镇东 + 孙村: the direction is the village's first
    character (a place is never 'west of the town' so written)."""
    chunks = [[("冠县", "LOC"), ("柳林镇", "LOC"), ("西", "LOC"), ("柴庄村", "LOC"), ("有", "v")],
              [("泰山区", "LOC"), ("省庄镇东", "LOC"), ("梁村", "LOC"), ("党支部", "n")],
              [("镇", "n"), ("西", "f"), ("边", "f")]]
    out = villages_read_as_nouns(chunks)
    assert [w for w, _ in out[0]] == ["冠县", "柳林镇", "西柴庄村", "有"]
    assert [w for w, _ in out[1]] == ["泰山区", "省庄镇", "东梁村", "党支部"]
    assert out[2] == chunks[2]


def test_a_mountain_area_is_the_mountain() -> None:
    """某某山区 that no list knows is the mountain's area: the place is the
    mountain (as the annotations read 大凉山区, 乌蒙山区); a district so named is
    the district, a kind of area (偏远山区) no place."""
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import _mountain_of_area

    gazetteer = get_gazetteer()
    assert _mountain_of_area("青松岗山区", gazetteer) == "青松岗山"
    assert _mountain_of_area("松山区", gazetteer) == "松山区"  # 赤峰's district
    assert _mountain_of_area("偏远山区", gazetteer) == "偏远山区"
    assert _mountain_of_area("贫困山区", gazetteer) == "贫困山区"
    assert not any("石山" in p for p in _places("柳溪村位于大石山区，过去吃水难。"))  # rocky hills: a kind
    text = "记者来到乌岭山区深处的湖北省恩施州宣恩县。"
    assert "乌岭山" in _places(text) and "乌岭山区" not in _places(text)


def test_an_office_held_then_before_de_is_the_title() -> None:
    """时任X的name, 现任X的name, 挂任A、B的name, 时任X——name give X (the
    conventions since dev8), each item of the chain, completed as any title;
    a past office (曾任X的name) and a clause with no office verb give none."""
    people = _people("时任青禾县检察院副检察长的吴志远没想到，一封来信牵出了一桩案子。")
    assert people["吴志远"] == ["青禾县检察院副检察长"]
    people = _people("从福州来隆德县挂任县委常委、副县长的郑国梁说，这里的变化很大。")
    assert people["郑国梁"] == ["隆德县委常委", "隆德县副县长"]
    people = _people("线索最终指向时任柳塘镇副镇长——曾立林。")
    assert people["曾立林"] == ["柳塘镇副镇长"]


def test_no_office_verb_no_held_title() -> None:
    from banmian.enrich.titleheld import titles_held_before

    tokens = [("他", "r"), ("在", "p"), ("县", "n"), ("医院", "n"), ("院长", "n"), ("的", "u"), ("张立新", "PER")]
    assert titles_held_before(tokens, 6) == []
    tokens = [("曾任", "v"), ("县", "n"), ("医院", "n"), ("院长", "n"), ("的", "u"), ("张立新", "PER")]
    assert titles_held_before(tokens, 5) == []
    tokens = [("时任", "v"), ("县", "n"), ("医院", "n"), ("院长", "n"), ("时", "n"), ("的", "u"), ("张立新", "PER")]
    assert titles_held_before(tokens, 6) == []  # 院长时: the time of the office, no title's words


def test_a_level_cut_off_into_the_seat_is_the_division() -> None:
    """深泽 + 县城, 浙江 + 省委书记: the text writes the county's or the
    province's full name (深泽县城, 浙江省委) and LAC moved its level character
    into the next word; the place is the division as written. A short name the
    text also writes alone stays short (浙江大学), and no seat no level (一个县城)."""
    assert _places("走进深泽县城，浙江省委书记车立华说，宣恩县城变了，一个县城也变了。") == ["深泽县", "浙江省", "宣恩县"]
    assert _places("浙江省委书记车立华说，浙江大学很好。") == ["浙江"]


def test_an_office_made_with_yi_and_wei_is_each_names() -> None:
    """以A为司令员、B为政治委员的先遣军: each name of the list takes the office
    after its own 为 (the conventions since dev7); an example (以某某为代表) and
    the head of a group (以某某为首) are no offices."""
    people = _people("红军主力派出以刘德山为司令员、聂立民为政治委员、萧立为群众工作组长的先遣支队。")
    assert people == {"刘德山": ["司令员"], "聂立民": ["政治委员"], "萧立": ["群众工作组长"]}
    from banmian.enrich.titleheld import title_made_by

    tokens = [("以", "p"), ("张立新", "PER"), ("为", "v"), ("代表", "n"), ("的", "u"), ("青年", "n")]
    assert title_made_by(tokens, 1) is None
    tokens = [("派出", "v"), ("张立新", "PER"), ("为", "v"), ("司令员", "n"), ("。", "w")]
    assert title_made_by(tokens, 1) is None  # no 以 opens the list


def test_a_work_or_an_outlet_in_book_marks_belongs_to_the_title() -> None:
    """《某某》期刊编辑, 《某某》杂志社社长: the kind written after the name in 《》
    says it is an outlet, the organisation of the title (as 《某某报》专栏作家);
    小说《某某》作者: the writer of a work named in 《》, as 小说作者 is a title."""
    people = _people("正如约旦《绿洲商务》期刊编辑萨米娅·哈立德所感受到的，变化很大。")
    assert people["萨米娅·哈立德"] == ["约旦《绿洲商务》期刊编辑"]
    people = _people("小说《银河渡口》作者刘思远说，城市的变化给了他许多灵感。")
    assert people["刘思远"] == ["小说《银河渡口》作者"]
    from banmian.enrich.titles import is_title

    assert not is_title("作者") and not is_title("》作者")  # a bare writer: essays' credits stay out


def test_only_is_and_this_one_state_the_title() -> None:
    """某某只是一名海岛哨所所长 (只是 as 也是, 还是), 某某这位作业队副队长 + the
    predicate (dev12's convention: name + 这位 + title gives it); 这位老人 is
    no title."""
    assert _people("王立新只是一名海岛哨所所长，却在岛上守了三十年。")["王立新"] == ["海岛哨所所长"]
    assert _people("张海峰这位作业二队副队长检修过上百台抽油机。")["张海峰"] == ["作业二队副队长"]
    assert _people("张海峰这位老人说，很好。").get("张海峰", []) == []
