"""Blocks mode (PyMuPDF's ``get_text("blocks")``) on a page whose other blocks
hold several lines, where one article's two level columns, set at a loose
leading, come one block a line read across (a row of both columns before the
next row): the run is read column by column and each column's paragraph goes
back into one block, so no column line stands alone as a headline. Every text
here is invented."""

from __future__ import annotations

import banmian
from banmian.layout.woven_blocks import column_joins, has_one_line_run, unwoven_blocks
from banmian.sources.text import text_to_blocks

from tests.test_line_stream import pymupdf_blocks, typeset
# (the two level columns, the lead across them and the columns read across row by row: as there)
from tests.test_text_unweave import _LEAD, _LEFT, _RIGHT, _woven

#: an article above, in blocks of several lines (the page's blank lines mean something)
_OTHER = ["河西镇今年冬天组织志愿者为独居老人上门送去年货和棉衣，一共走访了三百多户人家。",
          "志愿者们还帮老人打扫院子、检查电线和炉灶，提醒大家注意用火安全。",
          "镇里表示，这项活动将坚持下去，让老人们过一个温暖的春节。",
          "一位独居老人说，志愿者每个月都来看望自己，陪着聊天，还帮忙买药，日子过得踏实多了。",
          "镇里还为行动不便的老人装上了一键呼叫设备，遇到急事按下按钮，值班人员很快就能赶到家中。",
          "今年以来，全镇已有两百多名青年报名加入志愿服务队，他们利用周末和节假日走村入户，把关心送到老人身边。",
          "镇民政办负责人表示，下一步将把送温暖活动和村里的养老服务结合起来，让更多老人在家门口享受到照料。"]


def _page(rows: list[str]) -> str:
    blocks = [["河西镇志愿者上门送温暖"], ["本报记者 周明华"], *(typeset(p, 10) for p in _OTHER),
              ["城东三座新公园开放"], ["本报记者 林海涛"], typeset(_LEAD, 12)]
    return pymupdf_blocks(*blocks) + "\n" + "\n\n".join(rows) + "\n"


def test_one_line_blocks_of_level_columns_read_across_come_back_as_paragraphs():
    articles = banmian.parse_text(_page(_woven()), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["河西镇志愿者上门送温暖", "城东三座新公园开放"]
    assert "".join(articles[1].paragraphs).endswith(_LEFT + _RIGHT)


def test_one_line_blocks_of_a_column_read_down_stay_as_they_are():
    # the same columns read down, one line a block: the unweave moves nothing, no block is rebuilt
    rows = [*typeset(_LEFT, 12), *typeset(_RIGHT, 12)]
    blocks = text_to_blocks(_page(rows))
    assert has_one_line_run(blocks)
    assert unwoven_blocks(blocks) is None
    assert unwoven_blocks(text_to_blocks(_page(_woven()))) is not None


def test_moved_lines_join_while_the_text_goes_on_and_break_where_it_breaks():
    # a full line left unfinished goes on; a short line that ends its sentence closes the
    # paragraph; so does a short line that ends none (a heading); a line that ends its sentence at
    # the full measure over an indented line does too; a line the unweave did not move never joins,
    # and a wide block beside the run (a lead across the columns) is no column's measure
    lead = "城东新区的公园总面积很大，园里种植了各种花卉，还有许多高大的树木，全部向市民免费开放。"
    lines = ["城东新区今年新建了三座公园总", "面积达到四十公顷，将在春节前", "全部向市民免费开放。",
             "新园开放", "新公园里种植了本地树种和花卉", "还设置了健身步道和游乐区域。", "周边居民可以就近休闲。"]
    numbered = [(lead, 1)] + [(text, 10 + 2 * k) for k, text in enumerate(lines)]
    moved = {10, 12, 14, 16, 18, 20}
    assert column_joins(numbered, moved) == [False, False, True, True, False, False, True, False]
    assert column_joins(numbered, moved | {22}) == [False, False, True, True, False, False, True, False]
    assert column_joins(numbered, moved - {20}) == [False, False, True, True, False, False, False, False]
