"""Text mode on a line stream (PyMuPDF's one-line blocks): a title closed by
its column's tag right after a text's end opens the next article, however
wide it is. Own sample text; see tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset, typeset_body

#: a paragraph whose last line holds its end and the authors' bracket within the column
_LAST = "市园林局负责人介绍，新公园将种植本地树种，方便居民。"


def _articles(*lines: str) -> list[banmian.model.Article]:
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles


def _page(end: str, title: str) -> list[str]:
    return ["城东公园开工", *typeset_body(PARKS[:1]), *typeset(_LAST + end), title, "■", "通讯员", "林涛",
            *typeset_body(STREET), "轮渡新增两条航线", "本报记者 周明", *typeset_body(FERRY)]


def test_a_tagged_title_as_wide_as_the_column_after_the_authors_opens_an_article():
    # the brief ends with its authors' bracket on the sentence's line; the next title, closed
    # by its column's tag, fills the column's width: no line of the brief running on
    articles = _articles(*_page("（王明 李华）", "老街留住乡愁（城建观察）"))
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街留住乡愁（城建观察）", "轮渡新增两条航线"]
    assert articles[0].paragraphs == [PARKS[0], _LAST]
    assert [b.name for b in articles[0].bylines] == ["王明", "李华"]
    assert articles[1].paragraphs == STREET and [b.name for b in articles[1].bylines] == ["林涛"]


def test_a_tagged_title_after_a_closing_dateline_opens_an_article():
    articles = _articles(*_page("（本报江城电）", "老街留住了乡愁（城建观察）"))
    assert [a.headline.title for a in articles][:2] == ["城东公园开工", "老街留住了乡愁（城建观察）"]
    assert articles[1].paragraphs == STREET


def test_a_paragraph_ending_in_a_bracket_of_names_stays_text():
    # brackets closing a text are no column's tag: the authors close the brief above
    articles = _articles("城东公园开工", *typeset_body(PARKS[:1]), *typeset(_LAST + "（王明）"),
                         "老街改造完工", *typeset_body(STREET))
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街改造完工"]
    assert articles[0].paragraphs == [PARKS[0], _LAST] and [b.name for b in articles[0].bylines] == ["王明"]


#: a body whose first line (indented: two cells short of the column) ends on a clause mark
_OLD = ["老街改造工程已完工，一千多户居民告别了多年的积水困扰，老街改造还保留了传统街巷风貌。",
        "据了解，改造后的街区新增停车位两百个，居民出行更加便利。"]


def test_an_indented_line_under_a_tagged_line_opens_the_body_of_its_headline():
    # kicker (a clause, unfinished) and a title closed by its column's tag, as wide as the column,
    # then the body's indented first line: the tag closed the title, no sentence runs on
    articles = _articles("城东公园开工", "本报记者 周明", *typeset_body(PARKS),
                         "江城老街改造，千户居民受益", "老街焕新颜（城建观察）", *typeset_body(_OLD),
                         "轮渡新增两条航线", "本报记者 林涛", *typeset_body(FERRY))
    assert [a.headline.title for a in articles] == ["城东公园开工", "老街焕新颜（城建观察）", "轮渡新增两条航线"]
    assert articles[0].paragraphs == PARKS
    assert articles[1].headline.kicker == "江城老街改造，千户居民受益" and articles[1].paragraphs == _OLD


def test_a_short_line_under_a_tagged_line_is_no_sentence_going_on():
    # a lead-in, a title wrapped in the column's width (both lines full) and closed by its
    # column's tag, then a column's label: no line of a paragraph the title would have run on in
    articles = _articles("城东公园开工", "本报记者 周明", *typeset_body(PARKS),
                         "江城轮渡公司的老船长王大海——", "“江上往返三十年，从不误", "一班船”（讲述·追梦人）", "一线见闻",
                         *typeset_body(FERRY), "老街改造完工", "本报记者 林涛", *typeset_body(_OLD))
    assert [a.headline.title for a in articles] == ["城东公园开工", "“江上往返三十年，从不误一班船”（讲述·追梦人）",
                                                    "老街改造完工"]
    assert articles[0].paragraphs == PARKS and articles[1].paragraphs == FERRY
