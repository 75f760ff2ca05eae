"""A speech report's headline is no subheading (text mode; invented text).
A kicker saying who spoke where (……会议上强调, ……调研时指出, ……工作会议强调)
over lines that say what was said is a report's kicker and title: a part of a
text is headed by what it says, not by who spoke where. Between two texts
(the stream as ``pdftotext -raw`` gives a page drawing headlines after their
texts) it closes the text over it and opens no subheading of it."""

from __future__ import annotations

import banmian
from banmian.layout.tier_patterns import speech_kicker_over_title

PAGE = """人民日报 第6版 要闻
2024年3月12日 星期二
责任编辑：李华/版式设计：王明
新华社北京3月11日电 （记
者 林海 通讯员 周明）全省
春季农业生产工作会议11日在
江城召开。副省长王平出席会
议并讲话。
王平表示，春耕生产事关全
年粮食收成，各地要抓住农时，
把种子、化肥和农机准备到位，
确保春播顺利进行。
王平强调，要加强农田水利
建设，抓好病虫害防治，让农民
种粮有钱挣、得实惠。
王平在全省春季农业生产
工作会议上强调
抓住农时抓好春耕
确保全年粮食丰收
走进江南镇的育秧工厂，一
排排秧盘整齐摆放，嫩绿的秧苗
长势喜人。合作社负责人说，今
年工厂化育秧面积比去年增加了
三成。
镇里还请来农技专家，手把
手教农户科学施肥，帮助大家提
高产量。
江南镇工厂化育秧忙
秧苗绿了 农户笑了
■ 通讯员 陈晓
清晨六点，城西菜市场已经热
闹起来。摊主们把新鲜的蔬菜摆
上摊位，不少居民提着篮子来买
菜。市场去年完成了改造，地面
干净了，摊位也整齐了。
市场管理员说，改造后来买菜
的人多了，摊主的生意也更好做
了。
老菜场换了新模样
■ 本报记者 吴静
江城图书馆新开设的自习室
里，座无虚席。不少年轻人一早
就来排队，在这里看书、备考。
图书馆负责人说，自习室每天
开放到晚上十点，周末也不休息。
夜读江城
自习室里灯火明
■ 本报记者 孙丽
"""


def test_speech_kicker_and_title_between_two_texts_head_the_text_over_them():
    articles = {a.headline.title: a for a in banmian.parse_text(PAGE, enrich=False).pages[0].articles}
    spring = next((a for t, a in articles.items() if t and "抓住农时" in t), None)
    assert spring is not None
    assert spring.headline.kicker == "王平在全省春季农业生产工作会议上强调"
    assert spring.paragraphs[-1].endswith("得实惠。")
    seedlings = next(a for t, a in articles.items() if t and "农户笑了" in t)
    assert seedlings.paragraphs[0].startswith("走进江南镇的育秧工厂")
    assert [b.name for b in seedlings.bylines] == ["陈晓"]


def test_speech_kicker_over_what_was_said():
    assert speech_kicker_over_title(["王平在全省春季农业生产", "工作会议上强调", "抓住农时抓好春耕"])
    assert speech_kicker_over_title(["李明在江城调研时指出", "让老街留住乡愁"])
    # a line of text broken after the verb runs on in its sentence; a lone line is no kicker over a title
    assert not speech_kicker_over_title(["王平在会议上强调", "，要抓住农时抓好春耕。"])
    assert not speech_kicker_over_title(["王平在工作会议上强调"])
    assert not speech_kicker_over_title(["抓住农时抓好春耕", "确保全年粮食丰收"])
