"""A byline stacked under a vertical headline (竖排) in the body's size, in
the headline's strip, is the headline's byline: no body text is set
vertically there, so it is neither the end of the text nor a heading of its
own (layout/vertical_bylines.py, session 38). Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import (TOP, check_body, check_titles, find, parse, story,  # noqa: E402
                            text_left_of_vertical_headline)
from feature_pages import BODY, FeaturePage  # noqa: E402


@pytest.mark.parametrize(("stacked", "expected"), [("林 森", [(None, "林森")]),
                                                   ("通讯员 梁晓东", [("通讯员", "梁晓东")])])
def test_names_stacked_under_a_vertical_headline(tmp_path, stacked, expected):
    pg = FeaturePage()
    size = 24.0
    body, x, foot = text_left_of_vertical_headline(pg, "古镇新韵", size)
    pg.vertical(x + (size - BODY) / 2, foot + size * 0.7, stacked, BODY, font="body", pitch=BODY * 1.1)
    pg.vrule(x + size + 10, TOP + 4, TOP + 300)
    story(pg, "health", "家庭医生签约忙", 3, 2, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["古镇新韵", "家庭医生签约忙"])
    a = find(page, "古镇新韵")
    assert [(b.role, b.name) for b in a.bylines] == expected
    check_body(a, body)
