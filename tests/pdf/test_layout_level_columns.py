"""A column between two articles goes to the one whose columns it starts level with
(layout/level_columns.py, session 38).

An article's columns in a row start at one height. The column standing
between a narrow headline's article and the next article (under neither
headline) starts level with the left article's first column, not with the
right article's columns: it is the left article's second column, whichever
headline it would centre. And a column set after a vertical headline's
text, level with the columns of the next article on its right (its headline
over them, a byline under it), is that article's first column.
Pages built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


def test_a_column_level_with_the_narrow_headline_article_on_its_left_is_that_articles(tmp_path):
    pg = FeaturePage()
    pg.header(4, "视点")
    top = TOP + 4
    y_left = pg.headline(column_x(0), span_right(0, 1), top, "城乡供水一体化", 18.0)
    left = TEXTS["water"][:2]
    pg.flow(column_x(0), y_left, [left[0]], 1)
    pg.flow(column_x(1), y_left, [left[1]], 1)  # the second column, level with the first
    # the right article: a headline flush left over two of its three columns, a byline under it;
    # its third column starts beside the headline, the other two under the byline
    y_right = pg.headline(column_x(2), span_right(2, 2), top, "南岭新校开学迎新生", 20.0, align="left")
    y_right = pg.byline_line(column_x(2), span_right(2, 2), y_right, "本报记者 林晓阳", align="left")
    assert y_right - y_left > 1.5 * BODY
    right = TEXTS["school"]
    pg.flow(column_x(2), y_right, right, 3, tops=[y_right, y_right, top])
    page = parse(pg, tmp_path)
    check_titles(page, ["城乡供水一体化", "南岭新校开学迎新生"])
    check_body(find(page, "城乡供水一体化"), left)


def test_a_column_after_a_vertical_headlines_text_level_with_the_next_articles_columns_is_that_articles(tmp_path):
    pg = FeaturePage()
    pg.header(4, "视点")
    top = TOP + 4
    # the left article: a vertical headline, its text in two columns from the row's top
    pg.vertical(column_x(0, chars=9), top, "把心贴近群众", 22.0)
    left = TEXTS["theory"]
    x_left = column_x(0, chars=9) + 3 * BODY
    pg.flow(x_left, top, left, 2, chars=9)
    # the right article: its headline flush left over its last two columns, a byline under it; its text
    # runs through three, the first set left of the headline, level with the others under the byline
    x_right = x_left + 2 * (9 * BODY + 12.0)
    y_right = pg.headline(x_right + 9 * BODY + 12.0, x_right + 3 * (9 * BODY) + 24.0, top, "古城新春", 20.0,
                          align="left")
    y_right = pg.byline_line(x_right + 9 * BODY + 12.0, x_right + 3 * (9 * BODY) + 24.0, y_right,
                             "■ 记者 周敏 陈立", align="left")
    assert y_right - top > 1.5 * BODY
    right = TEXTS["culture"]
    pg.flow(x_right, y_right, right, 3, chars=9)
    page = parse(pg, tmp_path)
    check_titles(page, ["把心贴近群众", "古城新春"])
    check_body(find(page, "把心贴近群众"), left)
    check_body(find(page, "古城新春"), right)
