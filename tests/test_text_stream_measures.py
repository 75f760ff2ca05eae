"""A line stream that changes its measure between two texts: a news brief's
narrow column, then a wider column's article; a headline over a lead-in set
across columns; a byline line under a lead-in that ends with no mark. The cut
(layout/line_stream.py) must not run one text's lines into the other's."""

from __future__ import annotations

from banmian.layout.line_stream import regroup_line_stream
from banmian.sources.text import text_to_blocks
from tests.test_line_stream import typeset

# a news brief in a column 11 cells wide, closed by its author's bracket
_BRIEF = typeset("江城图书馆春节期间照常开放，馆内新增了两千册少儿图书和一批电子阅读设备，读者可凭借阅证免费借阅。"
                 "图书馆还在大厅设置了自助借还机，读者办理借还手续不再需要排队等候。", 11) + typeset(
    "图书馆负责人介绍，春节期间每天还将举办两场亲子阅读活动，欢迎市民带孩子参加，活动无需提前预约。", 11) + ["（王小明）"]


def _block_of(blocks, line: str):
    return next(b for b in blocks if line in b.lines)


def test_a_wider_column_opening_with_digits_after_a_brief_is_one_paragraph():
    # the wider column's first line is indented (16 - 2 cells) but its digits are half a cell
    # each: 13.5 cells, no wider than the narrow column's overflow; its core says what it is
    wide = ["2020年3月15日，江城市人民政", "府与邻近六个县签署了生态保护合", "作协议，共同治理流经各地的江河",
            "湖泊，协议为期五年。根据协议，各", "方将共建水质监测网络，统一执法", "标准，定期交换监测数据。"]
    blocks = regroup_line_stream(text_to_blocks("\n".join(_BRIEF + wide) + "\n"))
    first = _block_of(blocks, wide[0])
    assert first.lines[:4] == wide[:4]
    assert "（王小明）" not in first.lines


# a text and its caption in a column 13 cells wide, the credit, then a title as wide as that column
_CAPTION = [line for text in ("江城湿地公园去年底建成开放，公园占地八十公顷，建有观鸟台、木栈道和科普馆，成为市民休闲的新去处。",
                                "公园管理处负责人说，今年将继续补种水生植物，吸引更多候鸟在此栖息越冬，让市民近距离观察鸟类。",
                                "市民在江城新建的湿地公园里观鸟赏景，在栈道上散步拍照，享受假日时光。")
            for line in typeset(text, 13)] + ["张三摄"]
_TITLE = "江城市长会见友好城市代表团"
# a lead-in across columns, 20 cells wide, its last line ending with no mark
_LEAD_IN = ["市长表示，江城愿与各友好城市深化在经贸、", "文化、教育等领域的交流合作，共同推动城市",
            "可持续发展，为两地人民带来更多实实在在的", "福祉和看得见的发展成果"]
_BYLINE = ["本报记者", "王大伟", "李晓红", "赵小川"]
_BODY = ["本报江城3月5日电 "] + [line for text in (
    "江城市市长5日在市政府会见来访的友好城市代表团一行，双方就进一步加强交流合作深入交换了意见。",
    "代表团一行还参观了江城高新区和老城历史街区，并与当地企业代表座谈，探讨在新能源领域开展合作的可能。")
    for line in typeset(text, 13)]


def test_a_title_over_a_lead_in_across_columns_stands_alone():
    blocks = regroup_line_stream(text_to_blocks("\n".join(_CAPTION + [_TITLE] + _LEAD_IN + _BYLINE + _BODY) + "\n"))
    assert _block_of(blocks, _TITLE).lines == [_TITLE]


def test_a_byline_line_never_goes_on_from_a_lead_in():
    blocks = regroup_line_stream(text_to_blocks("\n".join(_CAPTION + [_TITLE] + _LEAD_IN + _BYLINE + _BODY) + "\n"))
    assert _block_of(blocks, _LEAD_IN[0]).lines == _LEAD_IN  # its last line carries no byline on
