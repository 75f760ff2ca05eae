"""A reporter's notes under their own headline (……（记者手记）) after a report
on another subject are an article of their own (text mode; invented text,
one line a block as PyMuPDF's get_text gives a page of wide leading). Notes
that close a report tell of its subject (its people and places come back);
notes on another subject share at most a common word with the text over them."""

from __future__ import annotations

import banmian

PAGE = """2024年4月9日 星期二
第6版
综合新闻
副市长陈立群在江城调研时强调
守好长江岸线 建好生态廊道
本报江城4月8日电 （记者 周航）
副市长陈立群7日至8日在江城
沿江各区调研时强调，要把修复
清江两岸生态摆在更加突出位置，
守好岸线，建好廊道。
陈立群先后来到江滩公园、
湿地保护区和沿江码头，详细了
解岸线整治和湿地修复进展。他
要求有关部门加快推进码头搬迁，
让更多岸线还给市民。
“慢递”寄出一份等待（记者手记）
一个雨后的傍晚，我走进
城南一家小小的书店，柜台边
摆着一排写好地址的明信片。
店员告诉我，这些信会在一年
后寄出，寄给写信人自己。许
多年轻人说，把心事交给时间，
也是一种温柔的期待。
"""


def test_notes_on_another_subject_after_a_report_are_an_article_of_their_own():
    page = banmian.parse_text(PAGE, enrich=False).pages[0]
    titles = [a.headline.title for a in page.articles]
    assert titles == ["守好长江岸线 建好生态廊道", "“慢递”寄出一份等待（记者手记）"]
    assert "".join(page.articles[0].paragraphs).endswith("让更多岸线还给市民。")
    assert "".join(page.articles[1].paragraphs).startswith("一个雨后的傍晚")
