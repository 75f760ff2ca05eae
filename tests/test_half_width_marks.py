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


def _set_kaiming(text: str, width: float) -> list[str]:
    """A paragraph set in the 开明 style in a column ``width`` cells wide
    (first line indented by two): marks inside a sentence half a cell, a
    character that would leave a closing mark to open the next line moves
    down with it."""
    lines: list[str] = []
    line, used, room = "", 0.0, width - 2
    for k, ch in enumerate(text):
        size = half_mark_width(ch)
        follow = text[k + 1] if k + 1 < len(text) else ""
        needs = size + (half_mark_width(follow) if follow and follow in "，。、；：”？！" else 0.0)
        if line and used + needs > room:
            lines.append(line)
            line, used, room = "", 0.0, width
        line += ch
        used += size
    return lines + [line]


#: invented text, three paragraphs
STORY = ["小镇的早晨，总是从一碗热豆浆开始。街口的老店已经开了三十年，店主每天四点起床，磨豆子、烧火、"
         "煮浆，忙得团团转；第一锅煮好时，天还没亮。来吃早饭的，多是附近的工人、学生和老人，大家坐在一起，"
         "有说有笑，像一家人。",
         "这几年，镇上新开了不少饭馆，有的卖面，有的卖粥，可老店的生意一直很好。店主说：“做吃的，没有什么"
         "秘诀，就是用心。”豆子要挑好的，火候要看准，一天也不能偷懒；客人吃得满意，他心里就踏实。",
         "他的儿子大学毕业后回到镇上，打算把这门手艺传下去，还在网上开了店，把豆浆粉卖到了外地、省城，"
         "甚至国外。老店的名气越来越大，常有外地人专程赶来，只为喝上一碗刚出锅的热豆浆。"]


def test_a_typeset_kaiming_body_is_told_from_its_lines() -> None:
    body = [_set_kaiming(paragraph, 15) for paragraph in STORY]
    assert half_width_marks(body)
    assert [p[:4] for p in split_paragraphs(body, half_marks=True)] == [p[:4] for p in STORY]
    assert [p[:4] for p in split_paragraphs([[line for lines in body for line in lines]], half_marks=True)] \
        == [p[:4] for p in STORY]  # the blocks run together, as get_text() writes them


def test_the_lines_measure_the_column_in_half_cells() -> None:
    inner = [KAIMING[k] for k in (1, 3, 4, 5, 8)]
    assert len({cell_width(line) for line in inner}) > 1  # in whole cells they scatter
    assert {half_mark_width(line) for line in inner} <= {14.5, 15.0}


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
    assert not half_width_marks([whole, whole])


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


def test_full_lines_a_cell_short_in_half_cells_stay_in_their_paragraph() -> None:
    """开明 style justified lines measure the column's width or a cell under it
    (17, 16, 17 half cells): no such line is taken for an indented first line."""
    from banmian.layout.paragraphs import split_paragraphs

    lines = ["为有效凝聚起基层治理力量持续推动社", "区服务再上新的台阶、见到新实效，日",
             "前，江城区举办第二期社区服务“一站通", "办”培训，街道和社区干部参加培训。"]
    widths = [half_mark_width(line) for line in lines]
    assert widths[:3] == [17.0, 16.0, 17.0], widths
    assert split_paragraphs([lines], 17.5, [widths], half_marks=True) == ["".join(lines)]
