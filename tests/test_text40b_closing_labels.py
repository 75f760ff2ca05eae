"""Session 40 (text40b): a page's closing label (本版制图：… / 版式、制图：…) ends the text over it.

Invented text. The label is the article's last paragraph: it opens no photo caption under it,
and a layout label (版式、制图：) reads as one as well as 本版制图：.
"""

from __future__ import annotations

from banmian import parse_text
from banmian.layout.rules import is_closing_note

_PAGE = """第3版 要闻
江边老街焕新颜
本报讯 这个春节，江边老街迎来了
改造后的第一批游客，青石板路干干
净净，沿街的老房子修旧如旧，小吃
摊前排起了长队。
“老街变美了，生意也更好了。”在
街口开了二十年茶馆的李大爷笑着说。
本版制图：林小青
街坊们在老街的新广场上跳舞 王明摄
"""


def test_a_layout_label_closes_the_text() -> None:
    assert is_closing_note("版式、制图：林小青")
    assert is_closing_note("本版制图：林小青")


def test_a_closing_label_opens_no_caption_under_it() -> None:
    article = parse_text(_PAGE).pages[0].articles[0]
    assert article.paragraphs[-1] == "本版制图：林小青"
    assert [c.text for c in article.captions] == ["街坊们在老街的新广场上跳舞"]
