"""A photo whose top is level with a row's top opens that row
(layout/photo_rows.py). Article A's columns end a few lines over the photo,
white space and no rule between; under them a new row opens level with the
photo's top: article B's side headline and its text on the photo's left.
The photo and its caption are B's, not A's. Pages built by feature_pages.py,
all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, below, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402

_CAPTION = "图为社区工作人员走访独居老人。"
_CREDIT = "韩硕摄"


def test_a_photo_level_with_a_rows_top_under_the_foot_of_the_row_above(tmp_path):
    pg = FeaturePage()
    pg.header(6, "经济")
    y = pg.headline(column_x(0), span_right(0, 3), TOP + 4, "老街焕发新活力", 20)
    a = pg.flow(column_x(0), y, list(TEXTS["market"]), 3).bottom
    story(pg, "rail", "城际铁路铺轨", 3, 2, TOP + 4)
    top = a + 2.5 * LEAD  # white space, no rule: a new row
    pg.headline(column_x(0), span_right(0, 1), top, ["社区服务", "暖人心"], 20, align="left")
    b = pg.flow(column_x(1), top, list(TEXTS["health"][:2]), 1).bottom
    x2 = column_x(2)
    pg.photo(x2, top + 2, x2 + 15 * BODY, top + 90)
    pg.line(x2, top + 94, _CAPTION + " " + _CREDIT, 8.5)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(b, top + 110)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["老街焕发新活力", "城际铁路铺轨", "社区服务暖人心", "万亩晚稻喜获丰收"])
    assert [c.text for c in find(page, "社区服务暖人心").captions] == [_CAPTION]
    assert find(page, "老街焕发新活力").captions == []
