"""A column on the far side of a vertical headline (竖排) from its text,
running on into the first column of the article next to it
(layout/opening_columns.py): the vertical title's own text, across its strip,
is finished, so the column is no more of it; it opens the next article, whose
first column under its headline goes on mid-sentence from it.
Pages built by feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, GAP, TEXTS, FeaturePage, column_x  # noqa: E402

_CHARS = 12
_STRIP = 38.0


def _page(byline: bool) -> FeaturePage:
    """A 竖排 article (its text left of its strip) beside an article whose headline
    stands right of its first column; with ``byline``, a byline line under that headline."""
    pg = FeaturePage()
    pg.header(4, "综合")
    left = pg.flow(column_x(0, chars=_CHARS), TOP + 10, list(TEXTS["river"]), 2, chars=_CHARS)
    x_strip = left.columns[-1][2] + 6 * BODY  # white space between the text and its title's strip
    bottom = pg.vertical(x_strip + 8, TOP + 10, "江城治水见成效", 22, pitch=25)
    pg.frame(x_strip + 2, TOP + 4, x_strip + _STRIP, bottom + 4)
    x_next = x_strip + _STRIP + GAP
    head_x = x_next + _CHARS * BODY + GAP
    pg.line(head_x, TOP + 10, "家庭医生进社区", 20, "hei")
    under = TOP + 48
    if byline:
        pg.line(head_x, under, "■ 本报记者  林小雨  周明", BODY)
        under += 24
    pg.flow(x_next, TOP + 10, list(TEXTS["health"]), 3, chars=_CHARS,
            tops=[TOP + 10, under, under])  # (the first column beside the headline)
    return pg


@pytest.mark.parametrize("byline", [False, True])
def test_a_column_right_of_a_vertical_title_running_on_into_the_next_article_opens_it(tmp_path, byline):
    """The column right of the strip opens a paragraph and breaks off
    mid-sentence into the column under the headline on its right (under its
    byline line, when it has one): it is that article's opening."""
    page = parse(_page(byline), tmp_path)
    check_titles(page, ["江城治水见成效", "家庭医生进社区"])
    river = find(page, "江城治水见成效").paragraphs
    assert river == TEXTS["river"], river
    health = find(page, "家庭医生进社区").paragraphs
    assert health == TEXTS["health"], health
