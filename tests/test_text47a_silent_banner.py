"""A page's banner (守正创新 勇毅前行: one line of two parallel phrases) drawn
between two texts, neither of which says a pair of its characters, heads
nothing (text mode; invented text, content-stream order, one printed line a
line, most headlines drawn after their bodies). It ends the text over it and
claims no text: the commentary over it keeps its own headline (drawn over it,
its author under that), and is not read as the banner's article while its
headline runs into the letter's headline over it."""

from __future__ import annotations

import banmian

PAGE = """第6版文化
江城日报
2024年2月5日 星期一
责任编辑：林木  美编：高山  校对：周云
家是最暖的灯，灯照千
万户。在每个人的心里，
邻里与亲友、社区与个人，
都是彼此牵挂的一家。
没有国家的繁荣发展，
就没有家庭的幸福美满，
这份情怀代代相传，根植
于民族文化的深处。
在全社会弘扬家国情怀
李明远
思想纵深
一封来自高原边防连的信——
守好国门，不负期盼（寄给家乡的信）
本报讯 （记者 周海
通讯员 陈川）亲爱的爸爸妈
妈：今年春节，我又在高原
边防连度过。连队驻地海拔
四千多米，冬天最低气温零
下三十度，巡逻路上常常大
雪封山。
身为一名边防战士，我从
没松过一口气，每一次巡逻
都要走上几十公里山路。只
有一直保持十足的警觉状态
，才能守好国门，不负你们
的期盼。
作为一名边防战士，我始终记着家乡人的
期望、肩上的担子。 李青山摄
灯火可亲见初心（今日谈）
本报记者 王晓明
越是小事情，越能见
真情。
春节前夕，社区干部走
进老旧小区的楼栋院子，
细细打听居民身体近来怎
么样、屋里暖和不暖和、
年货备齐没有。
多走几步，才能把实事
办到邻里心坎上，才能让
群众感受到真情。（本报
江城2月5日电）
这些年，一到年根岁尾，社区干部都会走进居民家中，看望慰
问困难群众。 赵林/摄
守正创新 勇毅前行
本报北京2月13日电
13日，记者从市交通运输
局获悉：近日本市发布了
《共享单车停放管理办法》
，逐步规范单车停放秩序。
办法发布后，各区将在地
铁站周边划设停放区域。
目前，全市共享单车总量
已超过八十万辆，停放管
理是市民关心的问题。
本市发布新规
规范共享单车停放管理
本报记者 宋文
城东新建三座口袋公园，
市民在家门口就能散步健
身。公园里种植了银杏、
海棠等树木，设置了儿童
游乐设施和休息座椅。
附近居民说，以前下楼
没有地方活动，现在出门
几步就能到公园。
城东新添口袋公园
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_commentary_keeps_its_own_headline_and_text():
    talk = next(a for a in _articles() if a.headline and a.headline.title == "灯火可亲见初心（今日谈）")
    assert talk.paragraphs[0].startswith("越是小事情")
    assert talk.paragraphs[-1].endswith("才能让群众感受到真情。")


def test_the_letter_keeps_its_title_alone():
    letter = next(a for a in _articles() if a.headline and a.headline.kicker == "一封来自高原边防连的信——")
    assert letter.headline.title == "守好国门，不负期盼（寄给家乡的信）"


def test_the_banner_heads_no_article():
    assert not any(a.headline and a.headline.title == "守正创新 勇毅前行" for a in _articles())
