"""Under a title closed by its column's tag comes at most its —— subtitle: a
kicker after it opens the next article's headline. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, PARKS, STREET, stream, typeset_body


def test_a_kicker_under_a_tagged_title_opens_the_next_headline():
    # the parks' title is drawn after its body; the ferry's kicker and title before its own
    text = stream("老街改造完工", "本报记者 赵冬", *typeset_body(STREET), *typeset_body(PARKS), "让城东公园更宜人（江城观察）",
                  "市长在轮渡码头调研时强调", "加快建设江城水上交通", "本报记者 李平", *typeset_body(FERRY))
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    heads = [(a.headline.kicker, a.headline.title) for a in articles]
    assert (None, "让城东公园更宜人（江城观察）") in heads
    assert ("市长在轮渡码头调研时强调", "加快建设江城水上交通") in heads
