"""A boxed subheading opening the columns an L-shaped article runs on into
under its neighbour's closing rule: framed as the article's other
subheadings are, in their size and face, it is one of them, not the headline
of a new article (issue 9). Pages built the way test_layout_neighbours.py
builds them (feature_pages.py); all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, Sub, column_x  # noqa: E402
from feature_checks import check_body, find  # noqa: E402
from test_layout_neighbours import _left_article_beside_a_closed_neighbour, _parsed_under_the_rule  # noqa: E402


def test_a_boxed_subheading_opening_the_columns_under_a_neighbours_closing_rule(tmp_path):
    """Article A's first columns at the left hold a boxed subheading; its text
    runs on under neighbour B's closing rule, opening there with another
    boxed subheading set alike: both are A's subheadings, the text under the
    second A's too."""
    first, second = Sub(["管网改造提速"], size=11.5, boxed=True), Sub(["家庭医生上门"], size=11.5, boxed=True)
    left_part = [*TEXTS["water"], first, *TEXTS["school"]]
    pg, left, rule_y = _left_article_beside_a_closed_neighbour(left_part)
    right_part = TEXTS["health"]
    under = pg.flow(column_x(2), rule_y + 12, [second, *right_part], 3)
    page = _parsed_under_the_rule(pg, left, under, rule_y, tmp_path)
    check_body(find(page, "农村供水保障工程惠及全县"),
               [*TEXTS["water"], "管网改造提速", *TEXTS["school"], "家庭医生上门", *right_part])



def test_a_boxed_subheading_opening_the_last_column_under_a_neighbours_rule(tmp_path):
    """As above, but A's text under the rule runs in columns 2-3 and column 4
    opens with the boxed subheading, level with them: its frame, of its own
    height, is no wall in its column; the text under it is A's too."""
    first, second = Sub(["管网改造提速"], size=11.5, boxed=True), Sub(["家庭医生上门"], size=11.5, boxed=True)
    left_part = [*TEXTS["water"], first, *TEXTS["school"]]
    pg, left, rule_y = _left_article_beside_a_closed_neighbour(left_part)
    middle = pg.flow(column_x(2), rule_y + 12, TEXTS["health"], 2)
    last = pg.flow(column_x(4), rule_y + 12, [second, *TEXTS["river"]], 1)
    under = middle if middle.bottom > last.bottom else last
    page = _parsed_under_the_rule(pg, left, under, rule_y, tmp_path)
    check_body(find(page, "农村供水保障工程惠及全县"),
               [*TEXTS["water"], "管网改造提速", *TEXTS["school"], *TEXTS["health"], "家庭医生上门", *TEXTS["river"]])
