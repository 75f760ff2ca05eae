"""PyMuPDF's blocks give each line of a column a block of its own where the
leading opens up: a paragraph's opening lines, indented and full, followed by
full lines alone that end no sentence until one does, are one paragraph of
the article, never an in-body subheading or a headline."""

from __future__ import annotations

import banmian

PAGE = """2023年6月2日 星期五
第6版
民生

社区食堂开到家门口

社区食堂开门第一天，就来了
一百多位老人。饭菜口味清淡，
价格实惠，一荤两素只要十二
元，不少老人吃完还打包带走。

近年来，街道围绕养老服
务补短板，在辖区新建社区食

堂六家，并联合周边餐饮企业

开通送餐上门服务。

街道负责人表示，下一步还将
在食堂里开设健康讲座，让老
人吃得放心、过得舒心。
"""


def test_lines_alone_carry_on_the_paragraph_they_open():
    edition = banmian.parse_text(PAGE, enrich=False)
    assert [a.headline.title for a in edition.articles] == ["社区食堂开到家门口"]
    paragraphs = edition.articles[0].paragraphs
    assert len(paragraphs) == 3, paragraphs
    assert paragraphs[1] == "近年来，街道围绕养老服务补短板，在辖区新建社区食堂六家，并联合周边餐饮企业开通送餐上门服务。"
