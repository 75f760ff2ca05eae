"""A box of reference under a report's text (延伸阅读 over a small title of
its own and a paragraph) belongs to the report: its label, its title and its
text are the report's last paragraphs, never an article of its own (text
mode; invented text, one line a block as PyMuPDF's get_text gives it)."""

from __future__ import annotations

import banmian

PAGE = """2024年5月14日 星期二
第7版
社会
社区食堂开进老街巷
本报记者 韩青
清晨六点半，老街巷口的
社区食堂已经飘出饭菜香。前
来吃早饭的老人排起了短队，
一碗小米粥、两个包子，只要
四块钱。
七十八岁的刘大爷每天都
来。他说，老伴走后自己做饭
不方便，有了社区食堂，一日
三餐都有了着落，饭菜软烂可
口，价格也实惠，吃着放心。
街道有关负责人介绍，今
年全区将再建社区食堂十二个，
让老人在家门口吃上热乎饭。
相关链接
什么是“长者助餐点”
长者助餐点是指在社
区设立、为老年人提供用
餐服务的场所，多由社区
食堂或餐饮企业承办。
春茶开采茶农忙
本报记者 闻溪
连日来，山区各乡镇的茶
园里一片忙碌，茶农们抢抓晴
好天气采摘春茶。
今年全县茶园面积达到八
万亩，新建茶叶加工厂三家，
茶农户均增收四千元以上。
"""


def test_a_reference_box_with_its_own_title_closes_the_report_over_it():
    page = banmian.parse_text(PAGE, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["社区食堂开进老街巷", "春茶开采茶农忙"]
    report = page.articles[0].paragraphs
    label = report.index("相关链接")
    assert report[label - 1].endswith("让老人在家门口吃上热乎饭。")
    assert report[label + 1] == "什么是“长者助餐点”"
    # (the box's narrower lines: how they part into paragraphs is not asked here)
    assert "".join(report[label + 2:]) == "长者助餐点是指在社区设立、为老年人提供用餐服务的场所，多由社区食堂或餐饮企业承办。"
