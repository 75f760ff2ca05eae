"""A kicker set larger than its title in a narrow headline box (issue 9): the
kicker wraps inside a phrase at the box's edge, which is no gap between two
phrases, so the title of two parallel phrases under it stays the 主题. Pages
built the way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, find, parse  # noqa: E402


def test_a_larger_kicker_wrapped_at_a_narrow_boxs_edge_is_no_couplet(tmp_path):
    """Over columns 0-1 a headline box narrower than the columns, flush left:
    the kicker at 24 pt wraps after eight characters (its first line the
    box's widest), the title at 20 pt is two phrases of five, one a line.
    Joined without a space the kicker is one phrase; the couplet is the title."""
    pg = FeaturePage()
    pg.header(4, "城市")
    x0 = column_x(0) + 20
    y = TOP + 4
    for part, size in [("全市文明城市创建", 24.0), ("工作推进有力", 24.0)]:
        pg.line(x0, y, part, size, "hei")
        y += size * 1.25
    y += 6
    for part in ["街巷换新颜", "群众笑开颜"]:
        pg.line(x0, y, part, 20.0, "hei")
        y += 20.0 * 1.25
    body = TEXTS["river"][:2]
    pg.flow(column_x(0), y + 12, body, 2)
    assert span_right(0, 2) > x0 + pg.length("全市文明城市创建", 24.0, "hei") + 48, "the columns reach beyond the box"
    page = parse(pg, tmp_path)
    article = find(page, "街巷换新颜 群众笑开颜")
    assert article.headline.kicker == "全市文明城市创建工作推进有力"
    check_body(article, body)



def test_a_kicker_of_four_glyphs_hugging_its_title_is_no_name(tmp_path):
    """An article whose kicker is four glyphs (江南古镇, shaped like a name) set
    a little over the body size right over its much larger title, on a page
    with a vertical headline (whose author's name may stand anywhere beside
    it): the kicker hugs the title and lies within its width, so it is the
    title's kicker, not a stray author's name."""
    pg = FeaturePage()
    pg.header(4, "文化")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "老街灯会迎客来", 24.0, kicker="江南古镇", kicker_size=11.5)
    body = TEXTS["culture"]
    pg.flow(x0, y, body, 2)
    pg.vertical(span_right(3, 2) - 26, TOP + 4, "山乡巨变", 22.0)
    pg.flow(column_x(3), TOP + 4, TEXTS["harvest"], 1)
    page = parse(pg, tmp_path)
    article = find(page, "老街灯会迎客来")
    assert article.headline.kicker == "江南古镇"
    assert article.bylines == []
    check_body(article, body)


_MING_FILE = "/usr/share/fonts/truetype/arphic/uming.ttc"  # a 宋体 (明体) face, lighter than 黑体


def test_a_couplet_in_a_lighter_face_under_a_title_as_large_is_its_subtitle(tmp_path):
    """A title in 黑体 at 20 pt over a tier of two phrases in 宋体 at 19.8 pt
    (about as large): the 主题 is set in the heavier face, so the couplet
    under it is its 副题, not a 主题 under a kicker."""
    import os

    if not os.path.exists(_MING_FILE):
        pytest.skip("no 宋体 face installed (AR PL UMing)")
    pg = FeaturePage()
    pg.header(4, "教育")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, "青禾县三所乡村新校启用", 20.0, "hei")
    pg.page.insert_text((x0, TOP + 32 + 19.8), "开学首日迎来新生 办学条件全面改善", fontsize=19.8,
                        fontname="ming", fontfile=_MING_FILE)
    body = TEXTS["school"][:2]
    pg.flow(x0, TOP + 64, body, 2)
    page = parse(pg, tmp_path)
    article = find(page, "青禾县三所乡村新校启用")
    assert article.headline.kicker is None
    assert article.headline.subtitle == "开学首日迎来新生 办学条件全面改善"
    check_body(article, body)


def test_tiers_by_size_keeps_the_heavier_of_two_tiers_as_large_as_the_title():
    """The same read from sizes and weights alone: 黑体 (1) at 20 pt over a
    宋体 (0) couplet at 19.8 pt is title and subtitle; the couplet in 黑体 too
    is the 主题 under a kicker, as before."""
    from banmian.layout.headlines import tiers_by_size

    texts = ["青禾县三所乡村新校启用", "开学首日迎来新生 办学条件全面改善"]
    lighter = tiers_by_size(texts, [20.0, 19.8], [1, 0])
    assert (lighter.kicker, lighter.title, lighter.subtitle) == (None, texts[0], texts[1])
    same = tiers_by_size(texts, [20.0, 19.8], [1, 1])
    assert (same.kicker, same.title, same.subtitle) == (texts[0], texts[1], None)
