"""An article's opening column set left of its headline (layout/opening_columns.py).

A headline narrower than its article may stand over the article's later
columns only: the first column opens at the row's top on the headline's
left, beside the article on the left. That column opens a paragraph and
breaks off mid-sentence into the first column under the headline, while the
article on the left ends finished in the column before it: it is the first
column of the article on the right. Pages built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, LEAD, TEXTS, FeaturePage, column_x, span_right, wrap  # noqa: E402

#: the right article's text: its first paragraph is cut between the column left of its headline
#: and the first column under it (mid-sentence)
_OPENING = ("江城推进老旧小区改造，今年计划改造小区六十多个，惠及居民两万余户。改造内容包括加装电梯、"
            "更新管网、整治环境和完善停车设施，居民可以通过议事会提出意见，参与方案制定和施工监督，"
            "街道还请来设计师上门听取大家的想法，把群众的需求写进设计图纸里，让改造真正改到居民心坎上。"
            "改造完成的小区里，楼道亮了，道路平了，绿地多了，不少搬走多年的老住户又回来了。")


def _opening_over_two_columns(pg: FeaturePage, opening: str, left: int, tops: tuple[float, float],
                              width: float | None = None) -> None:
    """``opening`` (a paragraph) drawn from the top of column ``left`` (``tops[0]``,
    its first line indented) for nine lines, its sentence breaking off at that
    column's foot, then on at the top of the next column (``tops[1]``);
    ``width``: the first column's justified width."""
    lines = wrap(opening)
    cut = 9  # lines in the column left of the headline: the sentence breaks off at its foot
    assert len(lines) > cut + 2 and lines[cut - 1][-1] not in "。，"
    for k, text in enumerate(lines[:cut]):
        indent = 2 * BODY if k == 0 else 0.0
        extra = {} if width is None else {"width": width - indent}
        pg.line(column_x(left) + indent, tops[0] + k * LEAD, text, BODY, **extra)
    for k, text in enumerate(lines[cut:]):
        pg.line(column_x(left + 1), tops[1] + k * LEAD, text, BODY)


def _page(opening: str) -> FeaturePage:
    """Left: a two-column article under its headline, finished in its second
    column. Then a column opening at the row's top with ``opening`` (a
    paragraph), its foot running on into the first column under the right
    article's headline (set flush left over the last two columns, its body lower)."""
    pg = FeaturePage()
    pg.header(5, "社会")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "县城书屋办进村", 20.0, align="left")
    pg.flow(column_x(0), y, list(TEXTS["library"]), 2)
    y_right = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "老旧小区焕新颜", 20.0,
                          kicker="旧楼装上新电梯 居民议事定方案")
    _opening_over_two_columns(pg, opening, 2, (TOP + 4, y_right))
    pg.flow(column_x(4), y_right, list(TEXTS["water"][:1]), 1)
    return pg


def test_a_column_left_of_a_narrow_headline_that_runs_on_into_its_first_column_opens_its_article(tmp_path):
    """The column left of the right headline opens a paragraph and runs on
    mid-sentence into the first column under that headline; the article on
    the left ended its text (a finished sentence) in the column before: the
    column opens the right article, whole."""
    page = parse(_page(_OPENING), tmp_path)
    check_titles(page, ["县城书屋办进村", "老旧小区焕新颜"])
    left = "".join(find(page, "县城书屋办进村").paragraphs)
    assert "老旧小区" not in left and left.endswith(TEXTS["library"][-1][-12:]), left
    right = find(page, "老旧小区焕新颜").paragraphs
    assert right[0] == _OPENING, right[:2]


def test_a_dated_column_left_of_a_narrow_headline_opens_the_undated_article_it_runs_on_into(tmp_path):
    """The same with the column opening with its dateline (本报江城3月4日电)
    and neither article dated elsewhere: the dateline opens the right article."""
    dated = "本报江城3月4日电  " + _OPENING
    page = parse(_page(dated), tmp_path)
    right = find(page, "老旧小区焕新颜")
    assert right.dateline and "江城3月4日电" in right.dateline, right.dateline
    assert "".join(right.paragraphs).startswith("江城推进老旧小区改造"), right.paragraphs[:1]
    assert "老旧小区" not in "".join(find(page, "县城书屋办进村").paragraphs)


def test_a_column_under_a_column_logo_that_runs_on_into_an_articles_first_column_opens_it(tmp_path):
    """A column logo (a boxed label) over the first column, whose text opens
    a paragraph and runs on mid-sentence into the first column under a
    headline centred over the next two: no headline holds the column, it
    opens that article (no headless article of its own)."""
    pg = FeaturePage()
    pg.header(5, "社会")
    pg.column_logo(column_x(0), TOP + 4, "民生观察")
    y_right = pg.headline(column_x(1), span_right(1, 2), TOP + 4, "老旧小区焕新颜", 20.0,
                          kicker="旧楼装上新电梯 居民议事定方案")
    _opening_over_two_columns(pg, _OPENING, 0, (TOP + 40, y_right))
    pg.flow(column_x(2), y_right, list(TEXTS["water"][:1]), 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["老旧小区焕新颜"])
    assert find(page, "老旧小区焕新颜").paragraphs[0] == _OPENING


def test_a_byline_under_a_side_headline_is_no_text_opening_mid_sentence():
    """(session 35, seed 117) A side headline's byline (■ 通讯员 张三) stands in
    the headline's column, level with the foot of the article on its left,
    which ends over figure boxes with no full stop: the byline opens nothing
    mid-sentence, so that column stays with its article."""
    from banmian.layout.columns import ColumnBlock
    from banmian.layout.opening_columns import openings_run_on
    from banmian.model import TextLine

    def block(x0: float, y0: float, texts: list[str], owner: int, indent: bool = False) -> ColumnBlock:
        lines = [TextLine(t, (x0 + (20.0 if indent and k == 0 else 0.0), y0 + 16 * k, x0 + 130.0, y0 + 16 * k + 10),
                          10.0) for k, t in enumerate(texts)]
        b = ColumnBlock(lines)
        b.owner = owner
        return b

    finished = block(40.0, 100.0, ["村里的路修好了，路灯也装上了，", "大家晚上出门再也不怕黑了。"] * 4, 0, indent=True)
    figures = block(200.0, 100.0, ["今年全村人均收入增长了一成，", "村里还建起了合作社和小工厂，"] * 3
                    + ["全年财政专项养老资金预算九十亿元"], 0, indent=True)
    byline = block(360.0, 160.0, ["■ 通讯员 钱萍 卢英"], 1)
    right = block(520.0, 100.0, ["今年春晚通过电视、网络收看的", "观众总规模超过十一亿人。"] * 3, 1, indent=True)
    blocks = [finished, figures, byline, right]
    openings_run_on(blocks, [], [], 10.0)
    assert [b.owner for b in blocks] == [0, 0, 1, 1]


def test_a_column_under_a_continued_from_note_that_runs_on_into_an_articles_first_column_opens_it(tmp_path):
    """(session 36, seed 191) A headline centred over a row of four columns,
    its left end well right of the first column (more than a dozen body
    sizes). The first column holds, set right at the row's top, the note
    that the article is continued from another page (（上接第2版）), then text
    opening a paragraph and running on mid-sentence into the second column.
    The note is no text that runs on, nor the column's opening: the text
    under it opens the article, and the note goes with it (no headless
    article of its own)."""
    pg = FeaturePage()
    pg.header(5, "社会")
    y_right = pg.headline(column_x(1) + 13 * BODY, span_right(1, 3), TOP + 4, "老旧小区焕新颜", 20.0,
                          kicker="旧楼装上新电梯 居民议事定方案", align="left")
    cw = 15 * BODY
    pg.right(column_x(0) + cw + 0.5, y_right, "（上接第2版）")  # flush right (a hair past the justified lines)
    _opening_over_two_columns(pg, _OPENING, 0, (y_right + 1.2 * LEAD, y_right), width=cw)
    pg.flow(column_x(2), y_right, list(TEXTS["water"][:2]), 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["老旧小区焕新颜"])
    assert find(page, "老旧小区焕新颜").paragraphs[0] == _OPENING


def test_a_continued_from_note_set_right_under_a_short_headline_flush_left(tmp_path):
    """(session 36, seed 193) A headline of two glyphs and its byline set
    flush left over a column, then the note that the article is continued
    from another page set flush right (no glyph of it under the headline's),
    then the text; a rule down the gutter to the next article. The note
    stands for the column under it: what stands over that column, the
    headline, heads it (no headless article under the page's header rule)."""
    pg = FeaturePage()
    pg.header(5, "评论")
    cw = 15 * BODY
    y = pg.headline(column_x(0), span_right(0, 1), TOP + 4, "数读", 20.0, align="left")
    pg.line(column_x(0), y, "韩 硕  李春明", BODY)
    y += 2.4 * BODY
    pg.right(column_x(0) + cw, y, "（上接第2版）")
    a = pg.flow(column_x(0), y + LEAD, list(TEXTS["market"]), 1).bottom
    pg.vrule(column_x(1) - 6, TOP, a)
    story(pg, "rail", "城际铁路铺轨", 1, 4, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["数读", "城际铁路铺轨"])
    assert find(page, "数读").paragraphs == list(TEXTS["market"])
