"""Labels printed inside an article's text that look like a byline but name
no one. Pages built the way test_layout_features.py builds them
(feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import LEFT, TEXTS, FeaturePage, RightLine, span_right, wrap  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


@pytest.mark.parametrize("label", ["（记者手记）", "（记者观察）"])
def test_a_role_and_a_genre_in_brackets_is_no_byline(tmp_path, label):
    """A sidebar's heading set as a paragraph of the text, its label (a
    reporter's role and a genre word in brackets) wrapped onto a line of its
    own: 把心里话说给群众听 / （记者手记）. The brackets name no one: the line is
    the paragraph's end, not a closing byline (手记 is no name)."""
    sidebar = "把心里话说给群众听" + label
    assert wrap(sidebar)[-1] == label, "the label must stand on a line of its own"
    pg = FeaturePage()
    pg.header(6, "社会")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "代表走进田间地头", 20)
    paras = TEXTS["water"] + [sidebar] + TEXTS["harvest"][:2]
    a = pg.flow(LEFT, y, paras, 3).bottom
    b = story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["代表走进田间地头", "文艺巡演进乡村", "老厂房变身城市书房"])
    art = find(page, "代表走进田间地头")
    assert art.bylines == [], f"bylines {art.bylines}"
    check_body(art, TEXTS["water"] + [sidebar] + TEXTS["harvest"][:2])


def test_a_photographers_credit_no_caption_took_is_neither_text_nor_byline(tmp_path):
    """A line set flush right at a column's foot that credits a photographer
    (本报记者 李长河摄), with no photo or caption beside it to take it: it
    names who took a picture, not who wrote the article, and is no sentence of
    the text. The article keeps its reporter's byline and its paragraphs."""
    pg = FeaturePage()
    pg.header(6, "社会")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "代表走进田间地头", 20)
    y = pg.byline_line(LEFT, x1, y, "本报记者 高青禾")
    a = pg.flow(LEFT, y, TEXTS["water"] + [RightLine("本报记者 李长河摄")], 3).bottom
    b = story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["代表走进田间地头", "文艺巡演进乡村", "老厂房变身城市书房"])
    art = find(page, "代表走进田间地头")
    assert [b.name for b in art.bylines] == ["高青禾"], f"bylines {art.bylines}"
    check_body(art, TEXTS["water"])
