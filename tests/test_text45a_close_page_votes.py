"""Which way a text page draws its headlines (page_direction.headlines_first)
when its ends and captions nearly tie: a page opening with a headline (a
vote for headlines first) and ending with one (a vote for headlines after),
one photo's caption right under a headline line (one more vote after, and
that line may be an author's fragment read as a headline). One vote apart is
no answer: the headlines' words decide, and here every headline says the
text under it. Invented text."""

from __future__ import annotations

from banmian.layout.page_direction import headlines_first
from banmian.layout.roles import BODY, CAPTION, CREDIT, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block


def _unit(lines: list[str], role) -> Unit:  # noqa: ANN001
    return Unit(Block(lines, role))


def _page(last_title: str) -> list[Unit]:
    return [
        _unit(["山区小学用上新校车"], TITLE),
        _unit(["近日，江城山区的五所小学用上了新校车，孩子们上学",
               "不再翻山走远路。家长们说，有了新校车，大家都放心了。"], BODY),
        _unit(["湖畔湿地迎来候鸟"], TITLE),
        _unit(["入冬以来，江城湖畔湿地迎来大批越冬候鸟，白鹭、",
               "野鸭在湖面上结队觅食，今年来的候鸟比往年多。"], BODY),
        _unit(["老街夜市重新开张"], TITLE),
        _unit(["修缮一新的老街夜市日前重新开张，小吃摊位排成长龙，",
               "老街夜市又热闹起来了。"], BODY),
        _unit(["高、刘明）"], TITLE),
        _unit(["图为市民在老街夜市选购小吃。"], CAPTION),
        _unit(["陈光 摄"], CREDIT),
        _unit(["每天清晨，城市书房的灯光最早亮起，读者们安静地",
               "翻阅书报。（作者为江城图书馆馆员）"], BODY),
        _unit([last_title], TITLE),
    ]


def test_a_vote_apart_the_headlines_words_decide():
    assert headlines_first(_page("城市书房的晨光"))


def test_a_clear_vote_still_stands():
    page = _page("城市书房的晨光")[1:]  # opening with a text and ending with a headline: headlines after
    assert not headlines_first(page)
