"""A dateline whose bracket of names wraps onto the next line, the text going
on after the bracket in that line (本报江城4月2日电（记 / 者 张明 通讯员 李华）青 /
山区…): the short dateline line opens a text, no headline tier, so the
character after the bracket is no paragraph of its own. (The independent
page dated_briefs, seed 2, shows it whole.) Invented text."""

from banmian.layout.line_stream import _opens_tier
from banmian.layout.stream_measure import Measure

_LINES = ["据新华社北京4月2日电　城南", "街道的社区食堂日前开门迎客，", "每天供应早中晚三餐，六十岁以",
          "上的老人用餐可享受八折优惠，", "食堂由专业团队运营，菜品每周", "更新一次。", "青山区新添两座口袋公园", "本报江城4月2日电（记", "者 张明 通讯员 李华）青",
          "山区新建的口袋公园面积达8", "千平方米，设有健身步道和儿", "童游乐设施，日前对外开放。"]


def test_dateline_whose_bracket_runs_into_text_opens_no_tier() -> None:
    m = Measure(_LINES)
    assert m.headlines[7] and not _opens_tier(m, 7)


def test_dateline_whose_bracket_closes_its_line_is_unchanged() -> None:
    lines = [*_LINES[:8], "者 张明 通讯员 李华）", *_LINES[9:]]
    assert _opens_tier(Measure(lines), 7)
