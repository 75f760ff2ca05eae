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
