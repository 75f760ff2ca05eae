"""Session 40 (text40b): in-body subheadings of a line stream measured on the lines next to them.

Invented text. In an extractor's line stream one run of column text may hold the end of another
article (set in another width, its headline drawn elsewhere) before this article's own lines: the
heading between this article's lines is a subheading when the lines next to it run in one width.
"""

from __future__ import annotations

from banmian.layout.roles import BODY, SUBHEADING, TITLE
from banmian.layout.subheadings import mark_subheadings
from banmian.layout.text_units import Unit
from banmian.model import Block

#: another article's column: lines of fourteen characters
_OTHER = ["河边的小路修好以后，村里的老人", "每天傍晚都会沿着河岸走上一圈，"] * 12 + ["大家都说日子越过越舒心了。"]
#: this article's column: lines of twelve characters
_OWN = ["合作社今年新建了两座温室，", "种下的草莓已经开始挂果了，", "社员们忙着采摘和装箱发货。"] * 4


def _units(heading: str) -> list[Unit]:
    return [Unit(Block(_OTHER + _OWN, BODY)), Unit(Block([heading], TITLE)), Unit(Block(list(_OWN), BODY))]


def test_heading_between_lines_of_one_width_is_a_subheading_though_the_run_above_holds_wider_lines() -> None:
    units = mark_subheadings(_units("田间地头添新景"), stream=True)
    assert units[1].block.role == SUBHEADING


def test_a_bracketed_column_tag_still_heads_a_new_article() -> None:
    units = mark_subheadings(_units("田间地头添新景（乡村观察）"), stream=True)
    assert units[1].block.role == TITLE


_RESUMED = """第5版 文化
山城灯会今晚开幕
——各地游客赶来共度元宵佳节
（上接第2版）
民俗展演显特色
今年的灯会设在江边的老街上，
沿街挂起了两千多盏各式彩灯，
还安排了舞龙、秧歌和川剧变脸
等十多项民俗展演，吸引了大批
市民和游客前来观赏。
主办方介绍，灯会将持续到正月
底，期间每天晚上都有不同的节
目轮番上演，让大家在家门口就
能感受浓浓的年味。
"""


def test_heading_under_a_resume_note_heads_a_part_of_the_resumed_text() -> None:
    from banmian import parse_text

    articles = parse_text(_RESUMED).pages[0].articles
    assert [a.headline.title for a in articles] == ["山城灯会今晚开幕"]
    assert articles[0].paragraphs[0] == "民俗展演显特色"
    assert articles[0].paragraphs[-1].endswith("浓浓的年味。")


_WIDTH = 13
_FIRST = ["本报江城2月3日电 江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，"
          "公园里还将建设健身步道、儿童游乐场和露天剧场。",
          "市园林局负责人介绍，新公园将种植本地树种，让市民一年四季都能看到不同的风景，方便周边居民休闲。"]
_SECOND = ["在城东的三座公园里，市园林局还计划开辟一片市民菜园，由附近社区的居民认领耕种，"
           "收获的蔬菜可以送给社区里的孤寡老人。",
           "这位负责人说，公园建成以后，将交给专业公司养护，市民也可以报名成为志愿者，参与公园的日常管理。"]


def test_a_subheading_wrapped_over_two_full_lines_and_a_short_last_one_stays_in_its_article() -> None:
    # the subheading fills two lines of the column and closes on a third of two characters, the
    # paragraph under it opening indented: it heads a part of the article, not a new article
    from banmian import parse_text

    from tests.test_line_stream import stream, typeset

    lines = ["江城新建三座公园", "本报记者 李平", *[x for p in _FIRST for x in typeset(p, _WIDTH)],
             "建好用好城市公园这个关键变", "量，筑牢城市绿色发展的坚实", "根基",
             *[x for p in _SECOND for x in typeset(p, _WIDTH)]]
    articles = parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城新建三座公园"]
    assert articles[0].paragraphs[-1].endswith("参与公园的日常管理。")


#: a column of sixteen characters a line
_COLUMN = ["城东的三座公园今年春天将全部建成，", "市民可以在家门口散步、锻炼和休闲，"] * 6


def test_a_last_subheading_over_a_short_part_and_the_author_s_note_stays_in_its_article() -> None:
    # under the heading: one short paragraph (its indented first line and its last) and the note
    # closing the article; too few lines to measure, but all within the column over the heading
    units = [Unit(Block(list(_COLUMN), BODY)), Unit(Block(["公园建设重在长效"], TITLE)),
             Unit(Block(["让每一座公园都成为市民身边的", "好去处。"], BODY)),
             Unit(Block(["（作者为江城大学城市规划学院教授）"], BODY))]
    units = mark_subheadings(units, stream=True)
    assert units[1].block.role == SUBHEADING


def test_a_heading_over_a_short_text_without_a_closing_note_is_not_read_so() -> None:
    units = [Unit(Block(list(_COLUMN), BODY)), Unit(Block(["公园建设重在长效"], TITLE)),
             Unit(Block(["让每一座公园都成为市民身边的", "好去处。"], BODY))]
    units = mark_subheadings(units, stream=True)
    assert units[1].block.role == TITLE
