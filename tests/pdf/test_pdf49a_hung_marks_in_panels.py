"""A column of news briefs in a tinted panel, on a page set with hanging
punctuation: a line's closing comma stands past the column's edge and its box
a few points past the panel's. The item is still the panel's, under the
column's label, not the text of the article level with it on the left (PDF
mode; invented page drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import BODY, CHARS, LEAD, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_titles, find, parse, story  # noqa: E402

# an item's lines as set: the first indented two characters, the second full with its comma hung past the edge
_LINES = ["入冬以来，河湾镇组织志愿者", "走村入户为独居老人检修电路水管", "，", "更换老旧电器，帮他们温暖过冬。"]
_TITLE, _AUTHORS = "志愿服务暖人心", "（唐宁 陆青）"
_NEXT = ("古镇灯会迎客来", "元宵前后，江畔古镇连办七天灯会，百余组彩灯沿河排开，吸引周边游客纷至沓来。", "（钱芳）")


def test_an_item_with_a_hung_comma_stays_in_its_panel(tmp_path):
    """Left, a plain article over three columns, its headline atop the page;
    right, a light panel round one column: a label (快讯) over two briefs,
    each a bold 黑体 title over its text and its authors set right. The first
    item's second line hangs its comma past the column's right edge, its box
    past the panel's. Both items are articles of their own."""
    pg = FeaturePage()
    pg.header(8, "经济")
    story(pg, "culture", "文艺巡演进乡村", 0, 3, TOP + 10)
    x = column_x(3)
    right = span_right(3, 1)
    pg.panel(x - 6, TOP + 4, right + 3, TOP + 330, gray=0.92)
    pg.centered(x, right, TOP + 10, "快讯", 14)
    y = TOP + 40
    pg.line(x, y, _TITLE, 10.5, "hei", bold=True)
    y += LEAD + 4
    pg.line(x + 2 * BODY, y, _LINES[0])
    y += LEAD
    pg.line(x, y, _LINES[1])
    pg.line(x + CHARS * BODY, y, _LINES[2])  # the hung comma
    y += LEAD
    pg.line(x, y, _LINES[3])
    y += LEAD
    pg.right(right, y, _AUTHORS)
    y += LEAD + 14
    pg.line(x, y, _NEXT[0], 10.5, "hei", bold=True)
    y = pg.flow(x, y + LEAD + 4, [_NEXT[1] + _NEXT[2]], 1).bottom
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE, _NEXT[0]])
    item = find(page, _TITLE)
    assert item.paragraphs == ["".join(_LINES)], item.paragraphs
    assert item.bylines == [Byline(None, "唐宁"), Byline(None, "陆青")], item.bylines
