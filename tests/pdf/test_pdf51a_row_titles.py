"""A headline set at the body's size, in 黑体, told by what stands under it:
centred over a row of columns whose tops stand level right under it, or right
over a reporters' line with its role over the text. A subheading stands in
one column with that column's text over it, and never over a reporter
(PDF mode; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story, titles  # noqa: E402

_TITLE = "山村小学的新课桌"
_BODY = ["开学第一天，山村小学的孩子们走进教室，发现旧课桌全换成了新的，桌角还贴着每个人的名字。",
         "校长说，新课桌是县里统一配送的，今年全县六十多所村小都换了一遍，孩子们读书写字更舒服了。",
         "不少家长也专程来看，有人拍下照片发给在外打工的亲人，说孩子的学习条件一年比一年好。"]


def _row_page() -> FeaturePage:
    """A wide article over the top row; under a rule, a headline at 1.04 times
    the body in 黑体 centred over the first two columns, its text in those two
    columns right under it; another article over the last three columns."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    pg.centered(column_x(0), span_right(0, 2), top, _TITLE, 1.04 * BODY, "hei")
    pg.flow(column_x(0), top + 1.8 * BODY, _BODY + TEXTS["school"][:2], 2)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    return pg


def test_a_headline_at_body_size_centred_over_a_row_heads_it(tmp_path):
    page = parse(_row_page(), tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE, "数字车间里的新工人"])
    check_body(find(page, _TITLE), _BODY + TEXTS["school"][:2])


def _reporter_page(reporters: str) -> FeaturePage:
    """Under a rule, a headline at 1.04 times the body in 黑体 flush left at the
    top of the first column, ``reporters`` under it in the text's face and the
    piece's text under that in the one column; beside it another article whose
    headline stands higher, its columns level with the piece's text."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x = column_x(0)
    pg.line(x, top, _TITLE, 1.04 * BODY, "hei")
    pg.line(x, top + 1.6 * BODY, reporters, BODY, "body")
    pg.flow(x, top + 1.6 * BODY + LEAD, _BODY, 1)
    story(pg, "digital", "数字车间里的新工人", 1, 4, top, align="left")
    return pg


def test_a_headline_at_body_size_over_a_reporters_line_heads_its_column(tmp_path):
    """The role and the name run together (本报记者郑明), in the text's face."""
    page = parse(_reporter_page("本报记者郑明"), tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE, "数字车间里的新工人"])
    piece = find(page, _TITLE)
    check_body(piece, _BODY)
    assert piece.bylines == [Byline("本报记者", "郑明")], piece.bylines


def test_a_subtitle_may_stand_between_the_headline_and_its_reporters(tmp_path):
    """Headline, a subtitle opening with a dash, then the reporters' line (a
    mark, the roles and names run together) over the text: all one head."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x = column_x(0)
    pg.line(x, top, _TITLE, 1.04 * BODY, "hei")
    pg.line(x, top + 1.6 * BODY, "——县里为村小配送课桌", BODY, "body")
    pg.line(x, top + 1.6 * BODY + LEAD, "■记者郑明通讯员刘安", BODY, "hei")
    pg.flow(x, top + 1.6 * BODY + 2 * LEAD, _BODY, 1)
    story(pg, "digital", "数字车间里的新工人", 1, 4, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE, "数字车间里的新工人"])
    piece = find(page, _TITLE)
    assert piece.headline.subtitle == "——县里为村小配送课桌", piece.headline
    check_body(piece, _BODY)
    assert piece.bylines == [Byline("记者", "郑明"), Byline("通讯员", "刘安")], piece.bylines


def test_a_reporters_line_centred_between_the_headline_and_its_row(tmp_path):
    """The reporters' names centred in the text's face between the headline
    and the row (read as one line, as long as a column's first words): the
    row's tops are the level under it. White space only parts the piece
    from the article over it (no rule)."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10) + 2 * LEAD
    x0, x1 = column_x(0), span_right(0, 2)
    pg.centered(x0, x1, top, _TITLE, 1.04 * BODY, "hei")
    mid = (x0 + x1) / 2  # (two names, each its own span, as a reporters' line is often set)
    pg.line(mid - 3.5 * BODY, top + 1.8 * BODY, "郑明远", BODY, "body")
    pg.line(mid + 0.5 * BODY, top + 1.8 * BODY, "刘安东", BODY, "body")
    pg.flow(x0, top + 1.8 * BODY + 1.4 * LEAD, _BODY + TEXTS["school"][:2], 2)
    story(pg, "digital", "数字车间里的新工人", 2, 3, top, align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE, "数字车间里的新工人"])
    piece = find(page, _TITLE)
    check_body(piece, _BODY + TEXTS["school"][:2])
    assert [b.name for b in piece.bylines] == ["郑明远", "刘安东"], piece.bylines


def test_the_tail_of_a_headline_set_solid_heads_no_row_of_its_own(tmp_path):
    """A kicker ending on its dash over a headline of three short lines set
    solid (each line's box reaching into the next) a little over the body's
    size, centred over two columns (nothing on their right): its lower lines
    are no headline of their own, though they stand centred over the row with
    no line clear over them."""
    pg = FeaturePage()
    pg.header(7, "综合新闻")
    foot = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 10)
    top = below(pg, foot)
    x0, x1 = column_x(0), span_right(0, 2)
    size = 1.09 * BODY
    pg.centered(x0, x1, top, "县教育局局长——", BODY, "body")
    for k, part in enumerate(["让山村", "孩子坐上", "新课桌"]):
        pg.centered(x0, x1, top + 1.7 * BODY + k * 1.12 * size, part, size, "hei")
    pg.flow(x0, top + 1.7 * BODY + 3 * 1.12 * size + 0.8 * BODY, _BODY, 2)
    page = parse(pg, tmp_path)
    assert not [t for t in titles(page) if t and t.startswith(("孩子", "新课桌"))], titles(page)
