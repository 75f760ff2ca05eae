"""A byline set vertically beside a vertical headline (竖排), a glyph apart in
the white space between the headline and the next article, in the body's size,
is the headline's byline: not a line of the article beside it, nor its byline
(layout/vertical_bylines.py). Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse, text_left_of_vertical_headline  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, span_right  # noqa: E402


def test_names_beside_a_vertical_headline(tmp_path):
    pg = FeaturePage()
    size = 24.0
    body, x, _ = text_left_of_vertical_headline(pg, "古镇新韵春意浓", size)
    # the next article close by on the right, white space only between: its headline over its columns
    x0 = x + size + 6 + BODY + 2 * BODY
    y = pg.headline(x0, span_right(0, 2, x0), TOP + 4, "家庭医生签约忙", 20.0)
    pg.flow(x0, y, list(TEXTS["health"]), 2)
    # the names level with the top of that article's columns
    pg.vertical(x + size + 6, y, "本报记者林森", BODY, font="body", pitch=BODY * 1.1)
    page = parse(pg, tmp_path)
    a = find(page, "古镇新韵春意浓")
    assert [(b.role, b.name) for b in a.bylines] == [("本报记者", "林森")]
    check_body(a, body)
    other = find(page, "家庭医生签约忙")
    assert other.bylines == []
    assert not any("林森" in p for p in other.paragraphs)
