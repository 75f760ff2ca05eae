"""A names list set in a grid (名单) is read along its printed lines."""

from banmian.layout.list_grids import list_lines_joined, list_rows_apart
from banmian.layout.columns import ColumnBlock
from banmian.model import TextLine

BODY = 10.0


def _line(text: str, x: float, y: float) -> TextLine:
    return TextLine(text, (x, y, x + len(text) * BODY, y + BODY), BODY)


def _grid(names: list[str], per_row: int, pitch: float, top: float = 100.0) -> list[TextLine]:
    """The entries a few to a line, under the first line of a lead across the measure."""
    lead = _line("经评选委员会评审决定授予以下同志年度优秀志愿者称号希望受表彰的同志珍惜荣誉", 40, top - 32)
    return [lead] + [_line(n, 60 + (k % per_row) * pitch, top + (k // per_row) * 16) for k, n in enumerate(names)]


NAMES = ["林一帆", "宋可心", "高远航", "方若溪", "钟明哲", "严晓岚", "陆子谦", "姚春雨", "顾清和", "程立秋", "白景行"]


def test_a_grid_of_names_is_read_along_its_lines():
    lines, rows = list_lines_joined(_grid(NAMES, 3, 90), BODY)
    assert [ln.text.split() for ln in lines[1:]] == [NAMES[0:3], NAMES[3:6], NAMES[6:9], NAMES[9:]]
    assert rows == lines[1:]


def test_unit_and_name_entries_two_to_a_line():
    entries = ["北湖街道　林一帆", "南山镇　宋可心", "市儿童医院　高远航", "滨江社区　方若溪", "市图书馆　钟明哲", "青石村　严晓岚"]
    lines, rows = list_lines_joined(_grid(entries, 2, 220), BODY)
    assert len(rows) == 3 and rows[0].text == "北湖街道　林一帆 南山镇　宋可心"


def test_narrow_columns_of_text_are_no_list():
    """Two columns of short lines with no mark on them: a gutter of a
    character or two, not a list's wide spacing."""
    left = ["春耕时节田间地头", "处处是忙碌的身影", "村民们抢抓农时节"]
    right = ["合作社的农机手们", "驾驶着新型播种机", "在田野里来回穿梭"]
    lines = [_line("这是一条横跨两栏的导语文字用来说明下面的内容", 40, 68)]
    lines += [_line(t, 60, 100 + k * 16) for k, t in enumerate(left)] + \
             [_line(t, 60 + 8 * BODY + 15, 100 + k * 16) for k, t in enumerate(right)]
    assert list_lines_joined(lines, BODY) == (lines, [])


def test_two_printed_lines_are_no_list():
    lines = _grid(NAMES[:6], 3, 90)
    assert list_lines_joined(lines, BODY) == (lines, [])


def test_the_joined_lines_are_cut_out_of_their_block():
    lines, rows = list_lines_joined(_grid(NAMES[:9], 3, 90), BODY)
    note = _line("以上名单按姓氏笔画排序。", 60, 160)
    blocks = list_rows_apart([ColumnBlock([*lines, note])], rows)
    assert [(len(b.lines), b.rows) for b in blocks] == [(1, False), (3, True), (1, False)]


def test_short_lines_in_two_columns_of_text_are_no_list():
    """A contents list in an article of two columns (第一节… beside 第三节…):
    each column's line over it stands in that column alone, no line runs
    across both, so its lines are read down the columns."""
    heads = ["第一节总体思路", "第二节主要任务", "第三节保障措施", "第四节组织实施", "第五节监督评估", "第六节附则"]
    lines = [_line("本规划分为两部分目录如下", 60, 84), _line("各地各部门认真贯彻执行", 60 + 220, 84)]
    lines += [_line(h, 60 + (k // 3) * 220, 100 + (k % 3) * 16) for k, h in enumerate(heads)]
    assert list_lines_joined(lines, BODY) == (lines, [])
