"""Text mode, content-stream order: a note saying the text under it goes on
from another page (（上接第1版）), under text, opens another article there. A
run of text holding two such articles is claimed by the headline over it and
the headline under it; the headline over it opens its text rather than closing
the text of an article over it that has its own headline already
(headline_claims.settle_headline_claims). Invented text."""

from __future__ import annotations

from banmian.layout.headline_claims import settle_headline_claims
from banmian.layout.roles import BODY, CONTINUATION, TITLE
from banmian.layout.rules import ContinuationNote
from banmian.layout.text_units import Unit
from banmian.model import Block


def _unit(role, *lines, note=None):
    return Unit(Block(list(lines), role=role), note=note)


def _note(text, direction, page):
    return _unit(CONTINUATION, text, note=ContinuationNote(direction, page, 0, len(text)))


def test_headline_over_a_resumed_text_opens_it() -> None:
    units = [
        _unit(TITLE, "王大姐代表——"),
        _unit(TITLE, "让山里的好茶走出大山（我当村官这一年）"),
        _unit(BODY, "春节前夕，王大姐又一次来到茶园，和乡亲们", "商量今年的采茶计划。"),
        _note("（下转第5版）", "to", 5),
        _unit(TITLE, "柳芽新绿又一春（今日谈）"),
        _note("（上接第3版）", "from", 3),
        _unit(BODY, "清晨出门，街角的柳枝已冒出嫩芽，早点铺前", "又排起了长队。"),
        _note("（上接第1版）", "from", 1),
        _unit(BODY, "“今年的灯笼比往年更多。”老街的摊主笑着说，", "游客一年比一年多。"),
        _unit(TITLE, "老街灯笼红（新春看乡村）"),
    ]
    directions = {0: True, 4: False, 9: False}
    settle_headline_claims(units, directions)
    assert directions == {0: True, 4: True, 9: False}
