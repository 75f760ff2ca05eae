"""A dashed subtitle drawn before its title (a side headline given subtitle
first) is read as the kicker, and the title's wrapped last line as the
subtitle. No kicker opens with ——: that tier is the subtitle, and the line
under the title, no wider than the title's line, is the title's tail; a dashed
"title" over an undashed "subtitle" is the two swapped (text
mode; invented page, one line a printed line)."""

from __future__ import annotations

import banmian

from tests.stream_page import OLD_STREETS, PLANTING_REPORT

PAGE = PLANTING_REPORT + """——江城发展的
底气从何而来③
稳住基本盘，
以精准施策
激活市场主体
""" + OLD_STREETS


def test_a_dashed_tier_over_the_title_is_the_subtitle():
    head = banmian.parse_text(PAGE, enrich=False).pages[0].articles[1].headline
    assert head.kicker is None
    assert "".join(head.title.split()) == "稳住基本盘，以精准施策激活市场主体"
    assert head.subtitle == "——江城发展的底气从何而来③"


#: PyMuPDF's blocks: the dashed subtitle and the title in one block, drawn subtitle first
BLOCKS = """江城日报

2025年5月6日 星期二 3 社会

王建国

——江城发展的底气从何而来③
稳住基本盘

今年以来，江城坚持稳中求进工作总基调，
经济运行总体平稳、稳中有进，主要指标
好于预期。一季度全市地区生产总值同比
增长百分之六，规模以上工业增加值增长
百分之七。

市统计局有关负责人表示，全市经济发展
的基本面没有变，长期向好的趋势没有变。

城东老街换新颜

走进城东的老街巷，青石板路干净整洁，
墙面彩绘生动有趣，不少居民在家门口开
起了小店。去年以来，街道对辖区内的老
街巷进行了改造提升。
"""


def test_a_dashed_title_over_its_title_is_the_subtitle():
    head = banmian.parse_text(BLOCKS, enrich=False).pages[0].articles[0].headline
    assert (head.title, head.subtitle) == ("稳住基本盘", "——江城发展的底气从何而来③")
