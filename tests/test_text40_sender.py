"""A reader's letter closes with its sender's place and name set apart on a
line of their own (河西镇石门村 陈平): in text mode that line is the letter's
last paragraph, neither a tier of the headline after it nor run together
with a subheading under it. (Invented text; the stream as PyMuPDF's
``get_text()`` gives a page: one line a printed line.)"""

from __future__ import annotations

import banmian

LETTER = """2024年6月4日 星期二
第6版
民生
小区门口的路灯坏了
编辑同志：我住在东湖区柳岸
社区，小区门口的三盏路灯坏了
快一个月，晚上出门只能摸黑走
路，老人孩子都很不方便。
希望有关部门尽快派人修一
修，让大家晚上出门安心一些。
东湖区柳岸社区 宋明
{between}
本报记者 何青
记者近日将读者反映的问题转
交给区城市管理局。工作人员到
现场查看后，当天就更换了损坏
的灯具，三盏路灯已恢复照明。
区城市管理局表示，将对辖区
路灯开展一次全面排查，发现问
题及时维修，方便群众出行。
"""


def _parse(between: str):
    return banmian.parse_text(LETTER.format(between=between), enrich=False).pages[0].articles


def test_the_sender_closes_the_letter_over_the_reply_headline():
    letter, reply = _parse("路灯当天修复")
    assert letter.headline.title == "小区门口的路灯坏了"
    assert letter.paragraphs[-1].replace(" ", "") == "东湖区柳岸社区宋明"
    assert (reply.headline.kicker, reply.headline.title) == (None, "路灯当天修复")


def test_the_sender_is_not_run_into_the_subheading_under_it():
    text = LETTER.format(between="记者调查").replace("本报记者 何青\n", "").replace(
        "方便群众出行。\n", "方便群众出行。\n（本报记者 何青）\n")
    letter = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    texts = [p.replace(" ", "") for p in letter.paragraphs]
    assert "东湖区柳岸社区宋明" in texts
    assert not any("宋明记者调查" in t for t in texts)


def test_sender_lines():
    from banmian.layout.closing_lines import is_sender_line

    assert is_sender_line("河西镇石门村 陈平")
    assert is_sender_line("城西区 林  晓")
    assert not is_sender_line("本报记者 陈平")
    assert not is_sender_line("河西镇石门村 张三摄")
    assert not is_sender_line("河西镇石门村 风光")  # no surname opens the second word
