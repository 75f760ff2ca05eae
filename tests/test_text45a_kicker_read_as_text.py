"""A headline whose words say the text over it is its own closes that text
(text mode; invented text, content-stream order, one printed line a line),
even where the headline before opens that same text: a kicker's line read
as text under it (a label that says no sentence, ……：) is no article for
it to turn onto. The headline before keeps its own text, the kicker's
headline opens the text under it."""

from __future__ import annotations

import banmian

PAGE = """江城日报
2024.3.6 星期三    5
责任编辑：林木/版式设计：高山
城北新建三所幼儿园
本报讯（记者 何雨）今年秋
季，城北新区将有三所公办幼儿
园建成开园，新增学位一千余个。
三所幼儿园均按省级标准建
设，配有室内活动室和户外游戏
场地。
全市查处一批违规经营企业
涉案金额约两亿元
本报江城3月5日电 （记者
吴峰）今年以来，市场监管部门
开展专项整治，查处违规经营企
业一百二十余家，涉案金额约两
亿元，移送司法机关案件九起。
下一步，监管部门将继续加
大执法力度，对违规经营行为保
持高压态势。
凌晨四点，港口的灯光照亮
了海面，码头上的装卸工人已经
开始一天的忙碌。
调度员王海波端着一杯热茶
走进控制室，“冬天的码头，风最
硬。”这里是东海边最繁忙的集装
箱码头，吊机昼夜不停地运转。
装卸工人们说，再冷的天，
船靠了岸就得干，货不能等人。
这一干，就是二十多年。
（下转第6版）
码头的日与夜（身边的劳动者）
——港口装卸工人的一天
陈晨
《春风十里》“歌声里
的家乡”：
唱响乡愁 留住年味（文化视点）
周敏
“一声乡音，一声问候”，
一首新歌让许多在外打拼的人红
了眼眶。节目组走遍十个省份，
请当地歌手唱出自己家乡的故
事，播出后反响热烈。
（下转第15版）
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_headline_closes_the_text_its_words_echo():
    dock = next(a for a in _articles() if a.headline and a.headline.title == "码头的日与夜（身边的劳动者）")
    assert dock.paragraphs[0].startswith("凌晨四点")
    assert any(p.endswith("就是二十多年。") for p in dock.paragraphs)


def test_the_headline_before_keeps_its_own_text():
    fines = next(a for a in _articles() if a.headline and a.headline.title == "全市查处一批违规经营企业")
    assert fines.paragraphs[-1].endswith("保持高压态势。")
    assert not any("港口" in p for p in fines.paragraphs)
