"""Where a column opening under white space belongs. A column that opens
mid-paragraph (no indent, no dateline) goes on the text of the column on its
left, though a side headline of the next article stands in the white space
over it on its right: no article's first column opens mid-paragraph. And a
column opening a paragraph under a column broken off mid-sentence is no part
of that text. Pages built the way test_layout_features.py builds them
(feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, RightLine, column_x  # noqa: E402
from feature_checks import TOP, check_titles, find, parse  # noqa: E402

#: the second article's text, set by hand so that its second column ends on a quotation's close and the
#: third goes on with who said it (no indent: the same paragraph)
_FIRST = ["“干了五年多，一查才知道，单", "位没给缴社保。”城南一家超市的", "收银员向调解中心求助。"]
_SECOND = ["调解中心请来退休老干部", "当调解员，一周就把事情说清楚", "了，解决了纠纷“没人管、没有", "空闲理、没有法子办”的难题。”"]
_THIRD = ["调解员王晓梅说。如今，有了纠", "纷先找调解中心，已经成为街坊", "们的习惯。"]


def _lines(pg: FeaturePage, x: float, top: float, lines: list[str], opens: bool) -> float:
    """Lines one under the next, the first indented when it opens a paragraph; returns the foot."""
    for k, text in enumerate(lines):
        indent = 2 * BODY if opens and k == 0 else 0.0
        pg.line(x + indent, top + k * LEAD, text, BODY)
    return top + len(lines) * LEAD


def test_a_column_opening_mid_paragraph_goes_on_from_the_left_not_under_a_side_headline_on_its_right(tmp_path):
    """Under a short story (its text closed by a note that it goes on on
    another page), white space; then an article whose side headline stands
    in the first column over a photo, its text in the first three columns:
    the photo's caption atop the second column, whose text starts well
    below the third's top (not level with it). The third column goes on the
    paragraph the second ends (after a quotation's close, who said it). In
    the white space over the third column, on its right, stands the side
    headline of the next article, whose text opens with its dateline in the
    last column. The third column is the first article's."""
    pg = FeaturePage()
    pg.header(3, "社会")
    x = column_x(2)
    y = pg.headline(x, x + 15 * BODY, TOP + 4, "蔬菜供应充足", 18.0)
    top = pg.flow(x, y, [TEXTS["market"][0], RightLine("（下转第2版）")], 1).bottom + 40
    x0 = column_x(0)
    pg.line(x0, top, "调解进社区", 18.0, "hei")
    pg.line(x0, top + 24, "纠纷不出门", 18.0, "hei")
    pg.photo(x0, top + 56, column_x(1) - 12, top + 150, fill=True)
    _lines(pg, x0, top + 160, _FIRST, True)
    low = top + 56
    pg.line(column_x(1), low, "调解员在社区调解纠纷。", 8.0)
    pg.line(column_x(1), low + 11, "本报记者  李明摄", 8.0)
    _lines(pg, column_x(1), low + 50, _SECOND, True)
    _lines(pg, column_x(2), low + 14, _THIRD, False)
    pg.line(column_x(3), top, "江城推进", 16.0, "hei")
    pg.line(column_x(3), top + 22, "边贸便利化", 16.0, "hei")
    neighbour = ["江城讯  " + TEXTS["rail"][0]] + TEXTS["rail"][1:]
    pg.flow(column_x(4), top, neighbour, 1)
    page = parse(pg, tmp_path)
    check_titles(page, ["蔬菜供应充足", "调解进社区 纠纷不出门", "江城推进边贸便利化"])
    text = "".join(find(page, "调解进社区 纠纷不出门").paragraphs)
    assert text.endswith("的难题。”调解员王晓梅说。如今，有了纠纷先找调解中心，已经成为街坊们的习惯。"), text
    assert "王晓梅" not in "".join(find(page, "江城推进边贸便利化").paragraphs)


_UPPER = [["近年来，不少地方把文化", "服务送到群众身边，书屋、", "剧场、展馆越来越多，但活动", "形式相对单一，多"],
          ["样的探索还不够。", "下一步，要在内容上下功", "夫，让群众愿意来、留得住。"]]
_LOWER_FIRST = ["近日，青禾县发布通知，", "决定在县城主要街区实行", "烟花爆竹禁放，引导群众", "文明过节。"]


def test_a_paragraph_opening_under_a_column_broken_off_mid_sentence_goes_to_the_headline_beside_it(tmp_path):
    """An article's first column ends mid-sentence (its text goes on at the
    top of the next column); under it, after under three lines of white
    space, a column opens a paragraph (indented), level with the top of a
    headline a gutter to its right (a kicker over a title, flush left over
    the next columns), whose text is set lower. A paragraph it opens cannot
    go on a sentence broken off above it: the column is the first of the
    article the headline beside it heads."""
    pg = FeaturePage()
    pg.header(6, "地方")
    x0, x1 = column_x(0), column_x(1)
    pg.line(x0, TOP + 4, "让文化服务走进千家万户", 20.0, "hei")
    foot = _lines(pg, x0, TOP + 36, _UPPER[0], True)
    _lines(pg, x1, TOP + 36, _UPPER[1], False)
    low = foot + 2.5 * BODY  # (white space of under three lines: more than a row's usual gap)
    _lines(pg, x0, low, _LOWER_FIRST, True)
    pg.line(x1, low, "禁放令下", 10.0, "hei")
    pg.line(x1, low + 16, "年味依旧浓", 20.0, "hei")
    body = TEXTS["market"]
    pg.flow(x1, low + 60, body, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["让文化服务走进千家万户", "年味依旧浓"])
    upper = "".join(find(page, "让文化服务走进千家万户").paragraphs)
    assert "文明过节" not in upper and "形式相对单一，多样的探索还不够。" in upper, upper
    lower = find(page, "年味依旧浓")
    assert lower.paragraphs[0] == "".join(_LOWER_FIRST), lower.paragraphs
