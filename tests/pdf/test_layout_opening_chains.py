"""An article's opening run through more than one column left of its headline,
and an article on the left whose text ends in a short last line
(layout/opening_columns.py, session 37).

A headline centred over an article's middle columns leaves the first
columns of its text on its left, one paragraph running from the first
through the second into the first column under the headline, each foot
breaking off mid-sentence: one text, the article's opening, not a headless
article. And an article on the left whose last paragraph ends in a short
line pushed to the top of its next column (the rest of that column empty)
has finished its text: the column after it, running on into the right
article, opens the right article. Pages built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse  # noqa: E402
from feature_pages import BODY, CHARS, LEAD, TEXTS, FeaturePage, column_x, span_right, wrap  # noqa: E402

#: one paragraph long enough to fill two columns and go on under the headline (all invented)
_LONG = ("江城推进老旧小区改造，今年计划改造小区六十多个，惠及居民两万余户。改造内容包括加装电梯、"
         "更新管网、整治环境和完善停车设施，居民可以通过议事会提出意见，参与方案制定和施工监督，"
         "街道还请来设计师上门听取大家的想法，把群众的需求写进设计图纸里，让改造真正改到居民心坎上。"
         "改造完成的小区里，楼道亮了，道路平了，绿地多了，不少搬走多年的老住户又回来了。"
         "社区还在楼下建起了便民服务站，理发、修鞋、配钥匙等小店一应俱全，老人们买菜看病都不用走远路，"
         "年轻人下班回家也能在小区门口取到快递，大家都说日子过得越来越舒心了。")


def _set(pg: FeaturePage, x: float, top: float, lines: list[str], opens: bool, ends: bool) -> None:
    """Lines of one column justified to its width (a paragraph's last line ragged)."""
    for k, text in enumerate(lines):
        indent = 2 * BODY if opens and k == 0 else 0.0
        last = ends and k == len(lines) - 1
        pg.line(x + indent, top + k * LEAD, text, BODY, width=None if last else CHARS * BODY - indent)


def _cut_points(lines: list[str], first: int) -> int:
    """The first cut at or after ``first`` lines where the line before breaks off mid-sentence."""
    k = first
    while lines[k - 1][-1] in "。！？”":
        k += 1
    return k


def test_a_paragraph_run_through_two_columns_left_of_a_centred_headline_opens_its_article(tmp_path):
    """No headline over the first two columns of the row (only a column logo
    over the page's first column); the headline is centred over the third and fourth. The text opens a paragraph at the top
    of the first column, goes on mid-sentence at the top of the second, and
    from its foot into the first column under the headline: all one article
    (without the rule: the first two columns are an article of their own)."""
    pg = FeaturePage()
    pg.header(5, "社会")
    pg.column_logo(column_x(0), TOP + 4, "民生观察")
    y = pg.headline(column_x(2), span_right(2, 2), TOP + 30, "老旧小区焕新颜", 20.0,
                    kicker="旧楼装上新电梯 居民议事定方案")
    lines = wrap(_LONG)
    first = _cut_points(lines, 7)
    second = _cut_points(lines, first + 7)
    assert len(lines) > second + 2
    _set(pg, column_x(0), y, lines[:first], True, False)
    _set(pg, column_x(1), y, lines[first:second], False, False)
    _set(pg, column_x(2), y, lines[second:], False, True)
    pg.flow(column_x(3), y, list(TEXTS["water"][:1]), 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["老旧小区焕新颜"])
    article = find(page, "老旧小区焕新颜")
    assert article.paragraphs[0] == _LONG, article.paragraphs[:2]
    assert len(page.articles) == 1, [a.headline.title for a in page.articles]


def test_an_article_ending_in_a_short_line_atop_its_next_column_has_finished_its_text(tmp_path):
    """The article on the left ends its last paragraph in a short line
    (全天免费向市民开放。) pushed to the top of its second column, the rest of that
    column left empty. The column after it opens a paragraph and runs on
    mid-sentence into the first column under the right article's headline:
    the left article's text was finished, so the column opens the right one
    (without the rule the short line, standing far from the column, is not
    found, and the column stays with the left article)."""
    pg = FeaturePage()
    pg.header(5, "社会")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "县城书屋办进村", 20.0, align="left")
    left = TEXTS["library"][0]
    left_lines = wrap(left)
    assert len(left_lines[-1]) <= 10  # (its right end more than five body sizes from the next column)
    _set(pg, column_x(0), y, left_lines[:-1], True, False)
    pg.line(column_x(1), y, left_lines[-1], BODY)
    lines = wrap(_LONG)
    cut = _cut_points(lines, 9)
    y_right = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "老旧小区焕新颜", 20.0,
                          kicker="旧楼装上新电梯 居民议事定方案")
    _set(pg, column_x(2), TOP + 4, lines[:cut], True, False)
    _set(pg, column_x(3), y_right, lines[cut:], False, True)
    pg.flow(column_x(4), y_right, list(TEXTS["water"][:1]), 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["县城书屋办进村", "老旧小区焕新颜"])
    assert "".join(find(page, "县城书屋办进村").paragraphs) == left
    assert find(page, "老旧小区焕新颜").paragraphs[0] == _LONG
