"""A news item's headline at the body's size in 黑体, long enough to wrap onto
a second line (over thirty characters, as a formal report's title is), right
over a dateline: the whole of it is the headline, not its first line alone
(PDF mode; invented page drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402

_LINES = ("东湖新区管委会负责人出席滨江国际会展中心落成", "暨首届湖区产业合作对接洽谈会开幕式")
_TEXT = "记者从东湖新区获悉，滨江国际会展中心日前落成并投入使用，首届湖区产业合作对接洽谈会同日开幕。"


def test_a_long_headline_at_body_size_over_a_dateline(tmp_path):
    pg = FeaturePage()
    pg.header(4, "要闻")
    story(pg, "culture", "文艺巡演进乡村", 0, 2, TOP + 10)
    x, size = column_x(2), 1.05 * BODY
    assert sum(map(len, _LINES)) > 32
    pg.line(x, TOP + 14, _LINES[0], size, "hei")
    pg.line(x, TOP + 14 + 1.4 * size, _LINES[1], size, "hei")
    pg.flow(x, TOP + 14 + 2.8 * size + 4, ["本报东湖3月2日电 " + _TEXT], 2)
    page = parse(pg, tmp_path)
    title = "".join(_LINES)
    check_titles(page, ["文艺巡演进乡村", title])
    item = find(page, title)
    check_body(item, [_TEXT])
    assert item.dateline == "本报东湖3月2日电"
