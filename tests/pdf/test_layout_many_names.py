"""A roundup from many places is signed by its reporters in each: a line of
six to ten names under the headline, set a little larger than the text (or
in another face). It is the byline, however many names it holds: not a
subtitle, not the text's first paragraph. Pages built the way
test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import TEXTS, FeaturePage  # noqa: E402
from feature_checks import _byline_page, check_body, find, parse  # noqa: E402

_NAMES = ["林小川", "王晓", "周文斌", "陈静", "刘洋", "赵一鸣", "孙颖", "郑涛"]


@pytest.mark.parametrize("count", [6, 8], ids=["six-names", "eight-names"])
def test_a_line_of_many_names_under_the_headline_is_the_byline(tmp_path, count):
    names = _NAMES[:count]
    pg = FeaturePage()
    _byline_page(pg, "各地新春文化活动丰富多彩", TEXTS["culture"], "  ".join(names))
    page = parse(pg, tmp_path)
    art = find(page, "各地新春文化活动丰富多彩")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    assert art.bylines == [Byline(None, n) for n in names], f"bylines {art.bylines}"
    check_body(art, list(TEXTS["culture"]))


def test_names_set_letter_spaced_right_under_a_subtitle_of_their_size_are_the_byline(tmp_path):
    """Two authors' names, each character set apart (林 晓  王 静), right under
    a subtitle in the same face and size: the byline, not the subtitle's last line."""
    from feature_checks import TOP
    from feature_pages import column_x, span_right

    pg = FeaturePage()
    pg.header(9, "视点")
    x0, x1 = column_x(0), span_right(0, 3)
    title, subtitle = "春节消费持续升温", "■ 传统年货销售红火 线上服务亮点纷呈"
    y = pg.headline(x0, x1, TOP + 6, title, 22, subtitle=subtitle, subtitle_size=12.0, align="left")
    y = pg.byline_line(x0, x1, y - 6, "林 晓    王 静", size=12.1, align="left")
    pg.flow(x0, y, TEXTS["market"], 3)
    page = parse(pg, tmp_path)
    art = find(page, title)
    assert art.bylines == [Byline(None, "林晓"), Byline(None, "王静")], f"bylines {art.bylines}, {art.headline}"
    assert art.headline.subtitle == subtitle, art.headline
    check_body(art, list(TEXTS["market"]))
