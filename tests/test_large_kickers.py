"""A kicker set larger than its title (issue 9: pages where the 引题 is the
largest tier, its face heavier too): its words tell it from the 主题. All
text invented."""

import pytest

from banmian.layout.headlines import tiers_by_size
from banmian.layout.large_kickers import names_the_subject, title_under_larger_kicker


@pytest.mark.parametrize(("kicker", "title"), [
    ("省教育厅发文", "中小学课后服务全面铺开"),  # an issuer and its act: the title is what it issued
    ("越剧《江南春晓》", "老戏新唱圈粉年轻观众"),  # a work named with its genre
    ("青禾县图书馆", "夜间开放延长到十点"),  # a body by its name alone
    ("江城田径邀请赛女子100米", "小将林晓首夺冠军"),  # a contest and its discipline
    ("新能源、新材料、数字经济", "开发区新兴产业加速集聚"),  # a list of things
    ("上半年新签约项目一百二十个", "河湾区：招商引资开出新局面"),  # a title opening with its subject and a colon
], ids=["issuer", "work", "name", "discipline", "list", "colon"])
def test_a_larger_kicker_naming_what_the_title_reports_on_is_the_kicker(kicker, title) -> None:
    h = tiers_by_size([kicker, title], [24.0, 20.0], [1, 0])
    assert (h.kicker, h.title, h.subtitle) == (kicker, title, None)


@pytest.mark.parametrize(("title", "subtitle"), [
    ("城南新建公园向市民开放", "园内种植花木三百余种"),
    ("江城发布老旧小区改造方案", "今年将改造小区一百个"),  # an issuer's act with its object is news
    ("青禾县图书馆", "江城美术馆"),  # both tiers name: nothing tells
], ids=["news", "issued-with-object", "both-names"])
def test_a_larger_title_over_a_subtitle_stays_the_title(title, subtitle) -> None:
    h = tiers_by_size([title, subtitle], [24.0, 20.0], [2, 1])
    assert (h.kicker, h.title, h.subtitle) == (None, title, subtitle)


def test_a_passive_title_ending_in_its_publication_names_no_issuer() -> None:
    """…标准发布: what was published, no body that issued it."""
    assert not names_the_subject("六百项国家标准发布")
    assert names_the_subject("两部门联合发文")


def test_a_subtitle_opening_with_a_colon_in_a_long_sentence_is_no_title() -> None:
    assert not title_under_larger_kicker("城南新建公园向市民开放", "园内种植花木三百余种，游客：环境真美，来了还想来")


def test_a_title_with_one_list_mark_inside_its_clause_names_no_list() -> None:
    """支持科创、小微企业融资: 、 inside a clause that says what happens, no list of things."""
    assert not names_the_subject("江城 支持科创、小微企业融资")
    assert not names_the_subject("扶持民营、小微企业")
    assert names_the_subject("新能源、新材料、数字经济")
    h = tiers_by_size(["江城 支持科创、小微企业融资", "江城将推出六项举措，支持科创、小微企业融资，解决融资难题"],
                      [24.0, 20.0], [1, 0])
    assert (h.kicker, h.title) == (None, "江城 支持科创、小微企业融资")


@pytest.mark.parametrize("kicker", ["针对老旧小区停车难", "围绕城乡供水一体化", "面对持续低温天气"])
def test_a_larger_kicker_that_is_a_prepositional_phrase_alone_is_the_kicker(kicker) -> None:
    """A tier that is only a prepositional phrase (针对…, 围绕…, 面对…) names what the
    news answers and says none itself: a kicker, however a little larger and
    heavier it is set than the title under it (the title wrapped, a quote in it)."""
    title = "江城推广“一码通”停车"
    h = tiers_by_size([kicker, title], [15.9, 15.0], [2, 2])
    assert (h.kicker, h.title, h.subtitle) == (kicker, title, None)


@pytest.mark.parametrize("kicker", ["《青禾》杂志发表县委书记重要文章", "江城日报刊发评论员文章"])
def test_a_larger_kicker_saying_a_publication_prints_a_piece_is_the_kicker(kicker) -> None:
    """A tier saying a publication prints a piece named by its kind alone
    (…杂志发表…重要文章) names where the piece under it comes from: the title
    under it is the piece's own, however a little larger the kicker is set.
    A piece named with its subject (…发表关于…的文章) is no such tier."""
    title = "推动城乡环境整治迈上新台阶"
    h = tiers_by_size([kicker, title], [19.0, 18.0], [1, 1])
    assert (h.kicker, h.title, h.subtitle) == (kicker, title, None)
    assert not names_the_subject("江城日报发表关于老旧小区改造的文章")


def test_of_three_tiers_the_first_two_as_large_the_middle_is_the_title() -> None:
    """A kicker set as large as (here a little larger than) its title, and a
    subtitle in a smaller size under them: three tiers read kicker, title,
    subtitle, whatever the first two's sizes say. A dashed second tier is a
    subtitle, and a first tier closed by its column's tag is the title."""
    texts = ["用好绣花功夫，换来群众笑脸", "江城老旧小区改造全面提速", "今年将改造小区一百二十个，惠及居民四万余户"]
    h = tiers_by_size(texts, [14.6, 14.0, 9.5])
    assert (h.kicker, h.title, h.subtitle) == tuple(texts)
    h = tiers_by_size(["江城老旧小区改造全面提速", "——今年将改造小区一百二十个", "惠及居民四万余户"], [14.6, 14.0, 9.5])
    assert h.title == "江城老旧小区改造全面提速"
    h = tiers_by_size(["老街新貌（城市笔记）", "江城老旧小区改造全面提速", "今年将改造小区一百二十个"], [14.6, 14.0, 9.5])
    assert h.title == "老街新貌（城市笔记）"
