"""Text mode on real extractors' output (issue 9 points 3 and 8): a headline
wrapped in its narrow box, told from a tier of its own where only the body's
words tell (a figure at the break, a short last line the body spells whole),
and title + subtitle told from kicker + title by a first tier reporting a
finished event. Own sample text; see tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_reading import title_then_subtitle
from tests.test_line_stream import STREET, stream
from tests.test_line_stream import typeset_body as _body

FERRY_FIGURES = ["江城轮渡公司介绍，去年轮渡全年共运送120万名乘客，比前年多两成，新航线功不可没。",
                 "轮渡公司负责人表示，今年还将新增两艘渡船。"]
ISLAND_FAIR = ["江心岛今天在城东码头举行年货展销会，两百多家商户参加，吸引市民前来选购。",
               "主办方介绍，展销会将持续到元宵节。"]


def _heads(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_a_title_wrapped_at_a_figure_is_one_title():
    # the break falls between words and a figure (…全年运送 / 120万名乘客): the body spells
    # them together, so the short line goes on the tier, neither a subtitle nor a title
    body = "".join(FERRY_FIGURES)
    assert wraps_on("江城轮渡去年全年共运送", "120万名乘客", body)
    assert wraps_on("江城去年新增绿地", "35公顷", "全市去年新增绿地35公顷，超过计划。")
    # the body does not spell the words across the break: no sign of a wrap
    assert not wraps_on("江城轮渡去年全年共运送", "120万名乘客", body.replace("共运送120万名", "有一百多万"))


def test_a_short_last_line_the_body_spells_is_the_titles_tail_not_a_label():
    # 江心岛…在城东码头 / 举行展销会: the preposition's phrase waits for its verb on the short
    # line under it, and the body tells the same words: one title, no column label
    fair = [p.replace("举行年货展销会", "举行展销会") for p in ISLAND_FAIR]
    lines = ["老街改造惠及千户居民", *_body(STREET), "江心岛年货展销会在城东码头", "举行展销会", "本报记者 林涛",
             *_body(fair)]
    assert _heads(*lines)[-1] == (None, "江心岛年货展销会在城东码头举行展销会", None)


def test_a_first_tier_reporting_a_finished_event_keeps_the_tier_under_it_as_subtitle():
    # a ceremony held, a mishap happened, a thing found, a task done: the tier under it adds
    assert title_then_subtitle("江城科技馆新馆揭牌", "市民可免费参观三个月")
    assert title_then_subtitle("城北一工地发生火情", "消防部门及时赶到现场")
    assert title_then_subtitle("江心岛古桥遗址被发现", "专家称其距今约六百年")
    assert title_then_subtitle("江城地铁二号线完成全线试运行", "年内开通运营")
    # a figure in words under it is a subtitle's too (约两百亿元)
    assert title_then_subtitle("江城去年新建厂房投产", "新增产值约两百亿元")
    # a kicker setting the scene stays a kicker: no finished event, no figure
    assert not title_then_subtitle("推进老街改造", "千户居民告别积水困扰")


def test_a_line_opening_with_a_words_last_character_goes_on_the_tier_above():
    # one character and a mark or the column's tag (…老英 / 雄（江城人物）, …实现方 / 式，…),
    # or the particle 的 (…二字 / 的来历): no tier opens so, whatever the body says
    assert wraps_on("守望边关四十载的老英", "雄（江城人物）", None)
    assert wraps_on("团圆有了多样的实现方", "式，这是好事", None)
    assert wraps_on("“春”与“福”二字", "的来历（民俗漫谈）", None)
    # an item numbered 一、 opens a line of its own; the adverb 的确 opens a clause
    assert not wraps_on("江城人大常委会任免名单", "一、任命张三为江城区区长", None)
    assert not wraps_on("老街改造惠及千户居民", "的确是件好事", None)


SKATING = ["据新华社哈尔滨2月3日电 （记者王冬）江城少年速滑队在全国青少年速滑比赛中获得两枚金牌。",
           "教练介绍，队员们今年冬天每天训练四个小时。"]


def test_a_headline_over_a_wire_quoted_dateline_opens_an_article_not_a_subheading():
    # body, two headline lines no wider than the column, body again: a subheading by its widths,
    # but the text under it opens with 据新华社…电, a report retold: an article opens there
    from banmian.layout.subheadings import mark_subheadings
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role
    from tests.test_line_stream import FERRY, PARKS, typeset

    def roles(after: list[str]) -> list[str]:
        units = [*(Unit(Block(typeset(p), Role.BODY)) for p in STREET + PARKS),
                 *(Unit(Block([h], Role.TITLE)) for h in ("全国青少年速滑比赛落幕", "江城少年队摘得两金")),
                 *(Unit(Block(typeset(p), Role.BODY)) for p in after)]
        return [u.role.value for u in mark_subheadings(units, True)]

    assert roles(SKATING + FERRY)[4:6] == ["title", "title"]
    # (the paper's own dateline, without 据, opens an article as well)
    assert roles([SKATING[0].removeprefix("据"), *FERRY])[4:6] == ["title", "title"]


def test_over_a_tagged_title_another_tagged_title_or_an_unechoed_label_is_no_kicker():
    from banmian.layout.tier_reading import no_kicker_over_tagged_title
    from banmian.model import Headline

    body = "江城今年新建三座公园，市民散步休闲有了好去处。公园设置健身步道。"
    # another article's title closed by its own tag: one headline has one 主题
    head = Headline(kicker="老街改造不能只看面子（江城时评）", title="公园多了，城市更宜居（民生观）")
    no_kicker_over_tagged_title(head, body)
    assert (head.kicker, head.title) == (None, "公园多了，城市更宜居（民生观）")
    # a column's label the body never spells labels the column
    head = Headline(kicker="街谈巷议", title="公园多了，城市更宜居（民生观）")
    no_kicker_over_tagged_title(head, body)
    assert head.kicker is None
    # a kicker naming what the body tells stays, and so does any kicker over an untagged title
    head = Headline(kicker="江城公园", title="公园多了，城市更宜居（民生观）")
    no_kicker_over_tagged_title(head, body)
    assert head.kicker == "江城公园"
    head = Headline(kicker="街谈巷议", title="公园多了城市更宜居")
    no_kicker_over_tagged_title(head, body)
    assert head.kicker == "街谈巷议"


def test_a_kicker_of_clauses_closing_with_a_gloss_in_brackets_stays():
    from banmian.layout.tier_reading import no_kicker_over_tagged_title
    from banmian.model import Headline

    head = Headline(kicker="记者走访江城老街，看服务如何延伸到村（社区）", title="小事办在家门口（江城观察）")
    no_kicker_over_tagged_title(head, "江城老街的居民说，小事办在家门口，省心。")
    assert head.kicker == "记者走访江城老街，看服务如何延伸到村（社区）"


def test_a_body_restating_the_headline_does_not_join_two_tiers():
    # the body says 江城三部门联合发文 and 部长…: one character either side of the break (部长) is
    # no sign of a wrap under a short first line, as a box's first line is its fullest
    body = "江城三部门联合发文，部长们表示，将长期支持老旧小区加装电梯。"
    assert not wraps_on("江城三部", "长期支持老旧小区加装电梯", body)
    # a subtitle opening with its verb under a long title (…常务会议 / 决定…) goes on from the
    # title's subject, however the body runs on (…常务会议决定…)
    body = "江城市政府常务会议决定，今年为老旧小区加装电梯一百部。"
    assert not wraps_on("江城市政府召开第十二次常务会议", "决定今年加装电梯一百部", body)
    # two characters either side that the body spells still tell a wrap (…加装 / 电梯…)
    assert wraps_on("江城今年为老旧小区加装", "电梯一百部", body)


def test_a_line_ending_in_a_verb_of_winning_or_a_count_in_words_goes_on():
    # …夺得 / 全国冠军, …迎来 / 十周年: the thing won or come to is on the next line, however short
    assert wraps_on("江城少年速滑队首次夺得", "全国冠军", None)
    assert wraps_on("江城老街书店迎来", "十周年", None)
    # 贺卡：一张 / 温暖的…: a count in words waits for what it counts
    assert wraps_on("贺卡：一张", "温暖的新春问候", None)
    # a rank or a total in figures ends a tier whole: the next line is a tier of its own
    assert not wraps_on("江城少年速滑队获得第一名", "教练说队员训练刻苦", None)
    assert not wraps_on("与周边城市合作项目累计实施392项", "江城：协作发展带来新活力", None)


def test_a_tagged_title_read_into_a_subtitle_is_cut_off_it():
    from banmian.layout.tier_reading import no_tagged_title_in_subtitle
    from banmian.model import Headline

    # the next headline's title, closed by its column tag, joined after this one's subtitle
    head = Headline(title="老街换新颜（江城观察）", subtitle="写在老街改造完工之际 公园多了，城市更宜居（民生观）")
    no_tagged_title_in_subtitle(head)
    assert head.subtitle == "写在老街改造完工之际"
    # under a title closed by its own tag, a whole subtitle so closed is another title
    head = Headline(title="老街换新颜（江城观察）", subtitle="公园多了，城市更宜居（民生观）")
    no_tagged_title_in_subtitle(head)
    assert head.subtitle is None
    # a series' part number or a document's date is no column tag: the subtitle stays
    head = Headline(title="老街换新颜（江城观察）", subtitle="江城老街改造记（下）")
    no_tagged_title_in_subtitle(head)
    assert head.subtitle == "江城老街改造记（下）"
    head = Headline(title="老街改造惠及千户居民", subtitle="两百户居民回迁 新增车位两百个")
    no_tagged_title_in_subtitle(head)
    assert head.subtitle == "两百户居民回迁 新增车位两百个"
