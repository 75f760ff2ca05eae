"""A reader's letter signed with the sender's place and name run together
(江州市河东区林晓), then the brief's authors in brackets: the sender's line
is the letter's last paragraph, never the next article's headline (text
mode; invented text, as get_text gives it and as PyMuPDF's blocks give it)."""

from __future__ import annotations

import banmian

_HEAD = """2024年3月5日 星期二
第6版
读者来信
小区停车难题待解
近来，我们小区的车位越来
越紧张，有的车主把车停在消
防通道上，有的把私家地锁装
在公共车位上，邻里之间常为
此争吵，希望物业和社区早日
拿出办法。
"""
_NEXT = """江口大桥明起封闭检修
本报讯 江口大桥将于3月6日
起封闭检修，为期二十天，过往
车辆请绕行上游的新港大桥，公
交线路也将临时调整。
"""


def _articles(text):
    return banmian.parse_text(text, enrich=False).pages[0].articles


def _check(articles):
    titles = [a.headline.title for a in articles]
    assert not any(t and "林晓" in t for t in titles), titles
    letter = next(a for a in articles if a.headline.title == "小区停车难题待解")
    assert letter.paragraphs[-1] == "江州市河东区林晓"
    assert sorted(b.name for b in letter.bylines) == ["周明", "钱进"]
    nxt = next(a for a in articles if a.headline.title == "江口大桥明起封闭检修")
    assert not nxt.bylines


def test_sender_and_authors_on_one_line_close_the_letter():
    _check(_articles(_HEAD + "江州市河东区林晓（钱进 周明）\n" + _NEXT))


def test_sender_over_the_authors_bracket_closes_the_letter():
    head, title, body = _HEAD.split("\n", 3)[:2], _HEAD.split("\n")[3], "\n".join(_HEAD.split("\n")[4:]).rstrip()
    nxt_title, nxt_body = _NEXT.rstrip().split("\n", 1)
    blocks = "\n\n".join(head + [title, body, "江州市河东区林晓", "（钱进 周明）", nxt_title, nxt_body]) + "\n"
    _check(_articles(blocks))


def test_a_title_of_a_place_and_a_word_stays_a_title():
    # a short headline (a county's name and a deed) over a body is no sender: no closing bracket under it
    articles = _articles(_HEAD + "（钱进 周明）\n江州市河东区林晓\n" + _NEXT.split("\n", 1)[1])
    assert any(a.headline.title == "江州市河东区林晓" for a in articles), [a.headline.title for a in articles]
