"""A photo report's credit cut inside 摄影报道 by its line end (张三 李四摄影 /
报道（影像中国）), as PyMuPDF's get_text() and pdftotext -raw give a narrow
column: one credit line again, closing the report's text, no headline of
an article of its own. Invented text."""

from __future__ import annotations

import banmian
from banmian.layout.stream_lines import rejoin_photo_report_credits
from tests.test_line_stream import FERRY, STREET, typeset

_REPORT = "元宵节前夕，江城各区举办灯会，市民扶老携幼赏灯猜谜，欢度佳节。"


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p)]


def test_a_photo_reports_credit_cut_inside_its_words_closes_the_report():
    lines = ["城南老街改造完工", *_lines(STREET), "江城新春灯会", *typeset(_REPORT),
             "周华 林涛摄影", "报道（影像中国）", "（王芳 李明）", "轮渡新增两条航线", *_lines(FERRY)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城南老街改造完工", "江城新春灯会", "轮渡新增两条航线"]
    report = articles[1]
    assert [b.name for b in report.bylines] == ["王芳", "李明"]
    assert report.paragraphs[-1].replace(" ", "") == "周华林涛摄影报道（影像中国）"
    assert "".join(report.paragraphs[:-1]) == _REPORT


def test_only_a_cut_inside_she_ying_bao_dao_is_put_back():
    lines = [("周华 林涛摄", 1), ("影报道", 2), ("他们专程前来摄影", 3), ("报道了这次活动。", 4)]
    assert rejoin_photo_report_credits(lines) == [("周华 林涛摄影报道", 1), ("他们专程前来摄影", 3), ("报道了这次活动。", 4)]
