"""A report opening on a dialogue (text mode; invented text, one printed line a
line as PyMuPDF's ``get_text`` gives it, the page drawing the headline before
it after its body and its names set vertically): two short lines under the
byline, each a whole utterance in quotes, one of them holding a full stop,
stand alone over the text like a headline's lines. A headline is set with no
full stop, and a quoted title wrapped over two lines closes its quote once: the
lines are the text's first paragraphs, one a line, no headline's lines."""

from __future__ import annotations

import banmian

PAGE = """2024年2月20日 星期二
第5版
要闻
湖边的老码头，走进了今
天人的日子，变成这座小城往事
的一部分，而且派上了新用场。
“旧而暖和”，这是老码头留
给许多来客的感受。我觉得，没
有哪句夸奖比这更实在的了。
“
老
”
码
头
新
生
（
行
走
笔
记
）
陈
安
李
平
江城县青山村党支部书记林红——
办好群众身边的小事（新
春看乡村·驻村干部的一年）
■
本报记者
周宁
王芳
“几点开课？”
“七点半。先吃饭，别着急。”
“来，老杨，把孙子也带
上听听。”
这“孙子”其实是外孙。腊
月一过，江城县青山村的夜校
又开了课，村党支部书记林红
早早把教室的灯打开。夜校设
在村委会的会议室里，每周开
课两次，教村民用手机查天气
、看病挂号、网上卖货。
办学一年多，已经有二百多
人次来听课。“以前出门靠问，
现在靠手机，心里亮堂多了。”
六十五岁的老杨说。
"""

_TITLE = "办好群众身边的小事（新春看乡村·驻村干部的一年）"


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_dialogue_lines_head_no_article():
    assert [a.headline.title for a in _articles()][-1] == _TITLE
    assert all(not (a.headline.title or "").startswith("“几点") for a in _articles())


def test_dialogue_lines_open_the_report_one_a_paragraph():
    report = next(a for a in _articles() if a.headline.title == _TITLE)
    assert report.paragraphs[:2] == ["“几点开课？”", "“七点半。先吃饭，别着急。”"]
