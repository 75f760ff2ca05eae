"""A heavy run at the body's size over a dispatch dateline is a piece's
headline (layout/small_headlines.py), unless a larger headline heads that
column already: level with its top on its left (a side headline), or right
over it with its byline and a part's short label between. Then the run is a
part's heading in that headline's text (a series' headline over its items).
Pages built by feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, CHARS, GAP, LEAD, FeaturePage, column_x  # noqa: E402

_ITEM = ["本报江城3月2日电（记者林小雨）江城火车站今年首次在候车大厅设置便民服务台，为老年旅客提供购票、咨询和引导服务。",
         "车站有关负责人介绍，服务台由志愿者轮流值守，每天接待旅客三百余人次，受到旅客普遍好评。"]


def _item(pg: FeaturePage, x0: float, top: float) -> None:
    """A part's label (新服务), its heading in 黑体 at the body's size, and its text opening with a dateline."""
    pg.line(x0 + 2 * BODY, top, "新服务", BODY)
    pg.line(x0, top + 1.6 * LEAD, "车站设立便民服务台", BODY, "hei")
    pg.flow(x0, top + 3 * LEAD, list(_ITEM), 2)


def test_a_heavy_run_beside_a_side_headline_is_a_part_of_its_text(tmp_path):
    pg = FeaturePage()
    pg.header(4, "社会")
    pg.line(column_x(0), TOP + 4, "春运一线", 20.0, "hei")
    _item(pg, column_x(0) + 6 * 20.0 + GAP, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["春运一线"])
    paragraphs = find(page, "春运一线").paragraphs
    assert "车站设立便民服务台" in paragraphs and any("江城火车站今年首次" in p for p in paragraphs), paragraphs


def test_a_heavy_run_under_a_headline_and_its_byline_is_a_part_of_its_text(tmp_path):
    pg = FeaturePage()
    pg.header(4, "社会")
    x0 = column_x(0)
    right = x0 + CHARS * BODY  # (a headline centred over its first column)
    pg.centered(x0, right, TOP + 4, "春运一线", 17.0, "hei")
    pg.centered(x0, right, TOP + 30, "林小雨", BODY * 1.15, "body")
    _item(pg, x0, TOP + 30 + 1.6 * LEAD)
    page = parse(pg, tmp_path)
    check_titles(page, ["春运一线"])
    paragraphs = find(page, "春运一线").paragraphs
    assert "车站设立便民服务台" in paragraphs, paragraphs


def test_a_heavy_run_under_a_note_that_the_column_goes_on_from_another_page_is_a_part_of_its_text(tmp_path):
    """Under a headline and a photo, the column opens with （上接第2版）: the rest
    of the article begun on page 2. A heavy run over a dateline further down
    it is a part's heading in that rest, no piece of its own."""
    pg = FeaturePage()
    pg.header(4, "要闻")
    x0 = column_x(0)
    right = column_x(1) + CHARS * BODY
    y = pg.headline(x0, right, TOP + 4, "春运返程客流平稳", 20.0)
    pg.photo(x0, y + 6, x0 + CHARS * BODY, y + 126)
    y += 134
    pg.right(x0 + CHARS * BODY, y, "（上接第2版）")
    pg.line(x0, y + 1.6 * LEAD, "车站设立便民服务台", BODY, "hei")
    pg.flow(x0, y + 3 * LEAD, list(_ITEM), 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["春运返程客流平稳"])
    assert "车站设立便民服务台" in find(page, "春运返程客流平稳").paragraphs
