"""A photo's credit read before its caption (text mode; invented text, one
printed line a line as PyMuPDF's ``get_text`` gives it). The credit set
along the photo's edge comes in the text before the caption under the
photo. Under a headline and its byline, the caption is one whole sentence
set wider than the report's column: it is the credit's caption, not the
report's first paragraph. Under the text of the report before, a second
report's title stands over its photo's credit and the caption: the title is
no caption, the sentence under the credit is."""

from __future__ import annotations

import banmian

PAGE = """2024年5月14日 星期二
第6版
乡村
茶园飘香采茶忙
本报记者 沈舟
本报记者 沈舟摄
五月十二日，云岭村茶农在茶园里采摘春茶。
连日来，云岭村三千多亩茶
园进入采摘旺季。清晨，茶农们
背着竹篓走进茶园，一芽一叶采
下的鲜叶当天就送进茶厂。
近年来，村里引进了制茶设
备，建起了茶叶合作社，统一收
购、统一加工、统一品牌，茶叶
价格比过去翻了一番。
合作社负责人说，今年全村
春茶产量预计二十万斤，村民人
均增收有望超过五千元。
河畔公园添新绿
通讯员 苏禾 摄
市民在河畔公园里散步。
周末的河畔公园里游人如
织，新栽的樱花和海棠竞相开
放，不少市民带着家人来这里
踏青赏花。
园林部门介绍，公园去年
完成了提升改造，新建了步道
和亲水平台，还增设了座椅和
直饮水点。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_caption_under_its_credit_is_no_paragraph():
    tea = _articles()[0]
    assert tea.headline.title == "茶园飘香采茶忙"
    assert tea.paragraphs[0].startswith("连日来，云岭村")
    assert [c.text for c in tea.captions] == ["五月十二日，云岭村茶农在茶园里采摘春茶。"]
    assert [c.credit for c in tea.captions] == ["沈舟"]


def test_title_over_a_credit_is_no_caption():
    assert [a.headline.title for a in _articles()] == ["茶园飘香采茶忙", "河畔公园添新绿"]
    park = _articles()[1]
    assert park.paragraphs[0].startswith("周末的河畔公园")
