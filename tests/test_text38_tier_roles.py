"""Text mode: a headline's tier roles where only the words tell (no sizes):
a kicker wrapped over lines, a banner-shaped title under a kicker, a label
over a title set a phrase a line. Own sample text."""

from __future__ import annotations

import banmian
from banmian.layout.headlines import assign_tiers
from banmian.layout.tier_reading import reread_tiers
from banmian.layout.tier_wording import short_box_tail
from banmian.layout.phrase_lines import join_phrase_lines
from banmian.layout.text_units import Unit
from banmian.model import Block, Headline, Role
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import typeset_body as _body


def _read(*tiers: str, body: str = "") -> Headline:
    head = assign_tiers([(tier, k) for k, tier in enumerate(tiers)])
    reread_tiers(head, False, True, body)
    return head


def test_a_speakers_frame_closed_on_the_next_line_is_one_kicker():
    # 在……时强调: the middle tier closes a frame the line over it opens, so that line (ending in 召开,
    # as kickers and titles may) is the kicker's first line, not a tier of its own
    head = _read("市长王明在市规划局调研并主持召开", "工作座谈会时强调", "守住城市发展底线", "绘好江城规划蓝图")
    assert head.kicker == "市长王明在市规划局调研并主持召开工作座谈会时强调"
    assert (head.title or "").replace(" ", "") == "守住城市发展底线绘好江城规划蓝图"
    assert head.subtitle is None


#: an article's text that spells the two phrases of its title (and not a band's)
_MARKET_BODY = ("江城的果农过去愁销路，如今通过网店把柑橘卖到全国，产品不愁卖了。"
                "不少贫困户靠种柑橘增收，村里的路也修通了。")


def test_a_kicker_wrapped_over_the_title_of_two_parallel_phrases():
    # the last tier is two parallel phrases of one length (…销路 / …门路) the body tells of: the title;
    # the middle one phrase, parallel with neither, is the kicker's last line, not its title
    head = _read("江城果农借助网店平台", "拓宽柑橘市场", "产品有销路 增收有门路", body=_MARKET_BODY)
    assert (head.kicker, head.title, head.subtitle) == ("江城果农借助网店平台拓宽柑橘市场", "产品有销路 增收有门路", None)


def test_a_slogan_band_under_a_kicker_and_title_is_still_dropped():
    # a band the body does not tell of stays no tier of the headline
    head = _read("江城果农借助网店平台", "拓宽柑橘市场", "建设美丽乡村 共享幸福生活", body=_MARKET_BODY)
    assert (head.kicker, head.title, head.subtitle) == ("江城果农借助网店平台", "拓宽柑橘市场", None)


#: an article's text that spells its kicker's words (新春)
_SHOW_BODY = "新春佳节前后，江城各剧场好戏连台，歌舞、话剧、戏曲轮番上演，吸引了大批市民。"


def test_a_short_kicker_the_body_tells_of_is_no_label_over_a_phrase_a_line_title():
    # a first tier of a label's shape over two one-length phrases: its words in the body make it
    # the kicker, and the two under it the title's phrases
    head = _read("欢乐闹新春", "歌舞话剧", "好戏连台", body=_SHOW_BODY)
    assert (head.kicker, head.title, head.subtitle) == ("欢乐闹新春", "歌舞话剧 好戏连台", None)


def test_a_column_label_over_a_kicker_and_title_is_still_no_tier():
    # a label the body never spells stays none of the headline's
    head = _read("艺苑观察", "江城剧场迎来演出旺季", "好戏连台", body=_SHOW_BODY)
    assert head.kicker == "江城剧场迎来演出旺季" and head.title == "好戏连台"
    # and a label over a kicker and its title (no two phrases of one length) stays none, whatever its
    # words: over a kicker and title a label is commoner than a third tier
    head = _read("好戏观察", "江城剧场迎来演出旺季", "好戏连台", body=_SHOW_BODY)
    assert head.kicker == "江城剧场迎来演出旺季" and head.title == "好戏连台"


def test_a_title_opening_with_the_passive_has_its_subject_over_it():
    # 被 opens no tier: the line over it is the subject, the title's first line, no kicker
    head = _read("某县原副县长张某严重违纪", "被开除党籍")
    assert (head.kicker, head.title) == (None, "某县原副县长张某严重违纪被开除党籍")


def test_an_events_place_and_verb_alone_have_their_subject_over_them():
    # 在某地揭牌 names no subject: the tier over it (a quoted name) is the title's first line
    head = _read("“江城工匠学院”", "在城东新区揭牌", "——首批学员三百人入学")
    assert (head.kicker, head.title) == (None, "“江城工匠学院”在城东新区揭牌")


def test_a_title_opening_with_a_place_is_still_a_title_under_its_kicker():
    # 在某地过年: no event's verb closes it, a title of its own (the kicker, a dash, over it)
    head = _read("守护湿地的候鸟，护林员夫妇——", "在江心洲过年")
    assert (head.kicker, head.title) == ("守护湿地的候鸟，护林员夫妇——", "在江心洲过年")


def test_a_kicker_of_eight_characters_over_a_tagged_title_as_long_stays_a_kicker():
    # the phrases of a tagged title set a phrase a line are short; a line of eight characters over a
    # tagged line as long is the kicker, no first phrase of the title
    def units(*heads: str) -> list[Unit]:
        return [*(Unit(Block([head], Role.TITLE)) for head in heads), Unit(Block(_body(PARKS), Role.BODY))]
    joined = join_phrase_lines(units("用好江城的生态优势", "走出绿色发展新路子（城建观察）"))
    assert [u.block.lines for u in joined[:2]] == [["用好江城的生态优势"], ["走出绿色发展新路子（城建观察）"]]
    joined = join_phrase_lines(units("江水清了", "河岸绿了（城建观察）"))
    assert joined[0].block.lines == ["江水清了 河岸绿了（城建观察）"]


def test_a_list_closed_by_its_particle_goes_on_to_its_noun():
    # 等 closing a list takes the noun it heads on the next line: no tier ends so (平等, 不等 do)
    head = _read("市妇联呼吁教育、科技等", "领域男女机会均等")
    assert (head.kicker, head.title) == (None, "市妇联呼吁教育、科技等领域男女机会均等")
    head = _read("江城男女同工同酬实现平等", "妇女就业人数创新高")
    assert head.kicker == "江城男女同工同酬实现平等"


#: a report that spells its headline's words
_OLD_HOUSING = ["江城今年启动全市老旧小区改造，一百多个小区列入首批名单，年底前完工。",
                "改造内容包括外墙保温、雨污分流和加装电梯，居民可以在网上查看进度。"]


def test_a_short_last_line_under_a_full_headline_line_closes_its_box():
    # the stream keeps a line under half as wide as the headline line over it in that line's box: with
    # no mark in either, no kicker's end over it and no name, figure or label in it, it is the box's
    # short last line (a title under its kicker is not so short, or the kicker ends as one does)
    def headline(*heads: str) -> Headline:
        lines = [*heads, *_body(_OLD_HOUSING), "轮渡新增两条航线", *_body(FERRY)]
        return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    head = headline("江城今年启动全市老旧小区改造工程首批", "一百多个小区")
    assert (head.kicker, head.title) == (None, "江城今年启动全市老旧小区改造工程首批一百多个小区")
    head = headline("江城今年启动全市老旧小区改造工程——", "首批一百多个小区")
    assert (head.kicker, head.title) == ("江城今年启动全市老旧小区改造工程——", "首批一百多个小区")
    # (a title that opens naming its kicker's words again, 公园 / 公园开放, stays a tier of its own:
    # tests/test_text_lead_labels.py)
    head = headline("江城今年全市老旧小区改造工程全面启动", "年底前完工")  # (an event's report ends on its verb)
    assert head.title == "江城今年全市老旧小区改造工程全面启动" and head.subtitle == "年底前完工"


def test_a_labels_shape_under_a_headline_line_is_its_tail_only_where_the_text_spells_it():
    # a column's label (城建新论) under a headline line: the text near it tells of none of its words
    line = "江城今年启动全市老旧小区改造工程首批"
    assert not short_box_tail(line, "城建新论", told="".join(_OLD_HOUSING))
    assert short_box_tail(line, "百个小区", told="".join(_OLD_HOUSING))
