"""Session 40 (text40b): a kicker the line stream ran onto the body before its headline.

Invented text. A short line that leads on (……： / ……——) after the last sentence of a body and
right over a headline is that headline's kicker, not the body's end.
"""

from __future__ import annotations

from banmian import parse_text

_PAGE = """第2版 要闻
文旅部门：
春节假期游客人数再创新高
本报北京2月10日电 记者从文化和旅游
部获悉，春节假期全国各地旅游市场
平稳有序，接待游客人数比去年同期
增长了七个百分点，乡村游、冰雪游
和博物馆参观都十分火热。
各地还推出了许多惠民措施，让群众
过上了一个欢乐祥和的节日。
{kicker}
本周全省以晴好天气为主
本报杭州2月11日电 记者从省气象台
了解到，本周全省大部分地区以晴好
天气为主，气温逐步回升，适宜出行
和开展春耕备耕工作。
气象专家提醒，早晚温差较大，大家
要注意及时增减衣物，预防感冒。
"""


def _articles(kicker: str):
    return parse_text(_PAGE.format(kicker=kicker)).pages[0].articles


def test_a_line_leading_on_after_a_body_heads_the_next_headline() -> None:
    articles = _articles("省气象台：")
    assert [a.headline.title for a in articles] == ["春节假期游客人数再创新高", "本周全省以晴好天气为主"]
    assert articles[0].paragraphs[-1].endswith("欢乐祥和的节日。")
    assert articles[1].headline.kicker == "省气象台："



def test_a_dash_closing_the_line_leads_on_too() -> None:
    articles = _articles("省气象台发言人——")
    assert articles[0].paragraphs[-1].endswith("欢乐祥和的节日。")
    assert articles[1].headline.kicker == "省气象台发言人——"
