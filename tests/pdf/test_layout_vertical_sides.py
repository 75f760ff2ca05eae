"""A vertical headline (竖排) heads the text on one side of it only
(layout/vertical_sides.py): in a row of two 竖排 articles, each title set
at the right end of its text, the first title stands between the two
texts. Its own text, on its left, ends with its jump note; the text on its
right opens with its byline line and a paragraph and is the second article's, whose title stands at
its right end. Pages built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, GAP, LEAD, TEXTS, FeaturePage, RightLine, column_x  # noqa: E402

_STRIP = 40.0  # the width a vertical title takes, with its margins


def test_the_text_right_of_a_vertical_title_closed_on_its_left_is_the_next_vertical_titles(tmp_path):
    pg = FeaturePage()
    pg.header(4, "综合")
    first = pg.flow(column_x(0), TOP + 10, list(TEXTS["river"]) + [RightLine("（下转第2版）")], 2)
    x_title = first.columns[-1][2] + GAP
    bottom = pg.vertical(x_title + 8, TOP + 10, "江城治水见成效", 24, pitch=27)
    pg.frame(x_title + 2, TOP + 4, x_title + 38, bottom + 4)
    x_second = x_title + _STRIP
    pg.line(x_second, TOP + 10, "■ 本报记者  林小雨  周明", BODY)
    second = pg.flow(x_second, TOP + 10 + 2 * LEAD, list(TEXTS["health"]), 2)
    x_last = second.columns[-1][2] + GAP
    bottom = pg.vertical(x_last + 8, TOP + 10, "家庭医生进社区", 24, pitch=27)
    pg.frame(x_last + 2, TOP + 4, x_last + 38, bottom + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["江城治水见成效", "家庭医生进社区"])
    river = find(page, "江城治水见成效").paragraphs
    assert river[0] == TEXTS["river"][0] and not any(TEXTS["health"][0][:10] in p for p in river), river
    health = find(page, "家庭医生进社区").paragraphs
    assert health == TEXTS["health"], health
    assert [b.name for b in find(page, "家庭医生进社区").bylines] == ["林小雨", "周明"]
