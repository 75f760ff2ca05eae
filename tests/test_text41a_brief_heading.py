"""Text mode: a brief column's heading (一线快讯, 简讯) opening the page's
content, with the first brief's title under it, is the label: the title under
it heads its brief even where its few lines do not spell its words
(text_labels.mark_labels_at_the_ends). Invented text."""

from __future__ import annotations

import banmian

PAGE = """江城日报
文化

2026年3月6日 星期五    第5版

一线快讯

剪纸迎春

准备材料：红纸，刻刀，铅笔

第一步：把红纸沿中线对折

成长条形；

第二步：沿画好的花样刻出

图案。（周小明 林小雨）

灯笼挂满老街

春节将至，老街两旁挂起了一

排排红纸灯笼，游客纷纷驻足拍

照，街道还请来手艺人现场教大

家扎灯笼。

（王晓东）

湖畔步道迎来首批游客

昨日，湖畔新修的步道正式开放，

不少市民一早便来散步。步道全长

八公里，沿途设有休息亭和饮水点。
"""


def test_first_brief_keeps_its_title_under_the_column_heading() -> None:
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    first = [a for a in articles if any(p.startswith("准备材料") for p in a.paragraphs)]
    assert len(first) == 1 and first[0].headline.title == "剪纸迎春"
    assert all(a.headline.title != "一线快讯" for a in articles)
