"""Text mode, an extractor's blocks: a byline drawn apart from its headline is
no headline. A reporter's line alone in a block (本报记者才朗, the name under a
rare surname) over a block that opens with the title is that article's byline;
a block of names a line each over a short line that ends no sentence (names /
title, read as text for its short lines) is a byline over its headline. Before,
the reporter's line headed the text and the article under it was lost, and the
names became kicker and title. Invented pages, one block a paragraph."""

from __future__ import annotations

import banmian
from banmian.layout.names_over_headlines import names_over_headlines
from banmian.layout.roles import BODY
from banmian.layout.text_units import Unit
from banmian.model import Block

_FIRST = """植树造林正当时

本报江城3月12日电　今年春天，江城各区县
组织干部群众上山植树，全市新造林地
一万二千亩，比去年多出三成。林业部
门派出技术人员分片指导，从选苗、挖
坑到浇水，每一步都有人把关。

下一步将加强新造林地的管护工作，确
保种一棵、活一棵。

"""

_REPORTER_APART = _FIRST + """本报记者才朗

山岗上的纪念馆
八十多年前，红军队伍途经江城，在城
北的山岗上留下了一段佳话。如今，山
岗上建起了纪念馆，每年接待参观者十
余万人次，成为当地开展传统教育的重
要课堂。

讲解员小李说：“来这里的年轻人越来
越多了。”
"""

_NAMES_OVER_TITLE = _FIRST + """强小薇
周文
赵启明
外婆的糖罐

小时候，外婆家的柜子上总放着一个
铁皮糖罐，逢年过节才打开一回。罐
里的水果糖五颜六色，每人分两颗。

如今糖果早已不稀罕，可那铁皮罐子
里的甜味，我一直记得。
"""


def _articles(page: str) -> list:
    return banmian.parse_text(page, enrich=False).pages[0].articles


def test_a_reporters_block_alone_signs_the_article_under_it() -> None:
    articles = _articles(_REPORTER_APART)
    assert [a.headline.title for a in articles] == ["植树造林正当时", "山岗上的纪念馆"]
    assert [b.name for b in articles[1].bylines] == ["才朗"]
    assert articles[1].paragraphs[0].startswith("八十多年前")


def test_names_a_line_each_over_a_title_in_one_block_are_its_byline() -> None:
    articles = _articles(_NAMES_OVER_TITLE)
    assert [a.headline.title for a in articles] == ["植树造林正当时", "外婆的糖罐"]
    assert articles[1].headline.kicker is None
    assert [b.name for b in articles[1].bylines] == ["强小薇", "周文", "赵启明"]


def test_short_lines_of_a_text_that_are_no_names_stay_text() -> None:
    # (江 opens a surname, 如 does not: two short lines of a verse are no names)
    unit = Unit(Block(["江山", "如画", "万里河山多壮丽"], BODY))
    assert names_over_headlines([unit]) == [unit]


def test_a_reporters_line_of_two_names_run_together_is_a_byline() -> None:
    from banmian.layout.reporter_lines import reporter_line

    found = reporter_line("本报记者张沅康岭")
    assert found is not None and [(b.role, b.name) for b in found] == [("本报记者", "张沅"), ("本报记者", "康岭")]
    assert reporter_line("本报记者手记体会") is None  # (no cut into names under surnames)
