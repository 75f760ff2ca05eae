"""A side headline set at the body's size: a short run in 黑体 in a narrow
box left of its columns, the reporters' line under it and white space under
that, the text's columns opening level with its top on the right. It heads
those columns, though no larger than their text; and a reporters' line set in
the headline's own face under it is its byline, not a line of the headline
(PDF mode; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402

_TITLE = "老街巷里的新年味"
_BODY = ["腊月一过，老城区的街巷就热闹起来，写春联的、卖年画的、炸丸子的摊位一家挨着一家。",
         "在这里住了几十年的老居民说，年味没有淡，只是换了个样子，年轻人带着孩子回来逛街，拍照发给远方的亲友。",
         "街道办今年还在巷口搭起了戏台，每天傍晚都有地方戏演出，台下坐满了街坊邻居。"]


def _page(byline: str, byline_font: str) -> FeaturePage:
    """A wide article over the top row; under a rule, a side headline at 1.05
    times the body in 黑体 in the first column, ``byline`` under it, and the
    piece's text over the next three columns, level with the headline's top."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x = column_x(0)
    pg.line(x, top, _TITLE, 1.05 * BODY, "hei")
    pg.line(x, top + 1.6 * BODY, byline, BODY, byline_font)
    pg.flow(column_x(1), top, _BODY + TEXTS["digital"], 3)
    return pg


def test_a_side_headline_at_body_size_heads_the_columns_beside_it(tmp_path):
    page = parse(_page("本报记者 郑明", "body"), tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE])
    piece = find(page, _TITLE)
    check_body(piece, _BODY + TEXTS["digital"])
    assert piece.bylines == [Byline("本报记者", "郑明")], piece.bylines


def test_a_reporters_line_in_the_headlines_face_is_its_byline(tmp_path):
    """The reporters' line, role and name run together, set in the
    headline's 黑体 at the body's size: a byline, not the headline's tail."""
    page = parse(_page("本报记者郑明", "hei"), tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE])
    assert find(page, _TITLE).bylines == [Byline("本报记者", "郑明")]


def test_a_headline_at_body_size_over_a_row_heads_it(tmp_path):
    """Under a rule, a headline at 1.02 times the body in 黑体, flush left over
    a row of three columns whose tops stand level just under it: it heads
    them. (A subheading at a column's top stands level with the next
    column's top, not over it.)"""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    pg.line(column_x(0), top, _TITLE, 1.02 * BODY, "hei")
    pg.flow(column_x(0), top + 1.7 * BODY, _BODY + TEXTS["digital"], 3)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE])
    check_body(find(page, _TITLE), _BODY + TEXTS["digital"])
