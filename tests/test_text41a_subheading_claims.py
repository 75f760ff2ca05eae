"""Text mode, content-stream order: a short phrase between two runs of one
article's text, that article's headline drawn after the text and the article
before it closed by its authors, is that article's subheading, not a headline
that takes half the text and leaves the other half headless
(headline_claims.settle_headline_claims). Invented text."""

from __future__ import annotations

from banmian.layout.headline_claims import settle_headline_claims
from banmian.layout.roles import BODY, BYLINE, SUBHEADING, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block


def _unit(role, *lines, closing=False):
    return Unit(Block(list(lines), role=role), closing=closing)


def _page():
    return [
        _unit(TITLE, "湖畔步道迎来首批游客"),
        _unit(BODY, "昨日，湖畔新修的步道正式开放，不少市民", "一早便来散步，步道沿途设有休息亭。（林小雨）"),
        _unit(BODY, "清晨的菜市场总是最热闹的地方，摊主们", "早早摆好了新鲜的蔬菜，吆喝声此起彼伏。"),
        _unit(BODY, "“今天的青菜怎么卖？”一位老人弯腰挑选。"),
        _unit(TITLE, "守住一方烟火气"),
        _unit(BODY, "这些年，市场经过改造，地面干净了，摊位整", "齐了，老顾客们说买菜比从前舒心多了。"),
        _unit(BYLINE, "（本报记者 周一凡）", closing=True),
        _unit(TITLE, "菜市场里的笑声（城市漫步）"),
    ]


def test_phrase_inside_one_articles_text_is_its_subheading() -> None:
    units = _page()
    directions = {0: True, 4: True, 7: False}
    settle_headline_claims(units, directions)
    assert units[4].block.role == SUBHEADING
    assert directions[0] is True and directions[7] is False
