"""Text mode, a line stream: two headline tiers, each wrapped in its box, with no
cue of their roles in their words. The box is as wide for both, so the tier whose
full lines hold fewer characters is set larger: the 主题. The first wrapped narrower
is the title over its subtitle; the first wrapped wider, the kicker over its title.
Own sample text."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, typeset_body


def _headlines(middle: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = ["轮渡公司调整票价", "本报记者 周明", *typeset_body(FERRY), *middle, "本报记者 李华", *typeset_body(PARKS),
             "老街改造惠及千户居民", "本报记者 王林", *typeset_body(STREET)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in articles]


def test_the_first_tier_wrapped_narrower_is_the_title_over_its_subtitle():
    heads = _headlines(["江城新建三座", "城东公园", "新公园种植本地树种并设置健", "身步道"])
    assert heads[1] == (None, "江城新建三座城东公园", "新公园种植本地树种并设置健身步道")


def test_the_first_tier_wrapped_wider_is_the_kicker_over_its_title():
    heads = _headlines(["市园林局负责人介绍新公园将种", "植本地树种", "江城新建", "三座公园"])
    assert heads[1] == ("市园林局负责人介绍新公园将种植本地树种", "江城新建三座公园", None)
