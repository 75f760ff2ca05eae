"""A photo credit wrapped so that its 摄 stands alone on a line (…一派生机。
张伟 / 摄) right before a headline set vertically (one character a line):
the 摄 ends the credit of the line above (it ends in a name set apart), it
opens no vertical headline. Invented text, as PyMuPDF's get_text() and
pdftotext -raw give it (one line a line)."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, typeset


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p)]


def test_a_credits_lone_she_before_a_vertical_headline_ends_the_credit():
    lines = ["江城新建三座公园", *_lines(PARKS), "市民在城东新公园的步道上晨", "练，一派生机。 张伟", "摄",
             *"轮渡新增两条航线", *_lines(FERRY)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城新建三座公园", "轮渡新增两条航线"]
    assert [(c.text, c.credit) for c in articles[0].captions] == [("市民在城东新公园的步道上晨练，一派生机。", "张伟")]
    assert articles[1].paragraphs[0].startswith("江城轮渡公司")


def test_a_vertical_headline_opening_with_she_after_a_whole_credit_stays_whole():
    # the credit's line holds its 摄: the vertical run after it is a headline, its first glyph 摄 too
    lines = ["江城新建三座公园", *_lines(PARKS), "市民在城东新公园的步道上晨", "练，一派生机。 张伟摄",
             *"摄影展今日开幕", *_lines(FERRY)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城新建三座公园", "摄影展今日开幕"]
    assert [(c.text, c.credit) for c in articles[0].captions] == [("市民在城东新公园的步道上晨练，一派生机。", "张伟")]
