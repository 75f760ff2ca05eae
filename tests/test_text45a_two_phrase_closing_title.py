"""A headline of two phrases (让小柿子 长成大产业) drawn after its text, its
authors under it, closes the part of the text its words are found in (text
mode; invented text, content-stream order, one printed line a line), though
the headline over that text opens it: a line of two phrases signed by its
authors is a headline, no page banner heading nothing."""

from __future__ import annotations

import banmian

PAGE = """2024年3月1日 星期五    第4版
责任编辑：林木/版式设计：高山
敢拼才能赢（球场观澜）
本报记者 何平
越来越多的年轻球员走出国门，
到海外联赛中历练，这是好事。
在更高水平的联赛里比赛，才能
看清差距，找准努力的方向。
青年球员要沉下心来苦练基本
功，在一场场比赛中积累经验。
江城往北三十公里，青山脚
下的柿子沟村，种柿子已有两百
多年。
柿子沟的柿子个大味甜，晒成
的柿饼远近闻名。如今，村里建
起了柿饼加工厂，小柿子长成了
大产业，村民们的腰包鼓了起来。
村里的年轻人纷纷回乡创业，
开网店卖柿饼，一年能卖出十万
多斤。
图为村民在晾晒柿饼。
刘青 摄
让小柿子 长成大产业
■ 通讯员 赵明 钱亮
山村里的年味（新春看乡村）
春节前，山村里家家户户贴春联、
挂灯笼，年味越来越浓。村里的
广场上，锣鼓声、欢笑声响成一片。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_two_phrase_headline_takes_the_text_its_words_are_in():
    persimmon = next(a for a in _articles() if a.headline and a.headline.title
                     and a.headline.title.replace(" ", "") == "让小柿子长成大产业")
    assert persimmon.paragraphs[0].startswith("江城往北三十公里")


def test_the_headline_over_the_text_keeps_its_own_part():
    ball = next(a for a in _articles() if a.headline and a.headline.title == "敢拼才能赢（球场观澜）")
    assert ball.paragraphs[-1].endswith("积累经验。")
