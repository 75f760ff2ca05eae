"""Text mode: of two headline tiers, the one that wraps after fewer characters
than the other holds on its one line is set in larger type, so it is the title
(a kicker and a subtitle are set smaller): 江城今明两天 / 有强降雨 over a
longer line is the title over its subtitle, not a kicker over a title. Tiers
set a phrase a line (lines of one width) and a line closed by its column's tag
tell nothing, and nor does the wrap where a dash tells the tiers. Invented text."""

from __future__ import annotations

import banmian
from banmian.layout.roles import TITLE
from banmian.layout.text_units import Unit
from banmian.layout.wrapped_tier_sizes import PrintedLines, title_by_wrapped_measure
from banmian.model import Block, Headline

_FIRST = ["河湾公园改造完工", "河湾公园完成改造工程后，附近居", "民每天都来散步锻炼，老人和孩子",
          "们都说环境比以前好多了。", "（记者 林晓）"]
_BODY = ["本报江城3月1日电 市气象台1", "日发布暴雨预报：预计1日20时", "至2日20时，江南大部、华南北",
         "部等地有大到暴雨，局地有大暴", "雨。", "气象专家提醒，受强降雨影响，", "部分路段可能出现积水，市民",
         "出行应提前了解天气和路况信", "息，合理安排出行时间。"]


def _last_tiers(head: list[str]) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, subtitle) of the second report of a line stream: a header, a
    signed first report, then ``head``, an author's name alone and the dated text."""
    lines = ["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明", *_FIRST, *head, "周明", *_BODY]
    headline = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles[-1].headline
    return headline.kicker, headline.title, headline.subtitle


def test_a_tier_wrapped_shorter_than_the_line_under_it_is_the_title() -> None:
    assert _last_tiers(["江城今明两天", "有强降雨", "周末出行的市民请合理安排行程"]) == (
        None, "江城今明两天有强降雨", "周末出行的市民请合理安排行程")


def test_phrases_a_line_tell_no_size() -> None:
    # two lines of one width: set a phrase a line by choice, not wrapped at the measure
    assert _last_tiers(["江城今明两天", "迎来强降雨天", "周末出行的市民请合理安排行程"]) == (
        "江城今明两天迎来强降雨天", "周末出行的市民请合理安排行程", None)


def test_a_line_closed_by_its_column_tag_stays_the_title() -> None:
    assert _last_tiers(["江城今明两天", "有强降雨", "周末出行的市民（出行提示）"]) == (
        "江城今明两天有强降雨", "周末出行的市民（出行提示）", None)


def test_a_title_over_a_tier_wrapped_shorter_than_it_is_the_kicker() -> None:
    printed = ["市法院发布江城“司法便民十条”", "推出二十项措施", "方便群众诉讼"]
    block = Block([printed[0], "推出二十项措施方便群众诉讼"], TITLE, line_start=5)
    group = [Unit(block)]
    head = Headline(None, printed[0], "推出二十项措施方便群众诉讼")
    page = PrintedLines([Block(["江城日报", "第5版", "评论", "责任编辑：王明", *printed], line_start=1)])
    title_by_wrapped_measure(head, group, page)
    assert (head.kicker, head.title, head.subtitle) == (printed[0], "推出二十项措施方便群众诉讼", None)


def test_a_tier_led_by_a_dash_keeps_the_role_its_dash_gives_whatever_its_wrap() -> None:
    # the dash tells the tiers apart (a tier led by —— is the subtitle, drawn first or not):
    # the wrap is not asked (it would make the wrapped dashed tier the title)
    assert _last_tiers(["——江城今明两天", "有强降雨", "周末出行的市民请合理安排行程"]) == (
        None, "周末出行的市民请合理安排行程", "——江城今明两天有强降雨")


def test_the_printed_lines_stay_as_printed_when_a_later_stage_joins_them() -> None:
    # a later stage puts a wrapped tier's lines on one line in the page's own block: the
    # lines as printed, copied before, still tell the wrap (the title set larger)
    printed = ["江城今明两天", "有强降雨", "周末出行的市民请合理安排行程"]
    block = Block(list(printed), TITLE, line_start=1)
    page = PrintedLines([block])
    block.lines = ["江城今明两天有强降雨", printed[2]]
    block.line_start = 7
    head = Headline("江城今明两天有强降雨", printed[2], None)
    title_by_wrapped_measure(head, [Unit(Block(list(block.lines), TITLE, line_start=1))], page)
    assert (head.kicker, head.title, head.subtitle) == (None, "江城今明两天有强降雨", printed[2])
