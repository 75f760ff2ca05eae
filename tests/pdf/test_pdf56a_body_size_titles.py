"""Headlines set at the body's size (in the heavier face), told by where they stand.

- *Beside its columns, under its kicker*: a side headline's kicker (引题, in
  another plain face) stands over its title; the text opens on the right level
  with the kicker's top, a line or two over the title's. The box's top is the
  kicker's (side_small_titles._beside_its_columns, ``kicker``).
- *Under a framed banner*: a heavy run centred over a row of columns, right
  under a larger line framed in a box of its own (a banner or a pulled quote
  ending on a lead-in dash): the framed line heads nothing outside its frame
  (side_small_titles._framed_apart), so the run is the row's headline.

PDF mode, invented pages built with feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, parse, story  # noqa: E402

_KICKER = "老城区改造全面铺开——"
_TITLE = "老街换新颜 居民笑开颜"
_OTHER = "南岭区三所新学校投入使用"


def _side_page(kicker: bool) -> FeaturePage:
    pg = FeaturePage()
    pg.header(5, "综合")
    top = TOP + 6
    x0 = column_x(0)
    if kicker:  # the kicker in another plain face (宋体 over the text's face), the title two body sizes under it
        pg.page.insert_text((x0, top + BODY * 0.9), _KICKER, fontname="china-ss", fontsize=BODY)
    pg.line(x0, top + 2 * BODY if kicker else top, _TITLE, round(BODY * 1.05, 1), "hei")
    flowed = pg.flow(column_x(1), top, list(TEXTS["river"]) + list(TEXTS["culture"]), 3)
    story(pg, "school", _OTHER, 0, 4, flowed.bottom + 3 * LEAD)
    return pg


@pytest.mark.parametrize("kicker", [True, False], ids=["under-its-kicker", "no-kicker"])
def test_a_body_size_side_headline_under_its_kicker_heads_its_columns(tmp_path, kicker):
    page = parse(_side_page(kicker), tmp_path)
    titles = sorted(str(a.headline.title) for a in page.articles)
    assert titles == sorted([_TITLE, _OTHER]), titles
    article = next(a for a in page.articles if a.headline.title == _TITLE)
    assert article.headline.kicker == (_KICKER if kicker else None), article.headline
    body = "".join(article.paragraphs)
    assert body.startswith(TEXTS["river"][0][:12]) and body.endswith(TEXTS["culture"][-1][-8:]), body


_BANNER = "守护好一江碧水——"
_ROW_TITLE = "小河长巡河记"


def _banner_page(framed: bool) -> FeaturePage:
    pg = FeaturePage()
    pg.header(6, "社会")
    bottom = story(pg, "school", _OTHER, 0, 5, TOP + 4)
    # a banner in its own frame, a larger size, over the row's right part (over the title's end too); the row's
    # heavy title at the body's size right under the frame, centred over three columns
    x0, x1 = column_x(0), span_right(0, 3)
    top = bottom + 2 * LEAD
    bx0, bx1 = column_x(1), span_right(0, 3) + 40
    if framed:
        pg.frame(bx0, top - 4, bx1, top + 22)
    pg.centered(bx0, bx1, top, _BANNER, 16.0)
    title_top = top + 22 + BODY * 0.6
    pg.centered(x0, x1, title_top, _ROW_TITLE, round(BODY * 1.05, 1))
    pg.flow(x0, title_top + BODY * 1.6, list(TEXTS["river"]), 3)
    return pg


def test_a_body_size_title_under_a_framed_banner_heads_its_row(tmp_path):
    page = parse(_banner_page(True), tmp_path)
    titles = [a.headline.title for a in page.articles]
    assert _ROW_TITLE in titles, [(a.headline.title, a.paragraphs[:1]) for a in page.articles]
    article = next(a for a in page.articles if a.headline.title == _ROW_TITLE)
    body = "".join(article.paragraphs)
    assert body.startswith(TEXTS["river"][0][:12]) and body.endswith(TEXTS["river"][-1][-8:]), body
    assert _ROW_TITLE not in body
