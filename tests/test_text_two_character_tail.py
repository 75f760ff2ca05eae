"""Text mode, a line stream: the last two characters of a headline line wrapped
onto a line of their own (…老人安享 / 晚年) go back onto it; a name, a briefs'
heading or a province on such a line is no tail."""

from __future__ import annotations

import banmian
from banmian.layout.tier_wording import two_character_tail
from tests.test_line_stream import FERRY, PARKS, stream
from tests.test_line_stream import typeset_body as _body


def test_two_characters_under_a_line_three_times_as_wide_are_its_tail():
    assert two_character_tail("江城三座新公园本周向市民开放", "迎客")
    assert not two_character_tail("江城三座新公园本周向市民开放", "林涛")  # a name: the author
    assert not two_character_tail("江城三座新公园本周向市民开放", "速览")  # a briefs' heading
    assert not two_character_tail("将全面禁止一次性塑料袋的生产和使用", "海南")  # a province heading the title
    assert not two_character_tail("江城新公园——", "开放")  # a kicker's dash ends its tier
    assert not two_character_tail("公园开放", "迎客")  # no line three times as wide


def test_a_title_s_two_character_tail_in_a_stream_goes_back_onto_it():
    lines = ["江城三座新公园本周向市民开放", "迎客", "本报记者", "林涛", *_body(PARKS), "轮渡新增两条航线",
             *_body(FERRY)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title) == (None, "江城三座新公园本周向市民开放迎客")
