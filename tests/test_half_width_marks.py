"""Bodies set in the 开明 style (marks inside a sentence half a cell wide): a
justified line then holds one character more for every two such marks, so
in whole cells the full lines of a column differ by a cell or two. Measured
in half cells they are all as wide as the column (banmian.layout.mark_widths),
and a line is a paragraph's end only when the next line's first token (with
the marks that may not open a line, 避头尾) would have fitted on it."""

from banmian.layout.mark_widths import half_mark_width, half_width_marks
from banmian.layout.paragraphs import pushed_token_width, split_paragraphs
from banmian.layout.reflow import cell_width

#: an invented column 15 cells wide in the 开明 style: two paragraphs
KAIMING = [
    "春天到了，村里的人们都忙着",  # first line: 12.5 + the indent
    "翻地、播种、浇水，田野里一片繁忙",
    "的景象。孩子们在田埂上来回奔",  # 14: "跑，" would not fit (避头尾)
    "跑，老人们坐在树下，说今年的雨水",
    "比往年多，收成一定错不了。村口",
    "的小卖部也热闹起来，买种子的、买",
    "化肥的，排成了长队。",
    "到了夏天，地里的玉米长得老",
    "高了，孩子们放学后常常跑到地里",
    "去看，回家时裤腿上沾满了泥土。",
]


def test_the_lines_measure_the_column_in_half_cells() -> None:
    inner = [KAIMING[k] for k in (1, 3, 4, 5, 8)]
    assert len({cell_width(line) for line in inner}) > 1  # in whole cells they scatter
    assert {half_mark_width(line) for line in inner} <= {14.5, 15.0}
    assert half_width_marks([KAIMING])


def test_a_full_width_body_is_measured_in_whole_cells() -> None:
    whole = ["今天的会议在市政府大楼召开，会",
             "上，来自各个部门的负责人分别汇报",
             "了上半年的工作情况和下半年的计划",
             "。市长在讲话中说，要把更多精力放",
             "在群众最关心的问题上，特别是住房",
             "、就业和教育这三件大事，每一件都",
             "要拿出具体的办法，定好时间表，按",
             "时完成任务，向群众交出满意答卷，",
             "让大家看到实实在在的变化和进步。"]
    assert not half_width_marks([whole])


def test_a_kaiming_column_is_split_only_at_its_paragraph_ends() -> None:
    paragraphs = split_paragraphs([KAIMING], half_marks=True)
    assert [p[:4] for p in paragraphs] == ["春天到了", "到了夏天"]
    assert len(split_paragraphs([KAIMING])) > 2  # in whole cells the lines of 14 look short


def test_the_token_pushed_down_carries_its_marks() -> None:
    assert pushed_token_width("着，老人们") == 2.0
    assert pushed_token_width("着，老人们", half_mark_width) == 1.5
    assert pushed_token_width("绩。”并不") == 3.0
    assert pushed_token_width("老人们") == 1.0
    assert pushed_token_width("“科学课”") == 2.0
