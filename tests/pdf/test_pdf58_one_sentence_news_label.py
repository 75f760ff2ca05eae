"""The label of a column of one-sentence news (一句话新闻), set large over
the column's items: a column's label, as 简讯 or 快讯 is, never a tier of the
first item's title (issue 9, point 2). Each item keeps its own title, set in
黑体 a hair over the body's size, and its authors in brackets (PDF mode;
invented page drawn with PyMuPDF)."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.layout.tier_patterns import is_brief_heading  # noqa: E402
from feature_pages import LEAD, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_body, check_titles, find, parse, story  # noqa: E402

_ITEMS = [
    ("青禾县新建三座污水处理站", "日前，青禾县三座乡镇污水处理站建成投用，日处理能力合计六千吨。", "（冯源）"),
    ("柳塘湿地迎来越冬候鸟", "入冬以来，柳塘湿地观测到越冬候鸟四十余种，数量较去年同期明显增加。", "（夏雪）"),
]


def test_a_one_sentence_news_label_heads_no_article(tmp_path):
    """The label centred over its column, one item under it: a title wrapped
    over two lines close under the label, its text, its author."""
    pg = FeaturePage()
    pg.header(3, "要闻")
    story(pg, "culture", "文艺巡演进乡村", 0, 3, TOP + 10)
    x = column_x(3)
    pg.centered(x, column_x(4) - 12, TOP + 10, "一句话新闻", 15)
    y = TOP + 10 + 15 + 9
    title, text, authors = _ITEMS[0]
    for part in (title[:8], title[8:]):
        pg.line(x, y, part, 10.0, "hei")
        y += 13.5
    pg.flow(x, y + 6, [text + authors], 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", title])
    item = find(page, title)
    assert (item.headline.kicker, item.headline.subtitle) == (None, None)
    check_body(item, [text])


def test_the_label_alone_is_a_brief_heading_and_a_title_naming_news_is_not():
    assert is_brief_heading("一句话新闻") and is_brief_heading("国际一句话新闻")
    assert not is_brief_heading("一句话新闻背后的故事")
