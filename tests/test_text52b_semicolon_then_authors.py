"""Text mode: a line whose last clause closes on a semicolon and then the
authors' bracket (……对折两次；（张三）) is a text's end, never a title closed by
its column's tag: no headline holds a semicolon. Invented text."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, pymupdf_blocks as _blocks, typeset_body as _body


def test_a_list_closed_by_its_authors_is_body():
    text = _blocks(["剪纸小课堂"], ["准备材料：剪刀，彩纸"], ["第一步：把彩纸对折成三角形；"],
                   ["第二步：沿中线再对折两次；（张晓明）"], ["轮渡新增两条航线"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    first = page.articles[0]
    assert first.headline.title == "剪纸小课堂" and not first.headline.kicker
    assert "第二步：沿中线再对折两次；" in "".join(first.paragraphs)
