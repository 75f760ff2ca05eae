"""Text mode: two runs of text, each of one exact measure a cell apart, are two
articles' columns, so the heading between them is no in-body subheading. A line
holding Latin letters or figures tells no exact measure (they are set narrower
or wider than the half cell they are counted): it no longer hides the measure
the lines of characters alone agree on, and counts where it agrees. Invented text."""

from banmian.layout.alone_titles import one_measure
from banmian.layout.subheadings import looks_like_subheading

#: a report in twelve-cell lines
_PARK = ["河湾公园完成改造工程后，", "附近居民每天都来散步锻炼", "，老人和孩子们都说环境比", "以前好多了。公园管理处负",
         "责人介绍，改造工程新建了", "两条健身步道和一处儿童乐", "园，还补种了各类树木一千", "多株。", "附近居民每天都来散步锻炼"]
#: another report in thirteen-cell lines, one of them holding figures (counted 13.5 cells)
_CENTRE = ["城北新区的便民服务中心日前", "正式投入使用，可办理社保、", "医保、户籍等一百多项业务。", "服务中心位于新区中心广场东",
           "侧，距地铁站约5百米，于2025", "年开工建设，建筑面积约八千", "平方米，设有自助服务区和综", "合窗口区等多个功能区域。"]


def test_a_line_with_figures_hides_no_measure() -> None:
    assert not one_measure(_PARK, _CENTRE, 12.0, 13.0)
    assert not looks_like_subheading(["便民服务中心投入使用"], _PARK, _CENTRE, stream=True)


def test_a_line_with_figures_counts_where_it_agrees() -> None:
    # three full lines of characters alone and one with figures, all thirteen cells: one measure of 13
    run = ["城北新区的便民服务中心日前", "正式投入使用可办理社保医保", "距地铁站约50米，于2025年开", "工建设建筑面积约八千平方米", "平方米。"]
    assert not one_measure(_PARK, run, 12.0, 13.0)
    # lines of characters alone at two widths: a column squeezing its marks, nothing tells two measures
    squeezed = ["城北新区的便民服务中心日前", "正式投入使用，可办理社保", "医保、户籍等一百多项业务。", "平方米。"]
    assert one_measure(_PARK, squeezed, 12.0, 13.0)
