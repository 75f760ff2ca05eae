"""Text mode (a line stream, PyMuPDF's blocks a line each): news briefs each signed off
by their authors' bracket (……。（张三 李四）). The bracket ends its item: a
short line after it is the next item's title, however much it looks like a
name, and text after it under a headline drawn after its body is that
headline's, not the signed item's. Every text here is invented."""

from __future__ import annotations

import banmian
from tests.test_line_stream import stream
from tests.test_line_stream import typeset_body as _body

_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番。"]
_POMEGRANATE = ["北岭村今年种下三百亩石榴树，村里请来农技员手把手教技术，村民盼着明年挂果。"]
_BRIDGE = ["城西新建的人行天桥今天通行，桥上加装了电梯和雨棚，方便老人和孩子过街。",
           "市政部门介绍，天桥设计时征求了周边居民的意见，还在桥下增设了自行车停放点。",
           "附近居民说，以前过马路要绕很远，现在走几步就能上桥，出行方便多了。"]


_FERRY = ["江城轮渡公司今天开通两条新航线，连通城东码头和江心岛，每天往返二十个班次。",
          "轮渡公司负责人说，新航线开通后，两岸居民出行更方便，江心岛的游客也越来越多。"]


def _articles(*lines: str):
    """The articles of a column of briefs: a first one (its title over it, signed), then ``lines``."""
    first = ["江城轮渡开通新航线", *_body(_FERRY), "（孙丽）"]
    return banmian.parse_text(stream(*first, *lines), enrich=False).pages[0].articles[1:]


def test_a_name_shaped_line_after_an_items_authors_bracket_is_the_next_items_title():
    # 石榴红 (石 a surname, three characters: a name's shape) right after the bracket that closed the
    # brief over it, and over a text: the next brief's title, not an author of either
    articles = _articles("柑橘丰收", *_body(_ORCHARD), "（李明 王芳）", "石榴红", *_body(_POMEGRANATE), "（赵刚）",
                         "城西人行天桥通行", *_body(_BRIDGE), "（周伟）")
    assert [a.headline.title for a in articles] == ["柑橘丰收", "石榴红", "城西人行天桥通行"]
    assert [[b.name for b in a.bylines] for a in articles] == [["李明", "王芳"], ["赵刚"], ["周伟"]]


def test_text_after_a_signed_item_goes_to_the_headline_drawn_after_it():
    # a brief with its title first, signed off by its author's bracket, then another article's text
    # with its headline drawn after it (content-stream order, the headline tagged): the signed brief
    # ends at its bracket, and the text after it is the closing headline's
    articles = _articles("柑橘丰收", *_body(_ORCHARD), "（李明 王芳）", *_body(_BRIDGE),
                         "城西人行天桥通行（城建观察）")
    assert [a.headline.title for a in articles] == ["柑橘丰收", "城西人行天桥通行（城建观察）"]
    assert articles[0].paragraphs == _ORCHARD
    assert articles[1].paragraphs == _BRIDGE
