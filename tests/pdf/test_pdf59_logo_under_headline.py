"""A column logo (一线调查) set under a headline, over the first of the
columns the headline is centred over: the column under the logo is that
headline's text, not the article's on the left whose side headline stands
level with it across two columns (issue 9, point 2). PDF mode, invented page."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, find, parse  # noqa: E402


def test_a_logo_under_a_headline_heads_no_text_of_its_own(tmp_path):
    pg = FeaturePage()
    pg.header(15, "要闻")
    y = TOP
    for part in ("城际铁路", "下月开通"):  # a side headline over column 0, its text in columns 1 and 2
        pg.line(column_x(0), y, part, 18.0, "hei")
        y += 24
    left = TEXTS["rail"][:2]
    pg.flow(column_x(1), TOP, left, 2)
    x0, x1 = column_x(3), span_right(3, 2)
    pg.headline(x0 + 60, x1, TOP - 4, "平常心看待得失", 18.0)
    pg.column_logo(x0, TOP + 26, "一线调查")
    right = TEXTS["health"][:3]
    pg.flow(x0, TOP + 56, right, 2, tops=[TOP + 56, TOP + 26])
    page = parse(pg, tmp_path)
    check_body(find(page, "城际铁路下月开通"), left)
    check_body(find(page, "平常心看待得失"), right)
