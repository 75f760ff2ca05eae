"""An article's opening column set under another article's side headline,
across the white space under that headline. Ownership gave the column to the
headline over it (the side headline's kicker runs wider than the column);
the upper article's own text stands wholly over the column's top and ends a
sentence, and the column, opening a paragraph, runs on mid-sentence into the
first column of the article on its right: the column is that article's
opening (layout/opening_columns._foot_over_it_all: with no text of the
owner on the column's left, all of it over the column's top, the owner's
text ends at its last column's foot). A unit test of the step (no PDF):
lines placed as a typesetter would, 10 pt type; invented text."""

from __future__ import annotations

from banmian.layout.columns import ColumnBlock
from banmian.layout.opening_columns import openings_run_on
from banmian.model import TextLine

SIZE, LEAD = 10.0, 15.0


def _column(x0: float, top: float, texts: list[str], indent: bool) -> ColumnBlock:
    lines = []
    for i, text in enumerate(texts):
        x = x0 + (2 * SIZE if indent and i == 0 else 0)
        lines.append(TextLine(text, (x, top + i * LEAD, x + len(text) * SIZE, top + i * LEAD + SIZE), SIZE,
                              font="SongStd"))
    return ColumnBlock(lines)


def _page(upper_ends: str) -> tuple[list[ColumnBlock], ColumnBlock]:
    # the upper article (owner 0): two columns right of its side headline, ending on ``upper_ends``
    upper = [_column(300, 100, ["湿地公园的水面上", "成群的候鸟在觅食嬉戏", "引来不少市民驻足观赏"], True),
             _column(430, 100, ["管理处的工作人员说", "今年来越冬的候鸟更多", upper_ends], False)]
    # under the side headline's white space: the lower article's opening column, given to owner 0
    opening = _column(40, 400, ["城东街道首家社区", "食堂日前在老小区开业", "每天供应早中晚三餐"], True)
    # the lower article (owner 1): its first column goes on from the opening's foot mid-sentence
    lower = [_column(170, 400, ["六十岁以上老人凭卡", "用餐享受八折优惠。", "开业当天就有不少居民"], False),
             _column(300, 400, ["前来就餐，老人们说", "终于不用为三餐发愁了", "子女们也放了心。"], False)]
    for b in upper:
        b.owner = 0
    opening.owner = 0
    for b in lower:
        b.owner = 1
    return upper + [opening] + lower, opening


def test_an_opening_column_under_a_side_headlines_white_space_goes_to_the_article_it_runs_on_into():
    blocks, opening = _page("湿地的生态越来越好了。")
    openings_run_on(blocks, [], [], SIZE)
    assert opening.owner == 1


def test_the_column_stays_when_the_upper_text_runs_on_into_it():
    blocks, opening = _page("湿地的生态越来越好")  # unfinished: the upper text may go on there
    openings_run_on(blocks, [], [], SIZE)
    assert opening.owner == 0
