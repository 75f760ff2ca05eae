"""A column that opens mid-paragraph (no indent, no dateline) goes on the
text of the column on its left, though a side headline of the next article
stands in the white space over it on its right: no article's first column
opens mid-paragraph. A page built the way test_layout_features.py builds
them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, RightLine, column_x  # noqa: E402
from feature_checks import TOP, check_titles, find, parse  # noqa: E402

#: the second article's text, set by hand so that its second column ends on a quotation's close and the
#: third goes on with who said it (no indent: the same paragraph)
_FIRST = ["“上班六年多，一查才发现，单", "位没给缴社保。”城南一家超市的", "收银员向调解中心求助。"]
_SECOND = ["调解中心请来退休老干部", "当调解员，一周就把事情说清楚", "了，解决了纠纷“没人管、没有", "时间听、没有能力办”的难题。”"]
_THIRD = ["调解员王晓梅说。如今，有了纠", "纷先找调解中心，已经成为街坊", "们的习惯。"]


def _lines(pg: FeaturePage, x: float, top: float, lines: list[str], opens: bool) -> float:
    """Lines one under the next, the first indented when it opens a paragraph; returns the foot."""
    for k, text in enumerate(lines):
        indent = 2 * BODY if opens and k == 0 else 0.0
        pg.line(x + indent, top + k * LEAD, text, BODY)
    return top + len(lines) * LEAD


def test_a_column_opening_mid_paragraph_goes_on_from_the_left_not_under_a_side_headline_on_its_right(tmp_path):
    """Under a short story (its text closed by a note that it goes on on
    another page), white space; then an article whose side headline stands
    in the first column over a photo, its text in the first three columns:
    the photo's caption atop the second column, whose text starts well
    below the third's top (not level with it). The third column goes on the
    paragraph the second ends (after a quotation's close, who said it). In
    the white space over the third column, on its right, stands the side
    headline of the next article, whose text opens with its dateline in the
    last column. The third column is the first article's."""
    pg = FeaturePage()
    pg.header(3, "社会")
    x = column_x(2)
    y = pg.headline(x, x + 15 * BODY, TOP + 4, "蔬菜供应充足", 18.0)
    top = pg.flow(x, y, [TEXTS["market"][0], RightLine("（下转第2版）")], 1).bottom + 40
    x0 = column_x(0)
    pg.line(x0, top, "调解进社区", 18.0, "hei")
    pg.line(x0, top + 24, "纠纷不出门", 18.0, "hei")
    pg.photo(x0, top + 56, column_x(1) - 12, top + 150, fill=True)
    _lines(pg, x0, top + 160, _FIRST, True)
    low = top + 56
    pg.line(column_x(1), low, "调解员在社区调解纠纷。", 8.0)
    pg.line(column_x(1), low + 11, "本报记者  李明摄", 8.0)
    _lines(pg, column_x(1), low + 50, _SECOND, True)
    _lines(pg, column_x(2), low + 14, _THIRD, False)
    pg.line(column_x(3), top, "江城推进", 16.0, "hei")
    pg.line(column_x(3), top + 22, "边贸便利化", 16.0, "hei")
    neighbour = ["江城讯  " + TEXTS["rail"][0]] + TEXTS["rail"][1:]
    pg.flow(column_x(4), top, neighbour, 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["蔬菜供应充足", "调解进社区 纠纷不出门", "江城推进边贸便利化"])
    text = "".join(find(page, "调解进社区 纠纷不出门").paragraphs)
    assert text.endswith("的难题。”调解员王晓梅说。如今，有了纠纷先找调解中心，已经成为街坊们的习惯。"), text
    assert "王晓梅" not in "".join(find(page, "江城推进边贸便利化").paragraphs)
