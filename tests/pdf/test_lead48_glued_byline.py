"""A reporter's line set with no space between role and name (本报记者陈然),
at the body's size over the body's first column, is the article's byline, not
its first paragraph (PDF mode; invented page drawn with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

from banmian.layout.rules import parse_glued_byline

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, set_column  # noqa: E402

BODY = ("春节假期，江城各地举办了丰富多彩的民俗活动，舞龙舞狮、猜灯谜、逛庙会，处处洋溢着喜庆祥和的节日气氛。"
        "据统计，假期全市共接待游客一百二十万人次，同比增长百分之十二。")


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    band_header(page, 3, "江城日报", "2025年2月6日 星期四", "要闻")
    page.insert_text((40, 100), "民俗活动扮靓新春假期", fontname="china-s", fontsize=20)
    page.insert_text((40, 130), "本报记者陈然", fontname="china-ss", fontsize=10)
    set_column(page, BODY, 40, 150, 16, 10, 15)  # the first line indented two characters
    doc.save(path)
    return path


def test_glued_reporters_line_is_the_byline(tmp_path):
    article = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles[0]
    assert [(b.role, b.name) for b in article.bylines] == [("本报记者", "陈然")]
    assert article.paragraphs[0].startswith("春节假期")


def test_only_a_whole_short_line_is_a_glued_byline():
    assert parse_glued_byline("新华社记者吴书光") is not None
    assert parse_glued_byline("记者李明采访") is None  # prose goes on
    assert parse_glued_byline("本报记者陈然李明") is None  # two names run together: no telling where one ends
    assert parse_glued_byline("本报记者获悉") is None  # no surname: a verb
