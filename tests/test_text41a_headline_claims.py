"""Text mode, content-stream order: every body has one headline, drawn right
before it or right after it. A short commentary's tagged title between a
byline and its own text opens that text even where a later article's headline
closes the text under it (headline_claims.py). Invented text."""

from __future__ import annotations

import banmian

PAGE = """4 文化 江城日报 2026年3月6日 星期五

一线快讯

湖畔步道迎来首批游客

昨日，湖畔新修的步

道正式开放，不少市民

一早便来散步。步道全

长八公里，沿途设有休

息亭和饮水点。

本报江城3月5日电

记者从市图书馆获悉，

今年春季，全市各分馆

将陆续开设读书沙龙，

邀请作家与读者面对面

交流，分享阅读心得。

沙龙每周末举办，市民

可在网上预约参加。

图书馆联合多家单位推出计划

全市分馆开设春季读书沙龙

本报记者
林小雨

柳芽新绿又一春（今日谈）

清晨出门，街角的柳

枝已冒出嫩芽，早点铺

前又排起了长队。

人们见面多了一句问

候，日子也多了几分暖

意。这些平常的小事，

最能让人感到一座城的

温度。

本报江城3月5日电

全市今年将新建社区食

堂二十家，优先覆盖老

年人较多的街区。食堂

由街道统一管理，价格

实行公示。

（作者为江城大学公共管理学院教授）

社区食堂年内再添二十家

老年人吃饭更方便

本报记者 周一凡
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_tagged_title_opens_its_own_text_and_the_closing_headline_keeps_its_own() -> None:
    articles = _articles()
    commentary = [a for a in articles if a.headline.title == "柳芽新绿又一春（今日谈）"]
    assert len(commentary) == 1
    assert commentary[0].paragraphs and commentary[0].paragraphs[0].startswith("清晨出门")
    canteen = [a for a in articles if a.headline.title and a.headline.title.startswith("社区食堂")]
    assert len(canteen) == 1 and canteen[0].paragraphs[0].startswith("全市今年将新建")


def test_no_article_without_headline_holds_the_commentary() -> None:
    assert not [a for a in _articles() if a.headline.title is None and any("清晨出门" in p for p in a.paragraphs)]

