"""Text mode: a resumed part's heading under its note (（上接第N版）) is no
new headline, also when it is a heading over a second line, or wrapped in one
block (PyMuPDF's blocks), and, with no headline over the note, when it is
numbered (三、…): a headline is never numbered. Invented text."""

from __future__ import annotations

import banmian

_HEADER = "第6版 经济\n"
_TITLE = "渔港小镇迎来新春客"
_BODY = """今年春节，来港口看渔船、吃海
鲜的游客比往年多了不少，镇上
的民宿早早就订满了。
镇里还在码头边新建了观景平
台，游客可以在这里看日出、拍
照片，感受渔家的年味。
"""
_HEADING = ["海鲜大排档排起长队", "渔家菜走上城里人餐桌"]


def _articles(text: str):
    return banmian.parse_text(text, enrich=False).pages[0].articles


def _resumed(articles, first: str):
    return next(a for a in articles if a.paragraphs and a.paragraphs[0].replace(" ", "") == first)


def test_heading_and_its_second_line_under_the_note_are_the_parts_first_paragraphs():
    text = _HEADER + _TITLE + "\n（上接第1版）\n" + "\n".join(_HEADING) + "\n" + _BODY
    articles = _articles(text)
    assert [a.headline.title for a in articles] == [_TITLE]
    assert articles[0].paragraphs[:2] == _HEADING
    assert articles[0].paragraphs[-1].endswith("感受渔家的年味。")


def test_heading_wrapped_in_one_block_under_the_note_is_no_headline():
    blocks = [_HEADER.strip(), _TITLE, "（上接第1版）", "海鲜大排档排起长队，渔家\n菜走上城里人餐桌", _BODY.strip()]
    articles = _articles("\n\n".join(blocks) + "\n")
    assert [a.headline.title for a in articles] == [_TITLE]
    assert articles[0].paragraphs[0].replace(" ", "") == "海鲜大排档排起长队，渔家菜走上城里人餐桌"


_OTHER = """江城晚报
第6版 经济
老街夜市重新开张
本报讯 修缮一新的老街夜市
昨晚重新开张，一百多个摊位
前人头攒动，热闹非凡。
"""


def test_numbered_heading_under_a_note_with_no_headline_over_it_opens_the_part():
    text = _OTHER + "（上接第2版）\n三、服务送到家门口\n" + _BODY
    articles = _articles(text)
    assert "三、服务送到家门口" not in [a.headline.title for a in articles]
    part = _resumed(articles, "三、服务送到家门口")
    assert part.headline.title is None and part.paragraphs[-1].endswith("感受渔家的年味。")


def test_unnumbered_heading_under_a_note_with_no_headline_over_it_stays_the_jump_head():
    text = _OTHER + "（上接第2版）\n服务送到家门口\n" + _BODY
    assert "服务送到家门口" in [a.headline.title for a in _articles(text)]
