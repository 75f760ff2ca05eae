"""A commentary column's label set before its title (江城时评, named after the
paper's city) is no kicker of the title, even when the closing note names
the city too (（作者为江城…）): a closing note tells who wrote the text, not
what it tells, so the label's words echoing there make it no tier.
(Invented text, one line a printed line, as PyMuPDF's ``get_text()``.)"""

from __future__ import annotations

import banmian

PAGE = """2024年7月2日 星期二
第5版
评论
临川快评
让老街区留住烟火气
近来，不少城市对老街区进行
改造，修缮老房子、拓宽小巷子，
居民的居住条件明显改善。但也有
一些地方拆得多、留得少，老街区
原有的生活气息随之消失。
改造老街区，要多听居民意见，
把小吃铺、修鞋摊这些居民离不开
的小店留下来，让老街区既有新面
貌，又有老味道。
（作者为临川师范学院教师）
新建口袋公园三十个
本报记者 王晨
本报讯 今年以来，市里利用
边角地块新建口袋公园三十个，
种植花木两万余株，设置座椅和
健身器材，让市民出门就能见绿。
"""


def test_a_label_echoed_only_in_the_closing_note_is_no_kicker():
    articles = {a.headline.title: a for a in banmian.parse_text(PAGE, enrich=False).pages[0].articles}
    comment = articles["让老街区留住烟火气"]
    assert comment.headline.kicker is None
    assert comment.paragraphs[-1] == "（作者为临川师范学院教师）"
