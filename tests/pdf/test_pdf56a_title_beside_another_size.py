"""A heavy title at the body's size set flush left over a row of columns, with
the column of the article on its left running level with it across white
space only: that column's text is set at another size than the text under
the title, so it is another article's, not the text of the title's own row
(a subheading in a row of columns has its own article's text, at its size,
level on its left). The title heads its row
(layout/side_small_titles._over_a_row, ``_SAME_SIZE``). PDF mode, an
invented page built with feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, parse  # noqa: E402

_LEFT = "城区新增一批口袋公园"
_TITLE = ["农村消费", "迎来新面貌"]


def _page(left_size: float) -> FeaturePage:
    pg = FeaturePage()
    pg.header(4, "经济")
    # the left article: its headline over its column, its text set at ``left_size`` far down the page
    y = pg.headline(column_x(0), span_right(0, 1), TOP + 4, _LEFT, 16.0, align="left")
    chars = int(142.5 // left_size)
    pg.flow(column_x(0), y, list(TEXTS["library"]) + list(TEXTS["health"]), 1, chars=chars, size=left_size,
            lead=left_size * 1.5)
    # the right article: a heavy two-line title at the body's size flush left over three columns, level
    # with the left column's text, white space only between
    top = TOP + 4 + 6 * LEAD
    for i, part in enumerate(_TITLE):
        pg.line(column_x(1), top + i * BODY * 1.15, part, round(BODY * 1.02, 1), "hei")
    pg.flow(column_x(1), top + 2 * BODY * 1.15 + BODY * 0.6, list(TEXTS["harvest"]) + list(TEXTS["market"]), 3)
    return pg


def test_a_body_size_title_beside_another_articles_larger_text_heads_its_row(tmp_path):
    page = parse(_page(BODY * 1.1), tmp_path)
    texts = {a.headline.title: "".join(a.paragraphs) for a in page.articles}
    title = "".join(_TITLE)
    assert title in {str(t).replace(" ", "") for t in texts}, list(texts)
    body = next(t for k, t in texts.items() if str(k).replace(" ", "") == title)
    assert body.startswith(TEXTS["harvest"][0][:12]) and body.endswith(TEXTS["market"][-1][-8:]), body
