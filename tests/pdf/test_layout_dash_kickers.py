"""A headline line closing with a dash closes its tier: the kicker that
introduces the title under it (layout/headlines.closes_tier, session 38).

A kicker may be set in the title's face and size (or a shade larger), both
wrapped over two lines: nothing in the type parts them. A lead-in that names
who speaks and closes with —— (青禾县柳塘村村医李春华——) introduces the title
under it; no title line ends on a dash with its sentence going on. Page built
by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402


@pytest.mark.parametrize("kicker_size", [18.0, 18.2])
def test_a_lead_in_closing_with_a_dash_is_the_kicker_of_the_title_under_it(tmp_path, kicker_size):
    pg = FeaturePage()
    pg.header(6, "社会")
    x0, x1 = column_x(0), span_right(0, 1)
    y = TOP + 4
    for part in ["青禾县柳塘村村医", "李春华——"]:
        pg.line(x0, y, part, kicker_size, "hei")
        y += 18.0 * 1.3
    y = pg.headline(x0, x1, y, ["“把药箱背到", "乡亲家门口”"], 18.0, align="left")
    body = TEXTS["health"]
    pg.flow(column_x(1), TOP + 4, body, 2)
    page = parse(pg, tmp_path)
    art = find(page, "“把药箱背到乡亲家门口”")
    assert art.headline.kicker == "青禾县柳塘村村医李春华——", f"kicker {art.headline.kicker!r}"
    check_body(art, body)
