"""Names apart by spaces under a title only a little larger are the byline: a
piece may set its names large (10.8 pt on a page of 9.5 pt text, a heading's
size) under a title of 12.4 pt, a step under 1.2. Read as a heading, the
names were the title and the title its kicker (issue 9, point 6). PDF mode,
invented page."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, find, parse  # noqa: E402

from banmian.layout.segment import name_lines  # noqa: E402
from banmian.model import TextLine  # noqa: E402

_LEFT_TEXT = ["江城今年将新建十座口袋公园，让市民出门五分钟就能走进绿地，园林部门已完成选址工作。",
              "新建的公园将配备健身步道、儿童游乐区和休憩长廊，夜间还有照明，方便居民晚饭后散步。",
              "园林部门表示，公园建设将充分听取周边居民意见，做到一园一设计，不搞千篇一律。",
              "目前，首批三座公园已经开工，预计五月底前建成开放，其余七座年内陆续完工。",
              "市民王女士说，家门口多了一块绿地，带孩子散步再也不用走到两站路外的大公园了。"]
_PIECE_TEXT = ["春节刚过，城南的老码头又热闹起来，货船排队靠岸，装卸工人忙着搬运建材和果蔬。",
               "码头负责人说，今年码头完成了扩建，新增两个泊位，每天能多停靠二十条船。",
               "随着航道疏浚完成，江城到下游港口的航程缩短了两个小时，运费也降了一成。",
               "一位跑了二十年船的船老大说，以前过了正月十五才有活，今年初五就接到了订单。",
               "港航部门介绍，今年一季度码头吞吐量有望同比增长两成，老码头正焕发新的活力。"]


def _page(tmp_path):
    pg = FeaturePage()
    pg.header(7, "经济")
    y = pg.headline(column_x(0), span_right(0, 3), TOP, "江城今年新建十座口袋公园", 22.0)
    pg.flow(column_x(0), y, _LEFT_TEXT * 4, 3)  # (the page's text: most of its lines)
    x0, x1 = column_x(3), span_right(3, 2)
    y = TOP
    for line in ("老码头迎来", "开年第一波货船"):
        pg.centered(x0, x1, y, line, 12.4)
        y += 12.4 * 1.15
    pg.centered(x0, x1, y + 4, "林海  宋川", 10.8)
    pg.flow(x0, y + 4 + 10.8 * 2.0, _PIECE_TEXT, 2)
    return parse(pg, tmp_path)


def test_names_under_a_title_a_little_larger_are_its_byline(tmp_path):
    page = _page(tmp_path)
    art = find(page, "老码头迎来 开年第一波货船")
    assert [b.name for b in art.bylines] == ["林海", "宋川"]
    assert art.headline.kicker is None
    assert art.paragraphs[0].startswith("春节刚过")


def _ln(text: str, top: float, size: float, x0: float = 40.0) -> TextLine:
    return TextLine(text, (x0, top, x0 + size * len(text), top + size), size, font="hei")


def test_only_names_apart_take_the_smaller_step():
    title = _ln("老码头迎来开年第一波货船", 100.0, 12.0)
    assert name_lines([title, _ln("林海  宋川", 118.0, 10.5, 60.0)], 9.5)  # 1.14 the names' size
    # one name (a heading's short last line may look like one) keeps the larger step: no name
    assert not name_lines([title, _ln("林海波", 118.0, 10.5, 60.0)], 9.5)
