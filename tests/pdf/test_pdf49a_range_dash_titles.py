"""A headline broken inside a range of dates (3月14 / —16日): the line opening
with the range's single dash goes on from the line over it, in one title; a
subtitle opens with a double dash (——), and no range opens one (PDF mode;
invented page drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_titles, find, parse, story  # noqa: E402
from banmian.layout.headlines import starts_with_dash  # noqa: E402

_LINES = ("城南大桥定于3月14", "—16日封闭施工")


def test_a_title_broken_inside_a_range_of_dates(tmp_path):
    pg = FeaturePage()
    pg.header(4, "要闻")
    story(pg, "culture", "文艺巡演进乡村", 0, 3, TOP + 10)
    x = column_x(3)
    y = pg.headline(x, span_right(3, 2), TOP + 10, list(_LINES), 18, align="left")
    pg.flow(x, y, ["交通部门提醒，施工期间过江车辆请绕行上游两座大桥，公交线路同步调整。"], 2)
    page = parse(pg, tmp_path)
    title = "".join(_LINES)
    check_titles(page, ["文艺巡演进乡村", title])
    assert find(page, title).headline.subtitle is None


def test_only_a_dash_before_words_opens_a_tier():
    assert starts_with_dash("——记全国劳动模范王芳")
    assert starts_with_dash("—记一位乡村教师")
    assert not starts_with_dash("—16日封闭施工")
