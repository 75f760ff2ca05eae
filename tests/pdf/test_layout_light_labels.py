"""A column logo printed light, reversed out of a dark panel, is no author's
name (layout/segment.py, ``name_lines``). A framed vertical headline at the
right end of its text; right of it, a column logo of four glyphs over the
next article's headline. Four glyphs alone may be a name's shape, but a
byline is never reversed out of a panel: the vertical headline's article
has no byline. Pages built by feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, find, parse  # noqa: E402
from feature_pages import GAP, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


def test_a_column_logo_beside_a_vertical_headline_is_no_byline(tmp_path):
    pg = FeaturePage()
    pg.header(3, "评论")
    first = pg.flow(column_x(0), TOP + 10, list(TEXTS["river"]), 2)
    x_title = first.columns[-1][2] + GAP
    bottom = pg.vertical(x_title + 8, TOP + 10, "江城治水见成效", 17, pitch=19)
    pg.frame(x_title + 2, TOP + 4, x_title + 31, bottom + 4)
    x_next = x_title + 52
    pg.panel(x_next, TOP + 7, x_next + 62, TOP + 25)  # a column logo a little larger than the text
    pg.line(x_next + 6, TOP + 9, "实践探索", 12.35, "hei", white=True)
    y = pg.headline(x_next, span_right(3, 2), TOP + 36, "家庭医生进社区", 20, align="left")
    pg.flow(x_next, y, list(TEXTS["health"]), 2)
    page = parse(pg, tmp_path)
    art = find(page, "江城治水见成效")
    assert art.bylines == [], f"bylines {art.bylines}"
    assert find(page, "家庭医生进社区").paragraphs == list(TEXTS["health"])
