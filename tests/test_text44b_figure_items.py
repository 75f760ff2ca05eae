"""A data column's item opens on a figure called out with what it counts, over
an open lead that gives the figure again and a dated report: the item is the
column's text, not an article (src/banmian/layout/figure_items.py)."""

from banmian.layout.figure_items import figure_items_are_body, is_figure_item, lead_under_figure_item
from banmian.layout.text_units import Unit
from banmian.model import Block, Role

def _unit(lines: list[str], role: Role) -> Unit:
    return Unit(Block(lines, role))


LEAD = ["去年江城网上零售额达3280亿元，", "同比增长12.4%，网购成为居民消费", "的重要方式"]
REPORT = ["本报江城3月3日电 （记者周立新）", "江城市商务局3日发布的数据显示，", "去年全市网上零售额达到3280亿元。"]


def test_figure_item_over_open_lead_is_body() -> None:
    units = [_unit(["数读"], Role.TITLE), _unit(["3280亿元 江城去年网上零售额"], Role.TITLE),
             _unit(LEAD, Role.BODY), _unit(REPORT, Role.BODY)]
    figure_items_are_body(units)
    assert units[1].block.role == Role.BODY and units[0].block.role == Role.TITLE
    assert lead_under_figure_item(units[:3])  # the dateline under the lead opens the item's report


def test_headline_opening_on_a_figure_stays() -> None:
    """A title that opens on an amount heads a story told in sentences."""
    story = ["春节假期，江城老街和湿地公园游人如织。", "据统计，假期共有46.5万人次到访，", "比去年同期增长两成。"]
    units = [_unit(["46.5万人次游江城老街"], Role.TITLE), _unit(story, Role.BODY)]
    figure_items_are_body(units)
    assert units[0].block.role == Role.TITLE


def test_figure_item_line_shapes() -> None:
    assert is_figure_item("3280亿元 江城去年网上零售额")
    assert is_figure_item("46.5万人次江城春节接待游客")
    assert not is_figure_item("3280亿元")  # a figure alone: is_callout's
    assert not is_figure_item("2025年江城新建公园十二座")  # a year is no amount
    assert not is_figure_item("3280亿元，江城网上零售额创新高")  # a clause: a headline's tier


def test_figure_item_read_as_subheading_is_body() -> None:
    """Among a column's items a later item may be read as a subheading: it is text all the same."""
    units = [_unit(["数读"], Role.TITLE), _unit(["76.4万吨 江城去年港口集装箱吞吐量"], Role.SUBHEADING),
             _unit(["去年江城港口集装箱吞吐量达76.4万吨，", "创历史新高"], Role.BODY), _unit(REPORT, Role.BODY)]
    figure_items_are_body(units)
    assert units[1].block.role == Role.BODY


def test_figure_item_under_another_articles_headline_stays() -> None:
    """Right under a report's closing headline (no column's name over it) the
    item line parts that report from the column: it is left as it was read."""
    units = [_unit(["江城奶业协会会长——"], Role.TITLE), _unit(["让本地乳制品走向全国（代表履职这一年）"], Role.TITLE),
             _unit(["3280亿元 江城去年网上零售额"], Role.TITLE), _unit(LEAD, Role.BODY), _unit(REPORT, Role.BODY)]
    figure_items_are_body(units)
    assert units[2].block.role == Role.TITLE
