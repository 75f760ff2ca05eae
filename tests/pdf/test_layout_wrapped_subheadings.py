"""A centred subheading wrapped at its column's width is one subheading
(layout/column_heads.py, session 38).

Set in the body's size in another face and centred, a subheading too long for
one line runs its first line (nearly) from edge to edge, its tail centred under
it. After a part's label and white space that first line opens a paragraph, as
an indented one does, but a paragraph opens indented, not at the column's edge:
the line and its tail are one subheading, not a line of text over a subheading
of the tail. Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, col_width, column_x, span_right  # noqa: E402


@pytest.mark.parametrize("tail", ["新要求", "求"])
def test_a_centred_subheading_wrapped_at_its_columns_width_is_one_subheading(tmp_path, tail):
    pg = FeaturePage()
    pg.header(7, "理论")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "走好高质量发展之路", 20)
    texts = TEXTS["theory"]
    head = "把握发展阶段的新变化新特点和"  # a character short of the column's measure
    x = column_x(0)
    # a part's label in the text's face over it, a line's white space between (its lines open a paragraph
    # after it), none under it: a column block opens with it and takes in the text under it
    label = pg.flow(x, y, texts[:1], 1).bottom
    pg.centered(x, x + col_width(), label, "新阶段", BODY, "body")
    top = label + LEAD + BODY
    pg.centered(x, x + col_width(), top, head, BODY, "hei")
    pg.centered(x, x + col_width(), top + LEAD, tail, BODY, "hei")
    pg.flow(x, top + 2 * LEAD, texts[1:2], 1)
    pg.flow(column_x(1), y, texts[2:], 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["走好高质量发展之路"])
    check_body(find(page, "走好高质量发展之路"), [texts[0], "新阶段", head + tail, *texts[1:]])
