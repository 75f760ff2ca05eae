"""A headline of two short lines set solid (the line pitch under the 黑体
glyph boxes' height, so each box reaches into the next) is one headline, not
two lines of names: a line right under another of its size is a headline's
line whatever its boxes do (PDF mode; invented page drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, TEXTS, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_titles, find, parse, story  # noqa: E402
from banmian.sources.pdf import read_pdf  # noqa: E402

_LINES = ("山水相依", "邻里和睦")
_BODY = ["春节前后，村里的老人们张罗着写春联、剪窗花，年轻人也放下手机加入进来，小院里热闹非凡。",
         "村委会把这些老手艺编进了村规民约，每逢节日都组织比赛，谁家的窗花剪得好，大家就上门去学。",
         "几年下来，邻里之间走动多了，矛盾少了，村里的事情也越来越好商量。"]


def test_two_short_title_lines_set_solid_are_one_headline(tmp_path):
    """Left, a plain article over two columns; then an article with a
    vertical headline beside its column of text; right, in the fifth column,
    a headline of two four-character lines in 黑体 a little larger than the
    body, pitched at 1.05 times their size, over a column of text. The two
    lines make one headline over that text (not two names, as a line of names
    beside a vertical headline may be)."""
    pg = FeaturePage()
    pg.header(11, "文化")
    story(pg, "culture", "文艺巡演进乡村", 0, 2, TOP + 10)
    x = column_x(2)
    pg.vertical(x, TOP + 14, "让乡村产业活起来", 22, pitch=25)
    pg.flow(x + 36, TOP + 14, TEXTS["digital"], 1, chars=12)
    x, size = column_x(4), 1.22 * BODY
    pg.line(x, TOP + 14, _LINES[0], size, "hei")
    pg.line(x, TOP + 14 + 1.05 * size, _LINES[1], size, "hei")
    pg.flow(x, TOP + 14 + 3 * size, _BODY, 1)
    path = pg.save(tmp_path / "solid.pdf")
    heads = sorted((ln for ln in next(read_pdf(str(path))).lines if ln.text in _LINES), key=lambda ln: ln.y0)
    assert heads[0].y1 > heads[1].y0, "the page must set the two lines' boxes overlapping"
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "让乡村产业活起来", " ".join(_LINES)])
    assert find(page, " ".join(_LINES)).paragraphs == _BODY
