"""A photo's caption between the text an opening headline heads and the text
a closing headline closes (text mode; invented text, content-stream order,
one printed line a line; the closing headline set down the page's edge, a
character a line, its author under it): the closing headline's words said only in a
subheading of its own part still tell that the part after the caption is
its own (a subheading is its text's words too)."""

from __future__ import annotations

import banmian

PAGE = """江城日报
评论
2024.3.8 星期五    第5版
市长在防汛指挥部检查时强调
扎实做好汛前各项准备
（上接第2版）
市长一行来到防汛指挥部，
察看了雨情水情监测系统，听取
了各区防汛准备情况汇报。
市长指出，汛期将至，各区
各部门要早动手、早部署，把各
项准备工作做细做实，确保安全
度汛。
市长强调，要压实各级责任，
加强值班值守，发现险情及时处
置，切实保障群众生命财产安全。
市长在防汛指挥部察看雨情水情监测系统。
王强 摄
一年来走访了三十多个社区，
座谈了上百位居民，对老旧小区
加装电梯的难处有了切身体会。
居民们盼的是上下楼不再费
力，担心的是费用怎么分摊、邻
里意见怎么统一。
把实事办到居民心坎上
今年，我将围绕费用分摊和
协商机制提出建议，推动问题早
日解决。
实
事
办
到
心
坎
上
李
红
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_text_after_the_caption_is_the_closing_headlines():
    lift = next(a for a in _articles() if a.headline and a.headline.title == "实事办到心坎上")
    assert lift.paragraphs[0].startswith("一年来走访了三十多个社区")


def test_the_opening_headline_keeps_its_text_up_to_the_caption():
    flood = next(a for a in _articles() if a.headline and a.headline.title == "扎实做好汛前各项准备")
    assert flood.paragraphs[-1].endswith("切实保障群众生命财产安全。")
