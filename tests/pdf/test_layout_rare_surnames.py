"""An author's names alone under the headline whose surnames are rare (才,
莽: no common surname's list holds every one): where they stand, over the
text in a plain face, makes them the byline, not a subtitle or the text's
first line (issue 9). All names and text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import LEFT, TEXTS, FeaturePage, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, names_over_body_page, parse, story  # noqa: E402


@pytest.mark.parametrize("names,expected", [("才思远", ["才思远"]), ("莽 青", ["莽青"])],
                         ids=["one-name", "padded-name"])
def test_names_of_rare_surnames_over_the_body_are_the_byline(tmp_path, names, expected):
    page = names_over_body_page(tmp_path, names)
    check_titles(page, ["城际铁路全线铺轨", "农村群众喝上放心水", "三所新学校投入使用"])
    art = find(page, "城际铁路全线铺轨")
    assert [b.name for b in art.bylines] == expected, f"bylines {art.bylines}"
    assert art.headline.subtitle is None
    check_body(art, TEXTS["rail"])


def test_a_two_glyph_label_set_heavy_over_the_body_is_no_byline(tmp_path):
    """The same place holding two glyphs in a heavy face, as labels are set (综述): no author."""
    pg = FeaturePage()
    pg.header(7, "理论")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "城际铁路全线铺轨", 22, align="left")
    pg.line(LEFT, y, "综述", 10.0, "hei")
    a = pg.flow(LEFT, y + 22, TEXTS["rail"], 3).bottom
    b = story(pg, "water", "农村群众喝上放心水", 3, 2, TOP + 4)
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b)), extra=TEXTS["health"], align="left")
    page = parse(pg, tmp_path)
    art = find(page, "城际铁路全线铺轨")
    assert art.bylines == [], f"bylines {art.bylines}"

