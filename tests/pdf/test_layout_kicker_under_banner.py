"""A name-like line right over a title, under a banner, is the title's kicker
(layout/segment.attach_bylines, session 38).

Four glyphs opening with a surname (高腔川剧) in a plain face read like an
author's name, and a name under a heading is its byline; but the line stands
right over a title, nearer to it than to the banner over both: a byline
stands under its headline, never over it, so the line tops the title it hugs
(its kicker) and no text is lost with a banner's byline. Page built by
feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse  # noqa: E402
from feature_pages import LEFT, RIGHT, TEXTS, FeaturePage, column_x  # noqa: E402


def test_a_name_like_line_over_a_title_under_a_banner_is_its_kicker(tmp_path):
    pg = FeaturePage()
    pg.header(5, "文化")
    top = TOP + 10
    pg.panel(LEFT, top, RIGHT, top + 26, gray=0.35)
    pg.line((LEFT + RIGHT) / 2 - 90, top + 4, "守正创新 勇毅前行", 18, "hei", white=True)
    y = top + 26 + 18
    # (the title a little larger than the line: a fifth larger or more would mark the line a kicker by size)
    pg.line(column_x(2), y, "高腔川剧", 12.0, "body")  # (under the banner's words)
    pg.line(column_x(2), y + 12.0 + 6, "声腔高亢 韵味悠长", 14.0, "hei")
    body = TEXTS["culture"]
    pg.flow(column_x(3), y, body, 2)
    page = parse(pg, tmp_path)
    art = find(page, "声腔高亢 韵味悠长")
    assert art.headline.kicker == "高腔川剧", f"kicker {art.headline.kicker!r}"
    check_body(art, body)
