"""Text mode on 理论-style pages as PyMuPDF's blocks give them: every article
signed with its author's name alone, each headline and name drawn after the
body, an article holding several subheadings."""

from __future__ import annotations

import banmian
from banmian.layout.text_bylines import unsigned_headlines_on_signed_pages
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline, Role
from tests.test_line_stream import FERRY, PARKS, STREET
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body

#: one long article's parts, each under a subheading of its own
RIVER = ["江城治理内河已有五年，河道清淤、截污纳管、两岸绿化三项工程先后完工，内河水质明显好转。",
         "沿河居民说，过去夏天不敢开窗，如今傍晚都愿意到河边走一走。"]
BRIDGE = ["内河治理中新建的三座步行桥把两岸的公园连成一片，市民步行就能绕河一周。",
          "桥梁设计沿用了江城传统的石拱样式，与老城风貌协调。"]
FUTURE = ["下一步，江城将把内河治理经验推广到全市十二条支流，力争三年内全部达标。",
          "市水务局表示，治理资金已列入今年预算，工程将分批开工。"]


def test_many_subheadings_in_a_signed_article_head_no_articles():
    # two subheadings in the first article: too many unsigned groups to call the page signed
    # throughout; each subheading stands inside a text that goes on (no closing note over
    # it, no dateline under it) and names the article's theme, found over it too
    text = _blocks(_body(RIVER), ["内河两岸连成一片"], _body(BRIDGE), ["内河治理向支流推广"], _body(FUTURE),
                   ["（作者为江城市水务局局长）"], ["让内河重现碧水清波"], ["周明华"],
                   _body(PARKS), ["（作者单位：江城园林研究所）"], ["江城新建三座公园"], ["林 涛"],
                   _body(FERRY), ["（作者为江城轮渡公司经理）"], ["轮渡新增两条航线"], ["王 平"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["让内河重现碧水清波", "江城新建三座公园", "轮渡新增两条航线"]
    river = page.articles[0]
    assert river.paragraphs[0] == RIVER[0] and river.paragraphs[-1] == "（作者为江城市水务局局长）"
    assert {"内河两岸连成一片", "内河治理向支流推广"} <= set(river.paragraphs)


def test_an_unsigned_headline_under_a_closed_article_still_heads_its_own():
    # three unsigned groups beside three signed headlines: the subheadings stand inside a text
    # that goes on; the text over the third ended its article with the authors' note, so that one
    # is the headline of a short report drawn before its body
    text = _blocks(["让内河重现碧水清波"], ["周明华"], _body(RIVER), ["内河两岸连成一片"], _body(BRIDGE),
                   ["内河治理向支流推广"], _body(FUTURE), ["（作者为江城市水务局局长）"], ["城南老街改造完工"],
                   _body(STREET),
                   ["江城新建三座公园"], ["林 涛"], _body(PARKS), ["（作者单位：江城园林研究所）"],
                   ["轮渡新增两条航线"], ["王 平"], _body(FERRY), ["（作者为江城轮渡公司经理）"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    titles = [a.headline.title for a in page.articles]
    assert "城南老街改造完工" in titles and "内河两岸连成一片" not in titles and "内河治理向支流推广" not in titles


def test_only_plain_phrases_echoing_the_text_over_them_are_subheadings():
    # the page's units as the stage gets them: three signed headlines (a name alone under each)
    # and three unsigned groups between bodies, none under a closing note; the one whose words
    # the text over it never says names another article (a subheading names its own article's
    # theme, said all through it)
    def unit(role: Role, *lines: str) -> Unit:
        return Unit(Block(list(lines), role), bylines=[Byline(None, lines[0])] if role == Role.BYLINE else [])

    units = [unit(Role.TITLE, "让内河重现碧水清波"), unit(Role.BYLINE, "周明华"), unit(Role.BODY, *RIVER),
             unit(Role.TITLE, "内河两岸连成一片"), unit(Role.BODY, *BRIDGE), unit(Role.TITLE, "内河治理向支流推广"),
             unit(Role.BODY, *FUTURE), unit(Role.TITLE, "城南老街改造完工"), unit(Role.BODY, *STREET),
             unit(Role.TITLE, "江城新建三座公园"), unit(Role.BYLINE, "林涛"), unit(Role.BODY, *PARKS),
             unit(Role.TITLE, "轮渡新增两条航线"), unit(Role.BYLINE, "王平"), unit(Role.BODY, *FERRY)]
    unsigned_headlines_on_signed_pages(units)
    assert [u.block.role for u in units if u.block.role in (Role.TITLE, Role.SUBHEADING)] == [
        Role.TITLE, Role.SUBHEADING, Role.SUBHEADING, Role.TITLE, Role.TITLE, Role.TITLE]
    # nor is a group with a clause mark (a column line read as a headline), a —— subtitle or a
    # name alone (an author's, over a headline)
    for odd in ("内河两岸，连成一片", "——内河两岸连成一片", "周明华"):
        units[3] = unit(Role.TITLE, odd)
        unsigned_headlines_on_signed_pages(units)
        assert units[3].block.role == Role.TITLE


def test_a_column_block_with_one_line_run_into_the_next_is_body():
    # the extractor ran two printed lines of the column into one (……便利。市民说……): one line
    # twice as wide as the rest, inside the block; the block says sentences before its end, as
    # no headline does
    lines = _body(RIVER + BRIDGE)
    joined = lines[:5] + [lines[5] + lines[6]] + lines[7:]
    text = _blocks(["让内河重现碧水清波"], ["周明华"], _body(PARKS), joined, ["江城新建三座公园"], ["林 涛"],
                   _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["让内河重现碧水清波", "江城新建三座公园"]
    assert "".join(page.articles[0].paragraphs).endswith("".join(joined))
