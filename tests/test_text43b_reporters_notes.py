"""A reporter's notes' heading (……（记者手记）) under a report whose headline
stands over its text is a subheading of that report on any page, one that
draws other headlines after their bodies too (text mode; invented text, the
stream as ``pdftotext -raw`` gives it): the notes go on from the report."""

from __future__ import annotations

import banmian

PAGE = """江城日报 5 综合新闻
2024.3.5 星期二
走进江城老街，青石板路
被重新铺过，沿街的木门窗也
刷上了新漆。去年以来，江城
对老街进行了一次全面修缮，
既保留了老房子的样子，又接
通了燃气和污水管网。
老街上住着三百多户人家。
修缮前，街道办挨家挨户征求
意见，居民提出的一百多条建
议，大多写进了修缮方案。
老街修缮留住老样子
本报记者 张华
把群众的话带上会（代表履职故事）
本报记者 李明
春节刚过，全国人大代表王
明就回到了村里。他挨家挨户
走访，把乡亲们关心的看病、
上学和养老问题一条条记在本
子上。
“村里老人多，看病要跑
几十里路。”村民李大妈说，
王明听了，当场记下，说要把
这件事写进今年的建议。
倾听才能读懂民意（记者手记）
跟着王明走村入户，记者
看到，他的本子上密密麻麻
记满了乡亲们的心里话。王
明说，只有常到群众中去，
建议才能写到群众心坎上。
口袋公园建到家门口
本报记者 赵丽
江城今年新建口袋公园三
十座，种下樱花、海棠等花木
两万余株，附近居民步行五分
钟即可到达。
"""


def test_notes_under_a_report_headed_over_its_text_stay_with_the_report_on_a_page_of_closing_headlines():
    page = banmian.parse_text(PAGE, enrich=False).pages[0]
    titles = [a.headline.title for a in page.articles]
    assert titles == ["老街修缮留住老样子", "把群众的话带上会（代表履职故事）", "口袋公园建到家门口"]
    report = "".join(page.articles[1].paragraphs)
    assert "倾听才能读懂民意（记者手记）" in report
    assert report.endswith("建议才能写到群众心坎上。")
