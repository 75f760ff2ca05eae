"""Who drew a chart or table (制图：张三), the line under its source line, is the
chart's, as its source line is: no paragraph of the report printed beside it
(text mode; invented page, one printed line a line, the chart's words between
the report's text and the next report, as a content-stream extractor gives them)."""

from __future__ import annotations

import banmian
from banmian.layout.notice_boxes import box_lines, table_rows

#: a bar chart given a line a figure: its title, unit, figures and labels
BARS = """近两年全市蔬菜产量
单位：万吨
38.1
40.2
上半年
41.5
42.0
下半年
"""
#: a pie chart's legend: a label and its share a line
PIE = """全市蔬菜来源构成
本地基地62.5%
周边县市30.1%
外省调入7.4%
"""
REPORTS = """2025年3月4日 星期二
第3版
经济
菜篮子产品供应充足
本报记者 陈立
记者从市农业农村局获悉，
今年一季度全市蔬菜产量达
到四十二万吨，同比增长百
分之六，价格保持平稳。
市农业农村局有关负责人
表示，将继续扩大设施蔬菜
种植面积，稳定市场供应。
{chart}数据来源：市农业农村局
制图：陈立
夜间公交线路再添三条
■ 通讯员 王芳
为方便市民夜间出行，市公
交集团本月起新开三条夜间公
交线路，覆盖主要商圈和医院。
"""

PAGE = REPORTS.format(chart=BARS)


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_chart_maker_is_no_paragraph_and_no_title():
    report, other = _articles()
    assert (report.headline.title, other.headline.title) == ("菜篮子产品供应充足", "夜间公交线路再添三条")
    assert report.paragraphs[-1].endswith("稳定市场供应。")
    assert not any("制图" in p for a in (report, other) for p in a.paragraphs)


def test_maker_line_joins_the_box_only_right_under_its_source():
    lines = PAGE.splitlines()
    taken = box_lines(lines)
    assert lines.index("制图：陈立") in taken
    moved = lines[:lines.index("数据来源：市农业农村局") + 1] + ["夜间公交线路再添三条", "制图：陈立"]
    assert moved.index("制图：陈立") not in box_lines(moved)


def test_a_table_keeps_its_rows_and_its_maker_last():
    rows = table_rows(["主要指标", "品种", "产量", "增速", "蔬菜", "42.0", "6.0", "水果", "18.5", "3.2", "数据来源：市统计局",
                       "制表：李四"])
    assert rows == ["主要指标", "品种 产量 增速", "蔬菜 42.0 6.0", "水果 18.5 3.2", "数据来源：市统计局", "制表：李四"]


PIE_PAGE = REPORTS.format(chart=PIE)


def test_a_charts_legend_of_labelled_figures_heads_no_article():
    """A pie chart's legend gives a label and its share a line (本地基地62.5%):
    its title over them is no headline, its lines no text."""
    report, other = banmian.parse_text(PIE_PAGE, enrich=False).pages[0].articles
    assert (report.headline.title, other.headline.title) == ("菜篮子产品供应充足", "夜间公交线路再添三条")
    assert report.paragraphs[-1].endswith("稳定市场供应。")
    assert not any("%" in p or "构成" in p for a in (report, other) for p in a.paragraphs)


def test_a_table_given_a_block_a_row_is_one_box():
    """PyMuPDF's blocks give a table's rows a block each (品种 / 42.0 / 6.0): the
    table set apart is still one box, so its rows are read back as a table."""
    from banmian.layout.notice_boxes import set_notice_boxes_apart
    from banmian.model import Block

    rows = [["主要指标"], ["品种", "产量", "增速"], ["蔬菜", "42.0", "6.0"], ["水果", "18.5", "3.2"],
            ["肉类", "9.1", "1.4"], ["数据来源：市统计局"]]
    blocks = [Block(["市场供应保持平稳。"])] + [Block(list(r)) for r in rows] + [Block(["港口货物吞吐量持续增长"])]
    out = set_notice_boxes_apart(blocks)
    assert [len(b.lines) for b in out] == [1, 14, 1]
    assert table_rows(out[1].lines) == ["主要指标", "品种 产量 增速", "蔬菜 42.0 6.0", "水果 18.5 3.2",
                                        "肉类 9.1 1.4", "数据来源：市统计局"]
