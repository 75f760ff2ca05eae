"""A kicker that ends on a figure written in words and its unit (新建驿站
三十六座) closes its tier: the title under it, as long as it, is not its
wrapped tail (text mode). Figures in digits did so already (男子60米).
(Invented text, one line a printed line, as PyMuPDF's ``get_text()``.)"""

from __future__ import annotations

import banmian

PAGE = """2024年5月20日 星期一
第2版
要闻
沿江步道新建驿站三十六座
江岸风光串成一条观景长廊
本报记者 宁远
今年以来，我市沿江步道新
建驿站三十六座，配套饮水点、
座椅和休息亭，方便市民散步、
骑行时歇脚。
驿站由附近社区认领管理，
志愿者轮流值守，为游客提供
问路、应急药品等服务。
老旧小区加装电梯
本报记者 吴桐
记者从市住建局获悉，今年
全市老旧小区已加装电梯一百
余部，惠及居民三千多户。
"""


def test_a_kicker_ending_on_a_figure_in_words_is_its_own_tier():
    articles = {a.headline.title: a for a in banmian.parse_text(PAGE, enrich=False).pages[0].articles}
    report = articles["江岸风光串成一条观景长廊"]
    assert report.headline.kicker == "沿江步道新建驿站三十六座"
    assert [b.name for b in report.bylines] == ["宁远"]
