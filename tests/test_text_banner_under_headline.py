"""A page's banner (a slogan of two parallel phrases on one printed line, run
across the page between two rows of articles) that a content stream draws
right after the closing headline of the row above, with the next article's
body under it: it is no tier of that headline when the body the headline
closes spells few of its words. A title set a phrase a line (its lines put
back on one) is no banner, nor is a two-phrase title its body tells of.
Invented text, as PyMuPDF's get_text() gives it (one line a line)."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, typeset


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p)]


def _headlines(parks_heads: list[str]) -> list[tuple[str | None, str | None]]:
    # each body drawn before its headline; the parks' photo caption between its body and its headline
    lines = [*_lines(STREET), "城南老街改造完工", "本报记者 周华",
             *_lines(PARKS), "市民在城东新公园的步道上晨练。 张伟/摄", *parks_heads,
             *_lines(FERRY), "轮渡新增两条航线"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.paragraphs[0][:6] for a in articles] == ["城南老街改造", "今年江城计划", "江城轮渡公司"]
    return [(a.headline.kicker, a.headline.title) for a in articles]


def test_a_banner_drawn_after_a_closing_headline_is_no_tier_of_it():
    assert _headlines(["江城新建三座公园", "携手同心 共建家园"]) == [
        (None, "城南老街改造完工"), (None, "江城新建三座公园"), (None, "轮渡新增两条航线")]


def test_a_two_phrase_title_its_body_tells_of_stays_the_title():
    assert _headlines(["江城新建三座公园", "公园增绿 市民受益"]) == [
        (None, "城南老街改造完工"), ("江城新建三座公园", "公园增绿 市民受益"), (None, "轮渡新增两条航线")]


def test_a_title_set_a_phrase_a_line_is_no_banner():
    # its phrases on two printed lines (a narrow column): a title, whatever its body spells
    assert _headlines(["江城新建三座公园", "日子越过", "心里越甜"]) == [
        (None, "城南老街改造完工"), ("江城新建三座公园", "日子越过 心里越甜"), (None, "轮渡新增两条航线")]
