"""An article's closing authors in brackets may wrap: （林小川 at the end of
a line, 周明） alone on the next. The article ends there all the same, so a
heading under it in its column opens a new article, not a subheading of the
one above. Pages built the way test_layout_features.py builds them
(feature_pages.py), all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402

_FIRST = ["　　河道清淤工程本周全面完工，", "沿岸新修步道三公里，两岸居民", "傍晚多来这里散步。（林小川 ",
          "周明）"]
_SECOND = ["　　城西今年将新建三座口袋公", "园，利用拆违腾退的空地补上绿", "化。三座公园预计五月底前建成", "开放。"]


def test_a_heading_under_closing_authors_wrapped_over_two_lines_opens_a_new_article(tmp_path):
    """Column 0 holds two short pieces: the first closes with its authors
    in brackets wrapped over two lines, then a heading a little larger than
    the text in 黑体 heads the second. The wrapped authors close the first
    piece: the heading is the second piece's headline."""
    pg = FeaturePage()
    pg.header(4, "经济")
    x0 = column_x(0)
    y = pg.headline(x0, span_right(0, 1), TOP + 4, "清溪河重现水清岸绿", 18)
    for text in _FIRST:
        pg.line(x0, y, text)
        y += LEAD
    y += 6
    pg.line(x0, y, "城西新建口袋公园", 1.25 * BODY, "hei")
    y += 1.25 * BODY + 8
    for text in _SECOND:
        pg.line(x0, y, text)
        y += LEAD
    a = story(pg, "culture", "文艺巡演进乡村", 1, 4, TOP + 4)
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, y)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["清溪河重现水清岸绿", "城西新建口袋公园", "文艺巡演进乡村", "城际铁路铺轨"])
    check_body(find(page, "城西新建口袋公园"), ["城西今年将新建三座口袋公园，利用拆违腾退的空地补上绿化。三座公园预计五月底前建成开放。"])
