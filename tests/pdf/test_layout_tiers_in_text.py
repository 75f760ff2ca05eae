"""A headline's tiers stand over all the text they head. A small heading
close under the title that opens a column beside another column of that
title's text (which opens level with it) is inside the row of columns: a
subheading, not a subtitle. Pages built the way test_layout_features.py
builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import LEFT, TEXTS, FeaturePage, Sub, column_x, span_right  # noqa: E402
from test_layout_features import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


@pytest.mark.parametrize("raised", [0.0, 5.0], ids=["a-little-apart", "within-the-tier-gap"])
def test_a_subheading_opening_the_second_column_right_under_the_title_is_no_subtitle(tmp_path, raised):
    """A commentary's headline set flush left across three columns; right
    under it the first column opens with the text, and the second column
    with a two-line centred subheading, a little larger than the text, about
    as far under the title as the headline's tiers stand apart (or closer:
    then it groups with the title as a tier would, and is split off). The text of
    the first column stands level with the subheading: it is the article's
    first subheading, read after the first column, and the whole row is the
    article's text."""
    pg = FeaturePage()
    pg.header(5, "理论")
    x1 = span_right(0, 3)
    pg.line(LEFT, TOP + 4, "推动高质量发展行稳致远", 24, "hei")
    y = TOP + 4 + 24 * 1.3 + 6
    sub = Sub(["坚持创新驱动", "增强发展动力"], size=11.4)
    pg.flow(column_x(0), y, TEXTS["theory"][:1], 1)
    b = pg.flow(column_x(1), y - raised, [sub] + TEXTS["theory"][1:2], 1).bottom
    c = pg.flow(column_x(2), y, TEXTS["theory"][2:] + TEXTS["digital"][:1], 1).bottom
    d = story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(b, c, d)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["推动高质量发展行稳致远", "文艺巡演进乡村", "老厂房变身城市书房"])
    art = find(page, "推动高质量发展行稳致远")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["theory"][:1] + [sub.text] + TEXTS["theory"][1:] + TEXTS["digital"][:1])
