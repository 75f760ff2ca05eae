"""The first item under a column of briefs' heading (text mode; invented
text, the stream as PyMuPDF's ``get_text()`` gives a page). A four-character
title under 消息速览 (a surname first, as 夏荷春拾 or 常青古道 has) is the
item's title, not a column's label under a headline: the heading heads the
items and has no tiers, so the item keeps its own title."""

from __future__ import annotations

import banmian

PAGE = """江城日报
2024年3月9日 星期六
第3版 社会
责任编辑：林青/版式设计：王蓝
消息速览
常青古道
3月8日，城西常青古道修
缮完工，青石台阶和沿途的凉
亭都恢复了旧貌。为方便市民
和游客踏青，古道沿线新设了
指示牌和休息座椅，周末还将
开放讲解服务。整条古道全长
约6公里，步行需要两个小时。
影像江城（林默）
老城区新增停车位两千个
记者8日从市城管局获
悉：今年以来，老城区利用边
角空地新增停车位两千个，并
在十个小区试点错时共享停车，
缓解了居民停车难的问题。市
城管局负责人表示，下一步还
将在学校和医院周边增设临时
停车点。
（本报记者 陈立）
春季花展下周开幕
记者从市园林局了解到，今年
的春季花展将于下周在湖滨公园
开幕，展期一个月，将展出郁金
香、樱花等花卉五十多个品种。
花展期间，公园将延长开放时
间，并增开两条公交专线，方便
市民前来赏花。
（本报记者 吴敏）
"""


def test_item_title_under_a_brief_heading_stays_its_title():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert titles[0] == "常青古道" and "消息速览" not in titles
    assert articles[0].headline.kicker is None
    assert articles[0].paragraphs[0].startswith("3月8日")
