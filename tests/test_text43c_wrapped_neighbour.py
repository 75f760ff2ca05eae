"""A report wrapped round a neighbour (an L shape) in text mode (invented
text, the stream as PyMuPDF's ``get_text()`` gives a page). The page opens
with both headlines, each closed by its byline, then the neighbour's text set
inside the report, then the report's own: the run of text is cut where each
part echoes its own headline, and the neighbour is an article of its own,
not a column label under the first byline."""

from __future__ import annotations

import banmian

PAGE = """2024年6月3日 星期一
第2版
经济
港区前五个月集装箱吞吐量增长两成
港口码头跑出加速度
本报记者 许明
城南菜市场完成提升改造
■ 通讯员 冯佳
城南菜市场改造后重新开业，
摊位统一更换了不锈钢台面，
地面铺上了防滑地砖，菜市场里
再也闻不到异味了。
不少居民说，菜市场提升改
造后，买菜成了一件舒心事，菜
价也比以前更透明了。
清晨五点，港区码头上灯火
通明，一艘艘货轮正在装卸集装
箱。今年前五个月，港区集装箱
吞吐量比去年同期增长两成，码
头作业效率不断提高。
港口负责人介绍，码头新上
了自动化岸桥和无人集卡，装卸
一个集装箱只需要一分多钟，货
轮在港停留时间大大缩短。
下一步，港区将继续拓展航
线，力争全年集装箱吞吐量突破
三百万标箱。
湖滨公园新添三处儿童乐园
本报记者 韩雪
湖滨公园日前新建了三处儿
童乐园，滑梯、秋千和沙池一应
俱全，周末来玩的孩子络绎不绝。
公园管理处表示，乐园的设
施每天都有专人检查，确保孩子
们玩得安全。
"""


def test_neighbour_set_inside_a_report_is_an_article_of_its_own():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    found = {a.headline.title: a for a in articles}
    assert set(found) == {"港口码头跑出加速度", "城南菜市场完成提升改造", "湖滨公园新添三处儿童乐园"}
    market, port = found["城南菜市场完成提升改造"], found["港口码头跑出加速度"]
    assert [b.name for b in market.bylines] == ["冯佳"] and [b.name for b in port.bylines] == ["许明"]
    assert market.paragraphs[0].startswith("城南菜市场改造后") and market.paragraphs[-1].endswith("更透明了。")
    assert port.paragraphs[0].startswith("清晨五点") and port.paragraphs[-1].endswith("三百万标箱。")
    assert port.headline.kicker == "港区前五个月集装箱吞吐量增长两成"
