"""An article's blocks read column by column (layout/geometric.py,
``_reading_order``): a block overlapping two columns' spans joins the one
it overlaps most. A byline line centred under the headline spans the gutter
between the first two columns; a subheading set in the second column, near
its left edge, overlaps that line's span too: it is the second column's, read
after that column's text over it, not before it. Pages built by
feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, below, check_body, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402


def test_a_subheading_under_a_byline_spanning_the_gutter_is_read_in_its_own_column(tmp_path):
    """Article A over columns 0-1: its headline and a byline line centred
    under it across the gutter; column 0 holds two paragraphs, column 1 one,
    then a bold subheading in the text's face set two glyphs in from the
    column's left edge (its left half under the byline's span), then another
    paragraph. B beside, C under."""
    pg = FeaturePage()
    pg.header(18, "科技")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "棚户区改造见成效", 22)
    pg.centered(x0, x1, y, "本报记者 韩硕 李明 王小红", BODY, "body")
    y += 2 * LEAD
    texts = TEXTS["water"]
    a0 = pg.flow(column_x(0), y, texts[:2], 1).bottom
    y1 = pg.flow(column_x(1), y, texts[2:3], 1).bottom + LEAD  # white space over and under it: a block of its own
    heading = "着力补齐短板弱项"
    pg.line(column_x(1) + BODY, y1, heading, BODY, bold=True)
    a1 = pg.flow(column_x(1), y1 + 2 * LEAD, texts[3:], 1).bottom
    b = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a0, a1, b)), align="left")
    page = parse(pg, tmp_path)
    check_body(find(page, "棚户区改造见成效"), texts[:3] + [heading] + texts[3:])
