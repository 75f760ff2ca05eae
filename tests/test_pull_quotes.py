"""A pull quote (a sentence of the article set again in large type) that an extractor gives among the
article's lines is no paragraph: its words stand in another paragraph of the same article (text mode).
A short paragraph that says something new stays."""

from __future__ import annotations

import banmian

_PAGE = """2026年3月14日 星期六 第5版 文化
老手艺焕发新活力
本报记者 周岚
青川县竹编艺人王师傅今年七十
岁了，仍每天坐在作坊里编竹篮。
他说：“竹编这门手艺急不得，一
根竹篾要反复打磨才能用。”这些
年，他带出了三十多个徒弟。
如今，竹编产品通过网络卖到了
全国各地，去年销售额突破两百万
元，带动周边四十多户村民就业。
县里还建起了竹编博物馆，每年
吸引数万名游客前来参观。
“竹编这门手艺急不得，
一根竹篾要反复打磨才能用。”
"""

def test_pull_quote_lines_are_no_paragraphs():
    (article,) = banmian.parse_text(_PAGE, enrich=False).articles
    assert not any(p.startswith("“竹编") or p.startswith("一根竹篾") for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[-1].endswith("前来参观。")


def test_short_paragraph_saying_something_new_stays():
    page = _PAGE.replace("“竹编这门手艺急不得，\n一根竹篾要反复打磨才能用。”\n", "“手艺人要守得住寂寞。”\n")
    (article,) = banmian.parse_text(page, enrich=False).articles
    assert "手艺人要守得住寂寞" in article.paragraphs[-1]
