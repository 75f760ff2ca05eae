"""The foot of a page with no footer: columns run down to the bottom edge,
and a row there that holds a furniture line (an editors line closing one
article) holds other columns' last lines too. Those lines carry their
columns on (same size, same left edge, the column's own line pitch): body,
not footer."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, H, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, find, parse  # noqa: E402


def _height(key: str, cols: int) -> float:
    """How tall ``TEXTS[key]`` flows over ``cols`` columns (measured on a scratch page)."""
    return FeaturePage().flow(column_x(0), 0.0, list(TEXTS[key]), cols).bottom


def test_column_tails_on_the_bottom_row_beside_an_editors_line_stay_body(tmp_path):
    """Two articles side by side run down to the page's bottom edge. The right
    one closes with its layout editor's line (版式：…) under its last column;
    the left one's last line stands on the same row. The editors line makes
    that row look like a footer band, but the left column's last lines go on
    at the column's own pitch right under it: they stay in the left article."""
    pg = FeaturePage()
    pg.header(6, "地方")
    right_top = H - 30 - _height("river", 2) - 60
    pg.headline(column_x(2), span_right(2, 2), right_top, "江城河道治理见成效", 20.0)
    right = pg.flow(column_x(2), right_top + 40, list(TEXTS["river"]), 2)
    editors_top = right.columns[-1][3]
    pg.line(column_x(3) + 2 * BODY, editors_top, "版式：林晓")
    left_top = editors_top + LEAD - _height("school", 2)
    pg.headline(column_x(0), span_right(0, 2), left_top - 40, "南岭新建三所学校投用", 20.0)
    left = pg.flow(column_x(0), left_top, list(TEXTS["school"]), 2)
    assert left.bottom > H * 0.92 and abs(left.bottom - LEAD - editors_top) < 0.5
    assert TOP < left_top - 40
    page = parse(pg, tmp_path)
    check_body(find(page, "南岭新建三所学校投用"), TEXTS["school"])
    assert find(page, "江城河道治理见成效").paragraphs[:len(TEXTS["river"])] == TEXTS["river"]
