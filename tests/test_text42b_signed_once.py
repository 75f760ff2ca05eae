"""A text is dated and signed once (text mode; invented text, the stream as
``pdftotext -raw`` gives a page: one printed line a line, no blank lines).
Short lines between a text that opens with its dateline and authors'
bracket (据新华社…电 （记者…）) and a text that closes with its own authors'
bracket (（张三 李四）) head a second article, never a subheading of the
first; so do those between a dated text and a text whose closing dateline
stands on a line of its own (（本报…电）)."""

from __future__ import annotations

import banmian

SIGNED_TWICE = """2024年5月6日 星期一
第9版
国际
海洋观测报告——
全球近海水温连续五年上升
据新华社日内瓦5月
5日电 （记者林海）
一个国际海洋研究机构5日
发布报告说，过去五年全球近
海平均水温逐年上升，部分海
域的珊瑚出现大面积白化。
报告说，近海水温上升影
响鱼类洄游，一些渔场的捕捞
量明显下降，沿海渔民的收入
受到影响。
研究人员建议各国加强近
海观测，共享监测数据，共同
保护海洋生态。
旧书新读
小小天地暖人心
周末的清晨，城南社区
书屋刚开门，就有居民排队
借书。书屋去年添置了两千多
册新书，还开设了亲子阅读角。
书屋管理员说，来借书的
老人和孩子最多，每月借出的
图书有八百多册。
不少居民还把家里的旧书
捐给书屋，让更多人读到好书。
（周文 吴静）
"""

CLOSING_DATELINE_ALONE = """2024年5月7日 星期二
第3版
经济
本报讯（记者 郑宁 通讯员
何波）江城首座智能仓储中心
近日投入使用，仓库里的货架
由机器人搬运，一天能处理十
万件包裹。
仓储中心负责人说，过去
一件包裹从入库到出库要两个
小时，现在只要二十分钟。
中心还接入了全市的物流
信息平台，商户可以随时查看
货物的位置。
物流升级
仓储中心用上机器人
“我们的订单一年翻了一
番，靠人工早就忙不过来了。”
一家家电企业的负责人说，企
业去年上马了两条自动化生产
线，产品合格率提高了不少。
企业还和高校合作建了研
发中心，每年推出十多款新产
品，外地订单越来越多。
（本报南湖5月6日电）
家电企业转型记——
订单翻番靠创新
■ 通讯员 冯雪 许亮
"""


def _articles(text: str) -> dict[str, banmian.Article]:
    return {a.headline.title: a for a in banmian.parse_text(text, enrich=False).pages[0].articles}


def test_text_closing_with_its_own_authors_is_a_second_article():
    articles = _articles(SIGNED_TWICE)
    assert "小小天地暖人心" in articles
    sea = articles["全球近海水温连续五年上升"]
    assert [b.name for b in sea.bylines] == ["林海"]
    assert sea.paragraphs[-1].endswith("保护海洋生态。")
    books = articles["小小天地暖人心"]
    assert [b.name for b in books.bylines] == ["周文", "吴静"]
    assert books.paragraphs[0].startswith("周末的清晨")


def test_text_closing_with_its_own_dateline_line_is_a_second_article():
    articles = _articles(CLOSING_DATELINE_ALONE)
    assert "仓储中心用上机器人" in articles
    store = articles["仓储中心用上机器人"]
    assert store.paragraphs[0].startswith("江城首座智能仓储中心")
    assert store.paragraphs[-1].endswith("货物的位置。")
    orders = articles["订单翻番靠创新"]
    assert orders.paragraphs[0].startswith("“我们的订单")
