"""A jump head at the top of a continuation page (text mode; invented text,
one printed line a line): the headline repeated from the page the article
began on, its authors, then （上接第8版） and the resumed text. On a page that
draws its other headlines after their bodies, the jump head still opens the
text under its note: there is no text over it for it to close."""

from __future__ import annotations

import banmian

PAGE = """2024年2月7日 星期三
第16版
理论
行稳方能致远（观察者说）
林 川
（上接第8版）
回望四十多年的历程，我们
走出了一条适合自己的发展道
路，经济总量跃居世界前列，人
民生活水平显著提高。
发展的目的，是让人民过上
更好的日子，而不是同谁比个高
低。这一点，越来越多的国家已
经看得清清楚楚。
（下转第20版）
图为江城新区的夜景。
陈光 摄
春天里，城郊的苗圃迎来
了一年中最忙的时节，工人们
起苗、打包、装车，一车车树
苗运往各地的造林工地。
苗圃负责人说，今年的订
单比去年多了三成。
苗圃春来育新绿
图为工人在苗圃里起苗装车。
杨柳 摄
清晨的湖面上，候鸟成群
结队地觅食，观鸟的市民早早
架起了相机。
湖边的湿地去年完成了修
复，今年来越冬的候鸟比往年
多了一倍。
湖畔迎来越冬候鸟
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_jump_head_opens_the_resumed_text_under_its_note():
    head = next(a for a in _articles() if a.headline.title == "行稳方能致远（观察者说）")
    assert head.paragraphs and head.paragraphs[0].startswith("回望四十多年的历程")
    assert head.paragraphs[-1].endswith("看得清清楚楚。")
