"""Blocks of a column with no line at the column's left edge
(layout/column_edges.py).

A paragraph's first line starts indented, so a block of a line or two may
have no line at its column's edge: an article's text opening with a
paragraph of one line (a label such as 开栏的话, or a sentence that fills its
line) over the next paragraph's indented first line, set apart from that
paragraph's short last line back at the edge; or a subheading centred over
the one indented line that opens the next paragraph at a column's foot.
Their column's edge is where the article's other blocks start: measured from
it, each of their lines opens a paragraph. Pages built by feature_pages.py,
all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, story  # noqa: E402
from feature_checks import below, first_line_then_next_column, parse  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right, wrap  # noqa: E402

#: a paragraph of two lines: its first fills the indented line, its last is three glyphs
_WRAPPED = "一条新路，通到了山那边的村子里。"


@pytest.mark.parametrize("opening", ["开栏的话", "十几盏路灯照亮了回家山路。"],
                         ids=["a label of one line", "a sentence filling its line"])
def test_one_line_paragraphs_over_a_wrapped_one_open_paragraphs(tmp_path, opening):
    """Article A over columns 0-1 opens with ``opening`` (one line), then a
    paragraph of one full indented line and a short one at the column's
    left, then its text; article B beside it, C under both. A's opening
    lines are paragraphs of their own, not one run into the next."""
    assert len(wrap(opening)) == 1 and [len(s) for s in wrap(_WRAPPED)][1] <= 3  # the shapes this test is about
    pg = FeaturePage()
    pg.header(6, "社会")
    paragraphs = [opening, _WRAPPED] + list(TEXTS["culture"])
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "小城新春见闻", 20)
    a = pg.flow(column_x(0), y, paragraphs, 2).bottom
    b = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["小城新春见闻", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    check_body(find(page, "小城新春见闻"), paragraphs)


def test_a_heading_centred_at_a_columns_foot_over_a_paragraphs_first_line(tmp_path):
    """Article A over columns 0-1: column 0 holds two paragraphs, then near
    its foot a heading centred in the heavy face at the body size, unframed,
    and under it only the first line of the next paragraph (indented, full),
    which runs on at the top of column 1. Those two lines are a block with
    no line at the column's edge: the heading is a paragraph (a subheading)
    and the line under it opens the next."""
    pg = FeaturePage()
    pg.header(16, "评论")
    x0, cw = column_x(0), 15 * BODY
    y = pg.headline(x0, span_right(0, 2), TOP + 4, "把监督挺在前面", 22)
    opening, second = TEXTS["theory"][:2], TEXTS["theory"][2] + TEXTS["water"][0]
    top = y
    y = pg.flow(x0, y, opening, 1).bottom + LEAD  # a line of white space over the heading
    heading = "强化监督推动落实"
    pg.centered(x0, x0 + cw, y, heading, BODY, "hei")
    y += 1.3 * LEAD
    y1 = first_line_then_next_column(pg, x0, y, top, second, cw)
    rest = TEXTS["theory"][3:]
    y1 = pg.flow(column_x(1), y1, rest, 1).bottom
    story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(y + LEAD, y1, TOP + 200)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["把监督挺在前面", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    check_body(find(page, "把监督挺在前面"), opening + [heading, second] + rest)
