"""Where a title's line break keeps a space: a line that ends short of the
room it had ended at the gap between two phrases (三座新公园 迎来赏花客), as
real papers break a title over two lines; a line that reaches the headline's
edge over a far shorter one was full and wrapped inside a phrase. A break
inside a quote or a bracket, or before a column tag, is no phrase gap.
(Titles read with a stray space cut their words apart: a search for 口袋公园
misses 口袋 公园.) Pages built as test_layout_features.py builds them
(feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, below, check_titles, parse, story  # noqa: E402


@pytest.mark.parametrize("lines, title", [
    # a title narrower than its four columns, wrapped at its own box's edge
    (["江城新建三座口袋公园迎", "来春日赏花人"], "江城新建三座口袋公园迎来春日赏花人"),
    # a break inside a quote or a bracket, and one before the column tag
    (["江城“口", "袋公园”迎来赏花人"], "江城“口袋公园”迎来赏花人"),
    (["口袋公园迎来赏花人（城", "建观察）"], "口袋公园迎来赏花人（城建观察）"),
    (["江城口袋公园迎来赏花人", "（城建观察）"], "江城口袋公园迎来赏花人（城建观察）"),
    # two phrases, the first short of the edge the second reaches: their gap stays
    (["三座新公园", "迎来春日赏花人潮"], "三座新公园 迎来春日赏花人潮"),
], ids=["wrapped-at-its-edge", "inside-a-quote", "inside-a-tag", "before-a-tag", "two-phrases"])
def test_a_title_over_two_lines_keeps_a_space_only_at_a_phrase_gap(tmp_path, lines, title):
    pg = FeaturePage()
    pg.header(5, "综合")
    y = pg.headline(column_x(0), column_x(2), TOP + 4, lines, 22.0, align="left")
    bottom = pg.flow(column_x(0), y, TEXTS["river"], 4).bottom
    story(pg, "school", "南岭区三所新学校投入使用", 0, 4, below(pg, bottom), align="left")
    check_titles(parse(pg, tmp_path), [title, "南岭区三所新学校投入使用"])


def test_three_phrases_on_one_line_under_a_kicker_are_one_title(tmp_path):
    """A kicker over a title of three phrases set on one line an em apart, the
    last one long (twelve glyphs and more): the phrases are one title, under
    its kicker, however long the last one is (it is the phrase next to the
    gap that is short, not the line put together on its left)."""
    pg = FeaturePage()
    pg.header(5, "要闻")
    x0, size = column_x(0), 15.0
    pg.line(x0 + 40, TOP + 4, "市长在全市城市更新工作推进会上强调", 14.0)
    x = x0
    for phrase in ("坚持规划引领", "守住城市底色", "扎实推进老城区更新改造提质增效"):
        x = pg.line(x, TOP + 26, phrase, size, "hei") + size
    pg.flow(x0, TOP + 56, TEXTS["river"], 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["坚持规划引领 守住城市底色 扎实推进老城区更新改造提质增效"])
    assert page.articles[0].headline.kicker == "市长在全市城市更新工作推进会上强调"


@pytest.mark.parametrize("lines, title", [
    # cut inside 口袋公园, a word the article writes: no space, however short the line
    (["沿河新建十二座口", "袋公园已连成一片"], "沿河新建十二座口袋公园已连成一片"),
    # two phrases whose sides (波|市) the article never writes together: the gap stays
    (["清溪河两岸重现碧波", "市民休闲有了好去处"], "清溪河两岸重现碧波 市民休闲有了好去处"),
], ids=["cut-inside-a-word-of-the-body", "phrases-the-body-does-not-join"])
def test_a_break_whose_two_sides_the_body_writes_together_cut_a_word(tmp_path, lines, title):
    """Two lines of about one length, flush left, far short of the columns under them: the
    lines look alike either way, the article's wording tells (the headline
    names what its body reports, in the body's words: title_breaks.py)."""
    pg = FeaturePage()
    pg.header(5, "综合")
    y = pg.headline(column_x(0), column_x(3), TOP + 4, lines, 22.0, align="left")
    bottom = pg.flow(column_x(0), y, TEXTS["river"], 4).bottom
    story(pg, "school", "南岭区三所新学校投入使用", 0, 4, below(pg, bottom), align="left")
    check_titles(parse(pg, tmp_path), [title, "南岭区三所新学校投入使用"])
