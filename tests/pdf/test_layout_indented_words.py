"""A word or two alone on a line at the paragraph indent is a paragraph, not
an author's name (layout/indented_words.py). A name alone over the text, in
the text's face, is the byline whatever its surname (test_layout_rare_surnames.py);
set where a paragraph's first line starts, two glyphs in from the column's
left edge and not centred, the same glyphs open the text (a part's label
over its subheading: 新技术). All names and text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEFT, TEXTS, FeaturePage, Sub, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, find, parse, story  # noqa: E402


def _page(tmp_path, word: str, at_indent: bool):
    """Article A over columns 0-2: its headline, then ``word`` alone on a
    line (at the paragraph indent, or flush with the column's left edge),
    a boxed subheading and A's text; B beside it, C under both."""
    pg = FeaturePage()
    pg.header(12, "社会")
    y = pg.headline(LEFT, span_right(0, 3), TOP + 4, "春运一线见闻", 22, align="left")
    if at_indent:  # drawn by the flow as a paragraph of its own
        a = pg.flow(LEFT, y, [word, Sub(["行李全程可追踪"], boxed=True)] + list(TEXTS["rail"]), 3).bottom
    else:
        pg.line(LEFT, y, word, BODY)
        a = pg.flow(LEFT, y + 2 * BODY, [Sub(["行李全程可追踪"], boxed=True)] + list(TEXTS["rail"]), 3).bottom
    b = story(pg, "water", "农村群众喝上放心水", 3, 2, TOP + 4)
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b)), align="left")
    return find(parse(pg, tmp_path), "春运一线见闻")


def test_a_word_at_the_paragraph_indent_opens_the_text(tmp_path):
    art = _page(tmp_path, "新技术", at_indent=True)
    assert art.bylines == [], f"bylines {art.bylines}"
    check_body(art, ["新技术", "行李全程可追踪"] + list(TEXTS["rail"]))


def test_the_same_glyphs_at_the_columns_left_edge_are_the_byline(tmp_path):
    """The control: set flush with the column's edge, over the text, they are its author."""
    art = _page(tmp_path, "才思远", at_indent=False)
    assert [b.name for b in art.bylines] == ["才思远"], f"bylines {art.bylines}"
