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
