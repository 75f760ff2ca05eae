"""A figure called out in a text stream (86.5亿元) with its short label under it (全年外贸进出口) is the body's,
as the paper's own text gives a figure box: the label is no kicker of the headline that follows (text mode)."""

from __future__ import annotations

import banmian

_PAGE = """2026年3月14日 星期六 第3版 经济
青川外贸创新高
本报记者 周岚
青川县去年外贸进出口总额达到八十
六点五亿元，同比增长百分之十二，创
历史新高。
县商务局负责人表示，今年将继续培
育外贸新业态。
86.5亿元
全年外贸进出口
城市书房开到家门口
青川县今年新建城市书房十二个，
市民在家门口就能借到心仪的图书。
"""


def test_figure_label_is_no_kicker():
    articles = banmian.parse_text(_PAGE, enrich=False).articles
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        (None, "青川外贸创新高"), (None, "城市书房开到家门口")]
    assert articles[0].paragraphs[-2:] == ["86.5亿元", "全年外贸进出口"]
