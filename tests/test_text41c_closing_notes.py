"""Editors' notes that close a text in text mode (invented text; the stream
as ``pdftotext -raw`` gives a page: one printed line a line, no blank lines):
a note on where the text comes from (（综合本报和新华社电）) or where a related
report is (（相关报道见第四版）) is the last paragraph of the text above it,
never the opening of the next article's text; a series' closing note is no
column tag of the line over it; and a heading under which only closing notes
stand (（本系列评论到此结束）, （作者为…）) heads no article of its own."""

from __future__ import annotations

import banmian

SOURCE_NOTE = """2024年3月8日 星期五
第6版
社会
山乡新事
果园里办起了音乐会
本报记者 林木
三月的清溪村，梨花开满
了山坡。周末，村里在果园中
搭起一座小舞台，请来县里的
乐队为游客演奏。
村民们在树下摆出自家做的
点心和茶水，游客边听边尝，
不少人还买走了新鲜的蔬菜。
村支书说，音乐会办了三
场，来村里的游客多了一倍。
（综合本报和新华社电）
老桥修好的那天，河东
岸的孩子们早早就等在桥头。
他们说，以后上学再也不用
绕远路了，走过桥只要五分钟。
修桥的钱一半来自县里，
一半是村民和在外工作的乡亲
凑起来的，账目每月张贴公示。
河东小学的校长说，学生
迟到的少了，家长也放心了。
东岸群众盼来新桥
一座桥连起两岸人心
本报记者 石川
"""


def _articles(text: str) -> dict[str, banmian.Article]:
    return {a.headline.title: a for a in banmian.parse_text(text, enrich=False).pages[0].articles}


def test_source_note_closes_the_text_above_not_the_next_one():
    articles = _articles(SOURCE_NOTE)
    concert = articles["果园里办起了音乐会"]
    assert concert.paragraphs[-1] == "（综合本报和新华社电）"
    bridge = next(a for t, a in articles.items() if t and "桥" in t)
    assert bridge.paragraphs[0].startswith("老桥修好的那天")


SEE_ALSO = """2024年3月9日 星期六
第1版
要闻
春耕备耕有序推进
本报记者 李禾
连日来，各地抓住有利天
气，抢修水渠、翻耕土地，
农资供应充足，价格总体平稳。
灯会点亮古城夜色
本报记者 王晴
元宵前后，古城的街巷挂
满了彩灯，游人从城门一直排
到河边，赏灯、猜谜、吃汤圆。
今年的灯组由本地匠人扎
制，既有传统的走马灯，也有
用新材料做成的巨型花灯。
夜色里的古城，处处是团
圆的笑声。
（相关报道见第四版）
"""


def test_see_also_note_is_the_last_paragraph_of_the_text_above():
    articles = _articles(SEE_ALSO)
    assert articles["灯会点亮古城夜色"].paragraphs[-1] == "（相关报道见第四版）"
    assert articles["春耕备耕有序推进"].paragraphs[0].startswith("连日来")


SERIES_END = """2024年3月12日 星期二
第5版
评论
让城市更新留住烟火气
王 岩
城市更新，更新的不只是
房屋和道路，更是街坊邻里的
日常生活。老街的小店、巷口
的早点摊，都是城市的记忆。
改造老旧小区，要先听居
民怎么说，再定怎么干，把加
装电梯、增设停车位这些实事
办到群众心坎上。
更新不是推倒重来，而是
在保留中改善，在改善中传承。
守住城市的温度
（本系列评论到此结束）
（作者为江城大学城市规划学院教授）
春灌时节水渠通
本报记者 周原
清晨，河北岸的干渠开闸
放水，清水顺着新修的渠道流
进麦田，村民们在地头忙着引水。
"""


def test_series_end_note_is_no_tag_of_the_heading_over_it():
    articles = _articles(SERIES_END)
    assert not any(t and "本系列" in t for t in articles)


def test_heading_over_closing_notes_only_heads_no_article():
    articles = _articles(SERIES_END)
    essay = articles["让城市更新留住烟火气"]
    assert essay.paragraphs[-1] == "（作者为江城大学城市规划学院教授）"
    assert "守住城市的温度" not in articles
    assert articles["春灌时节水渠通"].paragraphs[0].startswith("清晨")
