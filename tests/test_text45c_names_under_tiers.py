"""Text mode, a line stream (PyMuPDF's get_text, pdftotext -raw): a headline drawn
after its text, its author's name on the line under it, the stream giving both as one
run. Once the run is cut into tiers, the name is the author's, no title (the real
title never the kicker over it). Own sample text."""

from __future__ import annotations

import banmian

CLOSING = """班次。
三、新开通城东码头至江心岛
的航线，每天往返二十个班次，
票价与原有航线相同；
四、新开通城西码头至南湖
公园的航线，节假日增加班次，
方便市民出游。
图为新开通的城东码头和江心岛
客运站候船大厅。 李
明摄
市长王建国走访慰问环卫工人
吴俊萍
"""


def test_a_name_under_a_closing_headline_that_names_a_person_is_its_author():
    # the title names its own subject (市长王建国…): the name under it is no title of a kicker
    articles = banmian.parse_text(CLOSING, enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title, [b.name for b in a.bylines]) for a in articles] == [
        (None, "市长王建国走访慰问环卫工人", ["吴俊萍"])]
