"""Three authors' names alone between a headline and its text, set heavy and
a glyph apart, one of them of a surname outside any list (禾青): two or more
opening with a surname make them a team of authors, the article's bylines,
whether the line stands apart over the text or right over its first line in
one column block; two phrases apart by a space, opening with no surname, stay
text (layout/body_units.names_of_a_team; a page built by feature_pages.py, all
text invented)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, below, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, LEFT, TEXTS, FeaturePage, span_right  # noqa: E402


def _page(tmp_path, words: list[str], gap: float):
    pg = FeaturePage()
    pg.header(7, "理论")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "城际铁路全线铺轨", 22, align="left")
    x = LEFT
    for word in words:  # each word a run of its own, a glyph apart (no space glyph)
        x = pg.line(x, y, word, BODY, "hei") + BODY
    a = pg.flow(LEFT, y + BODY + gap, TEXTS["rail"], 3).bottom
    b = story(pg, "water", "农村群众喝上放心水", 3, 2, TOP + 4)
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b)), extra=TEXTS["health"], align="left")
    return find(parse(pg, tmp_path), "城际铁路全线铺轨")


@pytest.mark.parametrize("gap", [1.2 * BODY, LEAD - BODY])
def test_a_team_of_names_set_heavy_is_the_articles_bylines(tmp_path, gap):
    article = _page(tmp_path, ["叶远", "禾青", "赵晓光"], gap)
    assert [(b.role, b.name) for b in article.bylines] == [(None, "叶远"), (None, "禾青"), (None, "赵晓光")]
    assert article.paragraphs[0].startswith(TEXTS["rail"][0][:8])


def test_two_phrases_set_heavy_are_no_names(tmp_path):
    article = _page(tmp_path, ["春风暖", "迎开学"], 1.2 * BODY)
    assert article.bylines == []
