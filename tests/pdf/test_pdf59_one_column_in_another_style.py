"""A piece set in one long column under a one-column article across white
space, in another size: two texts, not one (issue 9, point 1). The style
rule (``style_parts``) asked for two columns on each side; a narrow corner
of a page often holds a single column on each side. PDF mode, invented page."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, find, parse, story, where  # noqa: E402

_PIECE = [
    "家风是一个家庭的精神底色。父母的一言一行，孩子看在眼里、记在心上，好家风就在日复一日的点滴之中慢慢养成。",
    "在江城不少社区，居民们把自家的家训写成条幅挂在楼道里，邻里之间相互学习、相互提醒，孝老爱亲、勤俭持家的风气越来越浓。",
    "一户一户的家风正了，一条街的风气也就清朗了。涵养好家风，需要每个家庭从身边小事做起、从自身做起。",
]


def test_a_one_column_piece_under_a_one_column_article_in_another_size(tmp_path):
    pg = FeaturePage()
    pg.header(7, "社会")
    story(pg, "school", "新学期新校园", 0, 3, TOP)
    x = column_x(3)
    y = pg.headline(x, span_right(3, 1), TOP, "驻村帮扶见实效", 18.0)
    near = TEXTS["harvest"][:3]
    y = pg.flow(x, y, near, 1, chars=14, size=10.5, lead=15.5).bottom
    bottom = pg.flow(x, y + 4 * BODY, _PIECE, 1).bottom  # white space, then a column set at the body size
    assert bottom < pg.height - 40
    page = parse(pg, tmp_path)
    check_body(find(page, "驻村帮扶见实效"), near)
    assert {hit[0] for hit in where(page, _PIECE[0][:12])} == {None}
    assert {hit[0] for hit in where(page, _PIECE[-1][-12:])} == {None}
