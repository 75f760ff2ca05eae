"""An essay whose first column holds a quotation set in on both sides (its
lines narrower than the essay's) is one body in text mode: lines of two
measures that end several sentences inside them are text, never a headline
over a second article. (Invented text, one line a printed line, as
PyMuPDF's ``get_text()`` gives a page.)"""

from __future__ import annotations

import banmian

PAGE = """2024年10月8日 星期二
第8版
文化
一封家书里的老铁路
邹 远
在市档案馆的展柜里，陈列着一封已
经发黄的家书。写信的人是当年铁路工
程队的技术员林振声，收信人是他远在
老家的母亲。信纸只有两页，却把修路
的艰辛写得清清楚楚。
信中有这样一段话：
这里的山很高，隧道一天只
能挖进一米多。工友们住在工
棚里，晚上听得见山风。上个
月塌了一段，幸好没有伤人。
等路通了，我就坐着火车
回家看您。
这段朴素的文字，让人看到了那个年
代建设者的艰苦，也看到了他们心中的
希望。如今，这条铁路早已通车多年，
沿线的小站也都换了新模样。
市档案馆负责人介绍，馆里还保存着
一批铁路建设时期的照片和图纸，今年
将整理出版，让更多人了解这段历史。
新建社区食堂二十家
本报记者 柯明
今年以来，全区新建社区食
堂二十家，为老年人提供价格
实惠、营养均衡的一日三餐。
不少老人说，在家门口就能吃
上热乎饭，子女也放心了。
"""


def test_the_essay_with_its_quotation_is_one_body():
    articles = {a.headline.title: a for a in banmian.parse_text(PAGE, enrich=False).pages[0].articles}
    assert sorted(articles) == ["一封家书里的老铁路", "新建社区食堂二十家"]
    essay = articles["一封家书里的老铁路"]
    assert (essay.headline.kicker, essay.headline.subtitle) == (None, None)
    assert essay.paragraphs[0].startswith("在市档案馆的展柜里")
    assert essay.paragraphs[-1].endswith("让更多人了解这段历史。")


#: the essay's first paragraphs and the quotation in them, as one unit of two measures
_RAGGED = """在市档案馆的展柜里，陈列着一封已
经发黄的家书。写信的人是当年铁路工程
队的技术员林振声，收信人是他远在老家
的母亲。信纸只有两页，却把修路的艰辛
写得清清楚楚。
翻开信纸，字里行间满是一位游子对
母亲的牵挂。一九七五年冬天，工地被大
雪围困了半个月，他在信中写道：
这里的山很高，隧道
一天只能挖进一米多。工友
们住在工棚里，晚上听得见
山风。上个月塌了一段，幸
好没有伤人。大家歇了两天
又接着干，谁也没说要走。
等路通了，我就坐着火车回
家看您。
过年的时候，工地上
包了饺子，大家围着火炉吃
得很香。队长说，明年这个
时候，火车就能开到山那边
了。我信他的话。""".split("\n")


def test_lines_of_two_measures_telling_sentences_are_body():
    from banmian.layout.roles import BODY, TITLE
    from banmian.layout.text_classify import classify_text_units
    from banmian.layout.text_units import Unit
    from banmian.model import Block

    units = [Unit(Block(["一封家书里的老铁路"], TITLE)), Unit(Block(list(_RAGGED)))]
    classify_text_units(units)
    assert units[1].block.role == BODY
