"""Text mode: a headline drawn after the body before it, its first two tiers
(a kicker and its title's first phrase, each a phrase with no mark) read as the
last lines of that body: they open the headline under them."""

from __future__ import annotations

import banmian
from banmian.layout.opening_titles import headlines_read_as_body
from banmian.layout.text_units import Unit
from banmian.model import Block, Role
from tests.test_line_stream import FERRY, PARKS
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def test_two_phrases_after_a_text_s_end_open_the_headline_under_them():
    # PyMuPDF's blocks: the headline's first two lines in the block of the body before it
    text = _blocks(["江城新建三座公园"], ["本报记者 张三"], [*_body(PARKS), "江城多次迎来客流高峰", "轮渡新开两条航线"],
                   ["往返江心岛"], ["本报记者 李四"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    parks, ferry = page.articles
    assert parks.paragraphs[-1] == PARKS[-1]
    assert ferry.headline.kicker == "江城多次迎来客流高峰" and ferry.paragraphs[0] == FERRY[0]


def test_only_bare_phrases_after_a_sentence_s_end_go_to_the_headline():
    def units(*tail: str) -> list[Unit]:
        return [Unit(Block(["江城新建三座公园"], Role.TITLE)), Unit(Block([*_body(PARKS), *tail], Role.BODY)),
                Unit(Block(["往返江心岛"], Role.TITLE)), Unit(Block(_body(FERRY), Role.BODY))]

    page = units("江城多次迎来客流高峰", "轮渡新开两条航线")
    headlines_read_as_body(page)
    assert page[2].block.lines == ["江城多次迎来客流高峰", "轮渡新开两条航线", "往返江心岛"]
    page = units("江城多次迎来客流高峰，", "轮渡新开两条航线")  # a clause: the paragraph's last words
    headlines_read_as_body(page)
    assert page[2].block.lines == ["往返江心岛"]
