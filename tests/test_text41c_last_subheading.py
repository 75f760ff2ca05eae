"""A text's last subheading in a stream that draws headlines after their
bodies (text mode; invented text, one printed line a line as ``pdftotext
-raw`` gives it): a one-line heading under a text that has subheadings
already and no headline over it, followed by the text's last paragraph, a
photo's caption and credit and then the headline closing that text, is one
more subheading of the text, not the headline of the part above it; the
subheadings echo the text's words as the closing headline does."""

from __future__ import annotations

import banmian

PAGE = """2024年4月2日 星期二
第14版
生态
春汛到来之前，江城水电站
的鱼道完成了改造，洄游的鱼群
第一次能够绕过大坝，游到上游
的产卵场。电站负责人说，改造
花了两年，投入不到一千万元。
水电站给鱼让出了路
本报记者 江帆
湿地保护成效明显，湿地面积
连续五年增加，候鸟种群数量创
下新高。近年来，当地大力推进
湿地修复和退耕还湿，建成了一批
湿地公园和保护小区。
候鸟数量持续回升
五年来，当地共修复湿地三万
多亩，拆除养殖围网两百多公里，
湿地水质明显好转。候鸟种群数
量由每年三万只增加到八万多只，
湿地生态持续向好。
群众共享生态红利
湿地公园建成后，周边群众
有了休闲的好去处。保护区还开
设了观鸟课堂，每年接待中小学
生上万人次，湿地保护理念深入
人心，候鸟栖息环境越来越好。
资金仍是更大难题
湿地保护任重道远，资金投入
仍需加大，需要各方共同努力。
图为候鸟在湿地公园的浅滩上觅食。
陈江 摄
湿地修复见成效
候鸟种群数量五年翻番
本报记者 许湖
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_last_heading_before_the_closing_headline_is_a_subheading():
    titles = [a.headline.title for a in _articles()]
    assert "资金仍是更大难题" not in titles


def test_the_wetland_report_is_whole_under_its_closing_headline():
    report = next(a for a in _articles() if a.headline.title == "候鸟种群数量五年翻番")
    body = "".join(report.paragraphs)
    assert body.startswith("湿地保护成效明显")
    assert body.endswith("需要各方共同努力。")
