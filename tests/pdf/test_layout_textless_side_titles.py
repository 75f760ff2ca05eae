"""A vertical headline holding text on both its sides gives one side to a side
headline (边题) that heads no text, standing just beyond that side level with
its top (layout/vertical_sides.py, session 37).

A side headline stands left of its column, their tops level; the column
opens with a note that it is continued from another page, set flush right,
nearer the vertical headline than the side headline. A vertical
headline to the right of that column has a photo beside it on its own right
and its text under the photo: level with it, the only text is the side
headline's column, so ownership gives that column to the vertical headline,
and the side headline is left with nothing. Every headline heads some text
and a vertical one heads one side only: that side is the side headline's.
Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402


def test_a_side_headline_keeps_its_column_from_the_vertical_headline_beyond_it(tmp_path):
    pg = FeaturePage()
    pg.header(19, "理论")
    y = TOP + 4
    pg.line(column_x(0), y, "文创成新宠", 20.0, "hei")
    pg.line(column_x(0), y + 26, "销量节节高", 20.0, "hei")
    left = TEXTS["water"][:2]
    pg.right(span_right(1, 1), y, "（上接第11版）")  # flush right atop the column: nearer the vertical headline
    pg.flow(column_x(1), y + 16, left, 1)
    pg.vertical(column_x(3) - 40, y, "戈壁滩上的油站", 19.0)
    pg.photo(column_x(3), y, span_right(3, 2), y + 190, fill=True)
    right = TEXTS["library"][:3]
    pg.flow(column_x(3), y + 200, right, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["文创成新宠销量节节高", "戈壁滩上的油站"])
    assert find(page, "文创成新宠销量节节高").paragraphs == left
    check_body(find(page, "戈壁滩上的油站"), right)
