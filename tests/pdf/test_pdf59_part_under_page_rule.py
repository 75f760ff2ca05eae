"""Under a rule drawn across the page, a part with no headline (three
columns running on into each other, the rest of an article from another
page) beside an article headed over its one column: the headline far over
the rule, whose own text and photo end over it, heads none of the part
(issue 9, point 1: breaking the part's cycle of columns, the nearest
headline above took it across the rule). PDF mode, invented page."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import LEAD, LEFT, RIGHT, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, find, parse, story, where  # noqa: E402

_PART = ("基层干部的担当，不只写在会议记录里，更写在田间地头、街头巷尾。一些地方把考核表格越做越厚，留痕要求越来越多，"
         "干部疲于应付材料，真正走村入户的时间反而少了。减负不是减责任，而是把被形式主义占去的精力还给干部，"
         "让他们把心思用在解决群众的急难愁盼上。基层治理千头万绪，既要有章可循，也要给干部留出因地制宜的空间，"
         "多看实效少看痕迹，多听群众评价少听汇报数字，好作风才能在一件件实事中立起来")
_MORE = ("减负的关键在于转变考核导向。考核的指挥棒指向哪里，干部的精力就投向哪里。把群众满意度作为重要标准，"
         "把解决实际问题作为衡量尺度，才能让实干者有舞台、让实绩看得见，让基层干部轻装上阵、放开手脚。")


def test_a_part_under_a_page_wide_rule_is_not_the_headline_far_over_it(tmp_path):
    pg = FeaturePage()
    pg.header(14, "评论")
    top = story(pg, "theory", "以学促干", 0, 2, TOP, align="left")
    x0, x1 = column_x(2), span_right(2, 2)
    y = pg.headline(x0, x1, TOP, "乡村阅读点亮冬日生活", 20.0)
    y = pg.flow(x0, y, TEXTS["library"][:2], 2).bottom + 8
    pg.photo(x0, y, x1, y + 150, fill=True)
    bottom = max(top, y + 150) + 14
    pg.rule(LEFT, bottom, RIGHT, 0.6)
    y = bottom + 14
    y2 = pg.headline(column_x(0), span_right(0, 1), y + 5, "湖畔新村换新颜", 15.5, align="left")
    y2 = pg.byline_line(column_x(0), span_right(0, 1), y2, "本报记者 林青", align="left")
    wide = span_right(0, 1) + 80  # the photo wider than the headline and its column
    pg.photo(column_x(0), y2, wide, y2 + 120, fill=True)
    y2 += 126
    for line in ("湖畔新村的村民在新建的文化广场上排练节目，", "迎接新春佳节。"):
        pg.line(column_x(0), y2, line, 9.0)
        y2 += 12
    pg.right(wide, y2, "本报记者 林青摄", 9.0)
    flowed = pg.flow(wide + 18, y, [_PART + "。", _MORE], 3, chars=16)  # (in another measure)
    pg.vrule(wide + 9, y - 4, flowed.bottom)  # a column rule between the photo and the part
    pg.flow(column_x(0), max(y2, flowed.bottom) + 20, TEXTS["river"][:2], 1)
    assert len(flowed.columns) == 3
    page = parse(pg, tmp_path)
    check_body(find(page, "乡村阅读点亮冬日生活"), TEXTS["library"][:2])
    assert {hit[0] for hit in where(page, _PART[:12])} == {None}
    assert {hit[0] for hit in where(page, _MORE[-12:])} == {None}
