"""A reporter's line under the headline, role and names run together
(本报记者罗海平常青) and set in the headline's own face at the body's size, is the
byline, not the headline's title (PDF mode; invented page drawn with PyMuPDF).
And names whose spaces were lost are cut where a name of the commonest
surnames opens: two of two (韩硕刘毅) in a marked byline, two of five or six
characters in a glued one."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

from banmian.layout.rules import parse_byline_line, parse_glued_byline

pymupdf = pytest.importorskip("pymupdf")

BODY = ("春节假期，江城各地举办了丰富多彩的民俗活动，舞龙舞狮、猜灯谜、逛庙会，处处洋溢着喜庆祥和的节日气氛。"
        "据统计，假期全市共接待游客一百二十万人次，同比增长百分之十二，旅游收入也创下了新高。") * 2


def _page(path: Path, byline: str, size: float) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    page.insert_text((40, 50), "江城日报  2025年2月6日 星期四  第3版  要闻", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (560, 58))
    page.insert_text((40, 100), "民俗活动扮靓新春假期", fontname="china-s", fontsize=20)
    page.insert_text((40, 124), byline, fontname="china-s", fontsize=size)  # the headline's face
    y, per = 150, 16
    lines = [BODY[:per - 2]] + [BODY[k:k + per] for k in range(per - 2, len(BODY), per)]
    for n, line in enumerate(lines):
        page.insert_text((60 if n == 0 else 40, y), line, fontname="china-ss", fontsize=10)
        y += 15
    doc.save(path)
    return path


@pytest.mark.parametrize("byline, size, names", [("本报记者罗海平常青", 10, ["罗海平", "常青"]),
                                                 ("本报记者罗海平常青", 11.5, ["罗海平", "常青"]),
                                                 ("本报记者吕强韩硕", 11.5, ["吕强", "韩硕"]),
                                                 ("新华社记者董明", 11.5, ["董明"])])
def test_glued_reporters_line_under_the_headline_is_its_byline(tmp_path, byline, size, names):
    """At the body's size or a little larger (then read with the headline's lines)."""
    article = banmian.parse(str(_page(tmp_path / "p.pdf", byline, size)), enrich=False).pages[0].articles[0]
    assert article.headline.title == "民俗活动扮靓新春假期"
    assert [b.name for b in article.bylines] == names
    assert article.paragraphs[0].startswith("春节假期")


def test_names_run_together_are_cut_at_a_common_surname():
    assert [b.name for b in parse_byline_line("■记者韩硕刘毅")] == ["韩硕", "刘毅"]
    assert [b.name for b in parse_byline_line("本报记者 欧阳华明")] == ["欧阳华明"]  # a compound surname
    assert [b.name for b in parse_byline_line("本报记者 次仁罗布")] == ["次仁罗布"]  # no Han name of two
    assert [b.name for b in parse_glued_byline("本报记者罗海平常青")] == ["罗海平", "常青"]
    assert parse_glued_byline("记者王小明说了") is None  # 明 is none of the commonest surnames: prose
    assert parse_glued_byline("本报记者陈然李明") is None  # alone in the text: no telling where one ends
    assert [b.name for b in parse_glued_byline("本报记者陈然李明", pairs=True)] == ["陈然", "李明"]


def _flush_page(path: Path, byline: str) -> Path:
    """The byline line in the body's face and size right over a paragraph that opens flush (no indent)."""
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    page.insert_text((40, 50), "江城日报  2025年2月6日 星期四  第3版  要闻", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (560, 58))
    page.insert_text((40, 100), "民俗活动扮靓新春假期", fontname="china-s", fontsize=20)
    page.insert_text((40, 135), byline, fontname="china-ss", fontsize=10)
    y, per = 150, 16
    for k in range(0, len(BODY), per):
        page.insert_text((40, y), BODY[k:k + per], fontname="china-ss", fontsize=10)
        y += 15
    doc.save(path)
    return path


@pytest.mark.parametrize("byline, names", [("本报记者李浩王梅", ["李浩", "王梅"]),
                                           ("本报记者冉永平贺林平", ["冉永平", "贺林平"])])
def test_glued_line_alone_over_a_flush_paragraph_is_the_byline(tmp_path, byline, names):
    article = banmian.parse(str(_flush_page(tmp_path / "p.pdf", byline)), enrich=False).pages[0].articles[0]
    assert [b.name for b in article.bylines] == names
    assert article.paragraphs[0].startswith("春节假期")
