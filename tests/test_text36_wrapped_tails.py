"""Text mode on a line stream (PyMuPDF's one-line blocks): a headline line's
last three characters wrapped onto a line of their own in its box are its
tail, no tier. Own sample text; see tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import PARKS, STREET, stream, typeset_body


def _articles(*lines: str) -> list[banmian.model.Article]:
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles


def _page(kicker: list[str]) -> list[banmian.model.Article]:
    return _articles("老街改造惠及千户居民", "本报记者 周明", *typeset_body(STREET),
                     *kicker, "三座新公园春节前向市民开放", "本报记者 林涛", *typeset_body(PARKS))


def test_a_kickers_last_three_characters_wrapped_stay_with_it():
    # the kicker's box wraps inside a word (精 / 准发力): three characters under a line four
    # times as long that ends no tier are its tail, not the title
    second = _page(["市园林局负责人强调聚焦市民需求和重点区域精", "准发力"])[1]
    assert (second.headline.kicker, second.headline.title) == ("市园林局负责人强调聚焦市民需求和重点区域精准发力",
                                                               "三座新公园春节前向市民开放")
    assert second.paragraphs == PARKS


def test_three_characters_opening_with_a_surname_or_under_a_dash_stay_apart():
    from banmian.layout.tier_wording import three_character_tail

    assert three_character_tail("市园林局负责人强调聚焦市民需求和重点区域精", "准发力")
    assert not three_character_tail("市园林局负责人强调聚焦市民需求和重点区域——", "准发力")
    assert not three_character_tail("市园林局负责人强调聚焦市民需求和重点区域精", "林小雨")  # a name
    assert not three_character_tail("聚焦市民需求", "准发力")  # a line under four times as long
