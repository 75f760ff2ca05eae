"""A rule across the page under the whole of a headline far over it closes
that article: the first column of the row under the rule, left of where the
row's headline (centred over more columns than its text fills) begins,
belongs to that headline, not to the article over the rule, however much
white space stands between that article's foot and the rule
(layout/rule_rows.py, session 38). Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402
from feature_pages import LEFT, RIGHT, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


@pytest.mark.parametrize("white", [40.0, 90.0])
def test_a_row_under_a_page_wide_rule_opens_left_of_its_headline(tmp_path, white):
    pg = FeaturePage()
    pg.header(2, "要闻")
    bottom = story(pg, "rail", "城际铁路全线铺轨", 0, 2, TOP + 4)
    right = story(pg, "school", "三所新校投入使用", 3, 2, TOP + 4)
    pg.vrule(column_x(2) + 60, TOP + 4, max(bottom, right))
    y = max(bottom, right) + white
    pg.rule(LEFT, y, RIGHT, 0.6)
    foot = list(TEXTS["river"][:3])
    top = pg.headline(LEFT, span_right(0, 6), y + 12, "清溪河水清岸绿", 21.0)
    pg.flow(LEFT, top, foot, 3)
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路全线铺轨", "三所新校投入使用", "清溪河水清岸绿"])
    check_body(find(page, "城际铁路全线铺轨"), TEXTS["rail"])
    check_body(find(page, "清溪河水清岸绿"), foot)
