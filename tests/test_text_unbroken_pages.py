"""A page's text with no blank line at all (PyMuPDF's get_text()) is read as
printed column lines even where its columns' widths vary too much to recur:
no body text is left out of the articles. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import PARKS, STREET, typeset, typeset_body

_BRIEFS = [("江城启动夏季消防检查", "日前，市消防支队联合多个部门，对全市商场、影院等人员密集场所开展为期一个月的消防安全检查。"),
           ("城西公园完成提升改造", "经过半年施工，城西公园改造工程近日完工，新增健身步道两公里、儿童游乐场一处。"),
           ("首届江城读书节开幕", "四月二十三日，首届江城读书节在市图书馆开幕，读书节期间将举办阅读推广活动五十余场。")]


def _brief_lines(width: int) -> list[str]:
    lines: list[str] = []
    for lead, text in _BRIEFS:
        # the lead phrase run into its text, set apart by an ideographic space
        lines += typeset(lead + "\u3000" + text, width)
    return lines


def test_a_page_with_no_blank_line_and_columns_of_several_widths_loses_no_body_text():
    lines = ["2022年7月6日 星期三", "第5版", "城市新闻",
             "城东新建三座公园", "本报记者 黄磊", *typeset_body(PARKS * 2),
             "老街改造留住烟火气", *typeset_body(STREET),
             "新闻速递", *_brief_lines(19)]
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    assert [u.role.value for u in page.unassigned] == ["header"]
    text = "".join(p for a in page.articles for p in a.paragraphs).replace(" ", "")
    for paragraph in PARKS + STREET:
        assert paragraph in text
    assert page.articles[0].headline.title == "城东新建三座公园"
