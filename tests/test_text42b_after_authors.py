"""A brief's authors' bracket closes its text (text mode; invented text, the
stream as ``pdftotext -raw`` gives a column of briefs: one printed line a
line, no blank lines). What stands right after it and over the next text is
the next brief's headline, never the closed text's tail: a headline that
opens with a word and a comma (看，…) is no word's tail run on past the
bracket, and a headline may call out (…，火爆！). A short label and the
authors' bracket in a block of their own (影像中国（张明 李华）) close the text
of the block over them, as they do on its last line."""

from __future__ import annotations

import banmian

HEADER = """2024年4月2日 星期二
第5版
综合
老街焕新颜
本报记者 陈风
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
如今，老街上开起了书店、
茶馆和手工作坊，周末的游客
比过去多了好几倍。
"""

INTERJECTION = HEADER + """简讯
江城新建三座口袋公园
本报讯 近日，江城在老城区新
建三座口袋公园，种下樱花、海
棠等花木两千余株，附近居民步
行五分钟即可到达。（张明 李
华）
看，山坡上的茶园
清明前后，南山茶场的采茶工
人每天清晨上山，一芽一叶地采
摘新茶，当天就送进炒茶车间。
今年茶场新修了三条步道，游客
也能跟着采茶人上山体验。（王
静 赵雨）
"""

CALL_OUT = HEADER + """简讯
河西大桥通车
本报讯 经过两年施工，河西
大桥昨日正式通车，从河西新区
到老城区的车程缩短了一半，早
晚高峰的拥堵明显缓解。（周平）
春季招聘会，火爆！
本报讯 3月30日，江城人才市
场举办春季招聘会，一百多家企
业带来四千多个岗位，不少求职
者当场与企业签下了意向书。
招聘会还设了技能培训咨询台，
帮助求职者了解政府补贴的培训
项目。（孙红 钱亮）
"""


def _articles(text: str) -> dict[str, banmian.Article]:
    return {a.headline.title: a for a in banmian.parse_text(text, enrich=False).pages[0].articles}


def test_interjection_headline_under_wrapped_authors_bracket():
    articles = _articles(INTERJECTION)
    assert "看，山坡上的茶园" in articles
    park = articles["江城新建三座口袋公园"]
    assert park.paragraphs[-1].endswith("即可到达。")
    tea = articles["看，山坡上的茶园"]
    assert tea.paragraphs[0].startswith("清明前后")


def test_headline_calling_out_after_authors_bracket():
    articles = _articles(CALL_OUT)
    assert "春季招聘会，火爆！" in articles
    bridge = articles["河西大桥通车"]
    assert bridge.paragraphs[-1].endswith("明显缓解。")
    fair = articles["春季招聘会，火爆！"]
    assert fair.paragraphs[0].startswith("3月30日")
    assert [b.name for b in fair.bylines] == ["孙红", "钱亮"]


BLOCKS = """2024年4月3日 星期三

第5版 综合

老街焕新颜

本报记者 陈风

走进江城老街，青石板路
被重新铺过，沿街的木门窗也
刷上了新漆。去年以来，江城
对老街进行了一次全面修缮。

如今，老街上开起了书店、
茶馆和手工作坊，周末的游客
比过去多了好几倍。

山里的樱花开了

3月30日，南山脚下的樱花
进入盛花期，漫山遍野一片粉
白，不少市民专程驱车前来赏
花拍照。

影像中国（张明 李
华）

江城春季招聘会启动
记者从江城市人社局获悉：
江城春季招聘会昨日启动，一
百多家企业带来四千多个岗位，
招聘会将持续到4月底。

招聘会还设了技能培训咨询台，
帮助求职者了解培训项目。
"""


def test_label_and_authors_in_a_block_of_their_own_close_the_text_over_them():
    # an extractor's blocks: the label and the authors' bracket apart from the text they close,
    # the next brief's title run into its lead's block
    articles = _articles(BLOCKS)
    assert "江城春季招聘会启动" in articles
    flowers = articles["山里的樱花开了"]
    assert [b.name for b in flowers.bylines] == ["张明", "李华"]
    assert flowers.paragraphs[-1].endswith("赏花拍照。影像中国")  # the label stays the text's, as raw text reads it
    fair = articles["江城春季招聘会启动"]
    assert fair.paragraphs[0].startswith("记者从江城市人社局获悉")
