"""An article's text on its page ends at its jump note (layout/jump_ends.py, session 37).

The article on the left closes its second column with （下转第2版）: its text
goes on on another page, not in the column after it. That column opens a
paragraph at the row's top, just left of the next article's headline set
level with it over the columns further right (a headline narrower than its
article): it is that article's first column. Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, RightLine, column_x, span_right  # noqa: E402


def test_the_column_after_a_jump_note_opens_the_article_whose_headline_stands_level_on_its_right(tmp_path):
    pg = FeaturePage()
    pg.header(4, "社会")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "县城书屋办进村", 20.0)
    left = TEXTS["library"][:2]
    pg.flow(column_x(0), y, [*left, RightLine("（下转第2版）")], 2)
    first = TEXTS["water"][0]
    pg.flow(column_x(2), TOP + 4, [first], 1)
    y_right = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "老旧小区焕新颜", 20.0, align="left")
    rest = TEXTS["market"][:2]
    pg.flow(column_x(3), y_right, rest, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["县城书屋办进村", "老旧小区焕新颜"])
    check_body(find(page, "县城书屋办进村"), left)
    check_body(find(page, "老旧小区焕新颜"), [first, *rest])
