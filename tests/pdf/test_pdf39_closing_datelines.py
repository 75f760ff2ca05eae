"""An article's text on its page ends at its closing dateline
(layout/jump_ends.py): a dateline closing the text （本报江城3月2日电） closes
the article, as a jump note does. The column after it, past white space,
opening a paragraph level with the next article's headline on its right
(a headline narrower than its article), is that article's first column,
with a short line centred in it. Pages built by feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, RightLine, column_x, span_right  # noqa: E402


def _page(closing: str, centred: bool = False) -> tuple[FeaturePage, list[str], list[str]]:
    pg = FeaturePage()
    pg.header(4, "社会")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "县城书屋办进村", 20.0)
    left = TEXTS["library"][:2]
    pg.flow(column_x(0), y, [*left[:-1], left[-1] + closing], 2)
    first = TEXTS["water"][0]
    x_first = column_x(2) + 4 * BODY  # white space between the two articles
    top = TOP + 4
    flowed = pg.flow(x_first, top, [first], 1)
    if centred:
        pg.centered(x_first, flowed.columns[0][2], flowed.bottom + 6, "时间：3月2日", BODY)
    x_right = flowed.columns[0][2] + 12.0
    y_right = pg.headline(x_right, x_right + 2 * 13 * BODY + 12.0, top, "老旧小区焕新颜", 20.0,
                          align="left")
    rest = TEXTS["harvest"][:2]
    pg.flow(x_right, y_right, rest, 2, chars=13)
    return pg, left, [first, *rest]


def test_the_column_after_a_closing_dateline_opens_the_article_whose_headline_stands_level_on_its_right(tmp_path):
    pg, left, right = _page("（本报江城3月2日电）")
    page = parse(pg, tmp_path)
    check_titles(page, ["县城书屋办进村", "老旧小区焕新颜"])
    check_body(find(page, "县城书屋办进村"), left)
    assert find(page, "县城书屋办进村").dateline == "本报江城3月2日电"
    check_body(find(page, "老旧小区焕新颜"), right)


def test_a_line_centred_in_that_column_goes_with_it(tmp_path):
    pg, left, right = _page("（本报江城3月2日电）", centred=True)
    page = parse(pg, tmp_path)
    check_body(find(page, "县城书屋办进村"), left)
    assert "时间：3月2日" in find(page, "老旧小区焕新颜").paragraphs



def test_the_column_after_a_jump_note_under_a_column_logo_opens_the_article_on_its_right(tmp_path):
    """A side headline's article (its columns start at its headline's top) ends
    its last column with its jump note; past white space a column logo stands
    over the next column, whose text starts a label's height lower, level with
    the headline on its right: that headline's first column."""
    pg = FeaturePage()
    pg.header(4, "社会")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "县城书屋", 20.0, "hei")
    pg.line(x0, TOP + 30, "办进村", 20.0, "hei")
    left = TEXTS["library"][:2]
    flowed = pg.flow(column_x(1), TOP + 4, [*left, RightLine("（下转第2版）")], 1)
    x_first = flowed.columns[0][2] + 9 * BODY
    pg.column_logo(x_first, TOP + 4, "时代新论")
    top = TOP + 30
    first = TEXTS["water"][0]
    column = pg.flow(x_first, top, [first], 1)
    x_right = column.columns[0][2] + 12.0
    y_right = pg.headline(x_right, x_right + 2 * 13 * BODY + 12.0, top, "老旧小区焕新颜", 20.0, align="left")
    rest = TEXTS["harvest"][:2]
    pg.flow(x_right, y_right, rest, 2, chars=13)
    page = parse(pg, tmp_path)
    check_titles(page, ["县城书屋办进村", "老旧小区焕新颜"])
    check_body(find(page, "县城书屋办进村"), left)
    check_body(find(page, "老旧小区焕新颜"), [first, *rest])
