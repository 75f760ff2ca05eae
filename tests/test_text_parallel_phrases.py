"""Text mode: a title set a phrase a line. Three short phrases of one length,
the first two parallel in their words, are one title; a phrase over two
others that shares no words with them is a kicker."""

from __future__ import annotations

import banmian
from banmian.layout.text_layout import assemble
from banmian.layout.text_units import Unit
from banmian.model import Block, Role
from banmian.layout.tier_wording import parallel_phrases
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import typeset_body as _body


def test_parallel_phrases_share_a_character_in_place():
    assert parallel_phrases("走进田间", "走进车间")
    assert parallel_phrases("江水清了", "河岸绿了（城建观察）")  # counted from the end, the tag aside
    assert not parallel_phrases("城东园林", "绿地增加")
    assert not parallel_phrases("江水清了", "两岸绿树成荫了")  # not of one length


def test_three_parallel_phrases_are_one_title():
    lines = ["江水清了", "河岸绿了", "步道通了（城建观察）", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == (None, "江水清了 河岸绿了 步道通了（城建观察）")


def test_a_phrase_over_two_parallel_ones_sharing_no_words_stays_a_kicker():
    lines = ["城东园林", "绿地增加", "空气更好（城建观察）", *_body(PARKS), "轮渡新增两条航线", *_body(FERRY)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == ("城东园林", "绿地增加 空气更好（城建观察）")



def test_a_tagged_title_under_a_headline_and_its_byline_is_no_column_label():
    # a headline and its byline with no body yet, then a one-line title closing with its
    # column's tag: a new article's title (a column's label never carries the tag)
    def unit(role: Role, *lines: str) -> Unit:
        return Unit(Block(list(lines), role))
    units = [unit(Role.TITLE, "江城新建三座公园"), unit(Role.BYLINE, "本报记者 林涛"),
             unit(Role.TITLE, "轮渡新增两条航线（城建观察）"), unit(Role.BYLINE, "■ 通讯员 周明"),
             unit(Role.BODY, *_body(FERRY))]
    groups = assemble(units, True, stream=True)
    assert [[u.role for u in g] for g in groups] == [[Role.TITLE, Role.BYLINE],
                                                     [Role.TITLE, Role.BYLINE, Role.BODY]]


def test_a_long_kicker_wraps_into_no_phrase_of_a_title_set_a_phrase_a_line():
    # (the body spells 改造边…, as a wrap of the kicker into the first phrase would)
    own = ["江城今年启动全市老旧小区改造，小区改造边角地块也纳入规划，年底前完成一百个小区的改造。", *PARKS]
    lines = ["江城启动全市老旧小区“一户一档、一楼一策”改造", "边调查边设计", "边施工边验收", "本报记者", "林涛",
             *_body(own), "轮渡新增两条航线", *_body(FERRY)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == ("江城启动全市老旧小区“一户一档、一楼一策”改造", "边调查边设计 边施工边验收")


def test_a_character_shared_mid_phrase_makes_no_parallel():
    assert not parallel_phrases("江城冬季长跑", "公开赛长跑冠军")  # 长 in the middle of both, by chance
