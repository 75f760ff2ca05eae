"""Two articles' headlines on one line, as ``pdftotext -raw`` prints what
stands on one baseline (invented text, a page that draws each headline after
its body): the headline closing the report over the line and the title of
the report under it, a space apart. The body over the line spells the first
part, the body under it the rest: the line is cut in two headlines."""

from __future__ import annotations

import banmian
from banmian.layout.headline_run_ons import split_headlines_on_one_line
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

PAGE = """江城日报
2024年7月8日 星期一
第4版 综合
7日，江城市第三座跨江大
桥正式通车。大桥全长两千八百
米，双向六车道，通车后从江北
到江南只需十分钟。
据介绍，跨江大桥建设历时
三年，建设者克服了汛期施工等
困难，比计划提前两个月建成。
大桥通车当天，不少市民早
早来到桥头，骑着自行车在跨江
大桥上来回走了一趟。
（本报记者 程远）
第三座跨江大桥正式通车 夏季农产品展销会开幕
■ 本报记者 邱雨
8日，江城夏季农产品展销
会在会展中心开幕，来自全省各
地的两百多家农业企业带来了瓜
果蔬菜、茶叶菌菇等特色农产品
。
展销会为期三天，市民可以
现场品尝、购买，不少农产品还
能在网上下单、送货上门。
主办方介绍，本届展销会还
设置了直播带货专区，农产品企
业的负责人当起了主播。
暑假图书馆延时开放
■ 本报记者 方圆
记者从市图书馆获悉，暑假
期间图书馆将延长开放时间，每
天晚上九点闭馆，方便学生读书
学习。
图书馆还将举办少儿读书会
、科普讲座等活动五十多场，欢
迎市民带着孩子参加。
"""


def test_two_headlines_on_one_line_are_cut_apart():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    titles = {a.headline.title: a for a in articles}
    assert set(titles) == {"第三座跨江大桥正式通车", "夏季农产品展销会开幕", "暑假图书馆延时开放"}
    assert titles["第三座跨江大桥正式通车"].paragraphs[0].startswith("7日，江城市第三座跨江大桥")
    assert titles["夏季农产品展销会开幕"].paragraphs[0].startswith("8日，江城夏季农产品展销会")


def _units(*parts: tuple) -> list[Unit]:
    return [Unit(Block(list(lines), role)) for role, lines in parts]


def test_a_title_of_two_phrases_stays_one_line():
    # both phrases told by the body over them: one headline closing it
    units = _units((BODY, ["江城的跨江大桥正式通车了，市民出行更方便，过江只需十分钟。"]),
                   (TITLE, ["跨江大桥正式通车 市民出行更方便"]),
                   (BODY, ["8日，江城夏季农产品展销会在会展中心开幕。"]))
    assert [u.block.lines for u in split_headlines_on_one_line(units)][1] == ["跨江大桥正式通车 市民出行更方便"]
    # the first phrase told by the body under the line as well: no cut
    units = _units((BODY, ["江城的跨江大桥正式通车了。"]), (TITLE, ["跨江大桥正式通车 农产品展销会开幕"]),
                   (BODY, ["跨江大桥正式通车后，农产品展销会在江南开幕。"]))
    assert len(split_headlines_on_one_line(units)) == 3
