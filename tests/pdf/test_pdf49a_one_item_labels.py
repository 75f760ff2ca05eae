"""A column's label over a single news brief: the label (身边事, no word of
简讯 in it) heads one item, its title in bold 黑体 at the body's size over the
text, closed by its authors in brackets. The item is an article under its
own title; the label heads no article (PDF mode; invented page drawn with
PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import LEAD, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402

_TITLE = "社区食堂开张了"
_TEXT = "日前，城东街道第一家社区食堂正式开张，老年人凭卡就餐可享受优惠，开业首日接待居民三百余人次。"


def test_a_label_over_one_brief_heads_no_article(tmp_path):
    """Left, a plain article over three columns; right, the label 身边事 in
    黑体 over one brief: a bold title, its text, its authors."""
    pg = FeaturePage()
    pg.header(5, "社会")
    story(pg, "culture", "文艺巡演进乡村", 0, 3, TOP + 10)
    x = column_x(3)
    pg.line(x, TOP + 10, "身边事", 14, "hei")
    y = TOP + 40
    pg.line(x, y, _TITLE, 10.5, "hei", bold=True)
    pg.flow(x, y + LEAD + 2, [_TEXT + "（冯源 夏雪）"], 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", _TITLE])
    item = find(page, _TITLE)
    check_body(item, [_TEXT])
    assert item.bylines == [Byline(None, "冯源"), Byline(None, "夏雪")], item.bylines
