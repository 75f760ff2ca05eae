"""A closing credit wrapped in a narrow column: （林海波 周明 on one line,
its tail 远） set flush right on the next. The two lines read as two
paragraphs and stayed in the text, the names lost (issue 9, points 6 and 7).
A brief's credit (the column read as one untitled piece before) and an
article's (read right before too: a guard). PDF mode, invented page."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import BODY, LEFT, FeaturePage, TEXTS  # noqa: E402
from feature_checks import TOP, find, parse, story, where  # noqa: E402

_CHARS = 8
_LEAD = BODY * 1.55
_BRIEFS = [("古镇灯会迎客来", "元宵前后，江畔古镇连办七天灯会，百余组彩灯沿河排开，吸引周边游客纷至沓来。",
            ("（林海波 周明", "远）")),
           ("山村小学添新书", "新学期开学，青禾县的二十所山村小学收到了一批新图书，孩子们的书架满了起来。",
            ("（宋川 陈雨", "桐）"))]


def _credit(pg: FeaturePage, x: float, y: float, lines: tuple[str, str]) -> float:
    """The credit's first line indented as a paragraph, its tail flush right; returns the foot."""
    pg.line(x + 2 * BODY, y, lines[0], BODY)
    pg.right(x + _CHARS * BODY, y + _LEAD, lines[1], BODY)
    return y + 2 * _LEAD


def _page(tmp_path):
    pg = FeaturePage()
    pg.header(14, "综合新闻")
    x = LEFT
    pg.frame(x, TOP + 6, x + 70, TOP + 28, 1.0)
    pg.line(x + 6, TOP + 10, "一线快讯", 14, "hei")
    y = TOP + 40
    for title, text, credit in _BRIEFS:
        pg.line(x, y, title[:_CHARS], 10.5, "hei", bold=True)
        y += _LEAD + 2
        if len(title) > _CHARS:
            pg.line(x, y, title[_CHARS:], 10.5, "hei", bold=True)
            y += _LEAD + 2
        y = pg.flow(x, y, [text], 1, chars=_CHARS, lead=_LEAD).bottom
        y = _credit(pg, x, y, credit) + 12
    story(pg, "theory", "文艺巡演进乡村", 1, 4, TOP + 6, extra=TEXTS["market"])  # (the page's body text)
    return parse(pg, tmp_path)


def test_a_briefs_wrapped_closing_credit_is_its_byline(tmp_path):
    page = _page(tmp_path)
    for title, text, (head, tail) in _BRIEFS:
        item = find(page, title)
        names = (head.strip("（") + tail.strip("）")).split()
        assert item.bylines == [Byline(None, n) for n in names], f"{item.bylines}; {where(page, names[0])}"
        assert item.paragraphs == [text]


_PIECE = ["江城今年将新建十座口袋公园，让市民出门五分钟就能走进绿地。",
          "园林部门表示，公园建设将充分听取周边居民意见，做到一园一设计。"]


def test_an_articles_wrapped_closing_credit_is_its_byline(tmp_path):
    pg = FeaturePage()
    pg.header(14, "综合新闻")
    x = LEFT
    pg.line(x, TOP + 6, "口袋公园", 16.0, "hei")
    pg.line(x, TOP + 6 + 16.0 * 1.3, "进社区", 16.0, "hei")
    y = pg.flow(x, TOP + 6 + 16.0 * 2.6 + 10, _PIECE, 1, chars=_CHARS, lead=_LEAD).bottom
    _credit(pg, x, y, ("（宋川 陈雨", "桐）"))
    story(pg, "theory", "文艺巡演进乡村", 1, 4, TOP + 6, extra=TEXTS["market"])
    page = parse(pg, tmp_path)
    art = find(page, "口袋公园进社区")
    assert art.bylines == [Byline(None, "宋川"), Byline(None, "陈雨桐")], f"{art.bylines}; {where(page, '陈雨')}"
    assert art.paragraphs == _PIECE


def test_a_wrapped_note_naming_a_page_is_no_names():
    """（相关报道 / 见第九版） wrapped at its space split into two words of four and five
    glyphs, read as two names: an editor's note is never the authors'."""
    from banmian.layout.body_units import closing_names
    assert closing_names(["今年到访的游客比去年多了三成。（相关报道", "见第九版）"]) is None
    assert closing_names(["今年到访的游客比去年多了三成。（宋川 陈雨", "桐）"]) == (
        "今年到访的游客比去年多了三成。", [Byline(None, "宋川"), Byline(None, "陈雨桐")])
