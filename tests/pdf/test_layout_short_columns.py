"""A row of short columns under a headline is the article's text, whatever
the size it is set in against the page's body. Pages built the way
test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from test_layout_features import TOP, check_body, check_titles, find, parse  # noqa: E402


def test_short_columns_set_a_little_larger_than_the_page_stay_text_under_their_headline(tmp_path):
    """An article's text set a twentieth larger than the rest of the page's,
    flowed into three short columns of three lines each right under its
    headline. The middle column, opening mid-sentence, is level with the
    columns on either side and set as they are: one column of the row, its
    text, not a subtitle of the headline over it (however its size marks it
    against the page's body)."""
    pg = FeaturePage()
    pg.header(5, "要闻")
    y = pg.headline(column_x(0), span_right(0, 5), TOP + 4, "文艺巡演进乡村", 20)
    a = pg.flow(column_x(0), y, TEXTS["culture"] + TEXTS["library"], 5).bottom
    pg.rule(column_x(0), a + 10, span_right(0, 5), 0.5)
    size, chars = 10.0, 14
    x0, x1 = column_x(0, chars=chars, size=size), span_right(0, 3, chars=chars, size=size)
    y = pg.headline(x0, x1, a + 24, "城际铁路铺轨", 22)
    # one paragraph of one long sentence, running on from column to column
    text = ("记者从县交通运输局获悉：截至3月1日，连接青禾与北原的城际铁路首段轨道已铺设完成一百二十公里，"
            "沿线九座车站主体结构全部封顶，站房装修和四电安装工程同步推进，预计年底前具备开通运营条件，"
            "届时两地最快通行时间将缩短至四十分钟以内。")
    flowed = pg.flow(x0, y, [text], 3, chars=chars, size=size, lead=1.55 * size)
    assert flowed.columns[1][3] - flowed.columns[1][1] > 2.5 * 1.55 * size, "three lines in the middle column"
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路铺轨"])
    art = find(page, "城际铁路铺轨")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, [text])
