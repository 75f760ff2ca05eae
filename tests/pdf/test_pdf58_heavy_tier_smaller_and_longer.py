"""A 主题 set large in 宋体 with its 引题 in 黑体 a size or two smaller (issue 9,
point 3). The heavier face marks the 主题 only when that tier is nearly as
large, or no longer than the largest tier: a 黑体 tier at three quarters to
four fifths of a 宋体 tier and longer than it (a clause setting the scene) is
the kicker, and the large 宋体 tier under it the title. Invented text; pages
built as test_layout_large_kickers.py builds them."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_body, find, parse  # noqa: E402

from banmian.layout.headlines import tiers_by_size  # noqa: E402

_MING_FILE = "/usr/share/fonts/truetype/arphic/uming.ttc"  # a 宋体 (明体) face, lighter than 黑体

_KICKER = "青禾县多措并举推进农村饮水安全工程建设"
_TITLE = "山泉水流进农家院"


def _page(kicker_size: float, kicker: str = _KICKER) -> FeaturePage:
    pg = FeaturePage()
    pg.header(4, "经济")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, kicker, kicker_size, "hei")
    pg.page.insert_text((x0, TOP + 12 + kicker_size + 16.0), _TITLE, fontsize=16.0,
                        fontname="ming", fontfile=_MING_FILE)
    pg.flow(x0, TOP + 60, TEXTS["school"][:2], 2)
    return pg


@pytest.mark.skipif(not os.path.exists(_MING_FILE), reason="no 宋体 face installed (AR PL UMing)")
def test_a_longer_heavy_kicker_well_under_the_title_size_is_the_kicker(tmp_path):
    """黑体 at 12.4 pt (0.78 of the 宋体 title at 16 pt), longer than the title."""
    page = parse(_page(12.4), tmp_path)
    article = find(page, _TITLE)
    assert (article.headline.kicker, article.headline.subtitle) == (_KICKER, None)
    check_body(article, TEXTS["school"][:2])


@pytest.mark.skipif(not os.path.exists(_MING_FILE), reason="no 宋体 face installed (AR PL UMing)")
def test_a_short_heavy_title_over_a_larger_plain_tier_stays_the_title(tmp_path):
    """Guard: a 黑体 tier no longer than the 宋体 tier under it keeps the 主题."""
    page = parse(_page(12.4, kicker="农家喝上放心水"), tmp_path)
    article = find(page, "农家喝上放心水")
    assert article.headline.subtitle == _TITLE


def test_tiers_by_size_weighs_length_under_the_nearly_as_large_share():
    longer = tiers_by_size([_KICKER, _TITLE], [12.4, 16.0], [1, 0])
    assert (longer.kicker, longer.title, longer.subtitle) == (_KICKER, _TITLE, None)
    shorter = tiers_by_size(["农家喝上放心水", _TITLE], [12.4, 16.0], [1, 0])
    assert (shorter.kicker, shorter.title, shorter.subtitle) == (None, "农家喝上放心水", _TITLE)
    near = tiers_by_size([_KICKER, _TITLE], [14.4, 16.0], [1, 0])  # 0.9 of the largest: the face decides
    assert (near.kicker, near.title, near.subtitle) == (None, _KICKER, _TITLE)
    bold = tiers_by_size([_KICKER, _TITLE], [12.4, 16.0], [2, 0])  # a bold tier outweighs at any length
    assert (bold.kicker, bold.title, bold.subtitle) == (None, _KICKER, _TITLE)
