"""A column that opens with one-line paragraphs, every line indented
(layout/columns.py, ``_wraps_back``).

An article's text may open with a paragraph of one line (a label such as
开栏的话, or a sentence that fills its line), then the next paragraph's
indented first line, then that paragraph's short last line back at the
column's left edge. The opening lines all start at the indent, so until the
short line comes nothing shows where the column's edge is; the short line is
still the same column's, and the lines over it each open a paragraph. Pages
built by feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, story  # noqa: E402
from feature_checks import below, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x, span_right, wrap  # noqa: E402

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
