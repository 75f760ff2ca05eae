"""Two authors under a headline, each name on a line of its own, in an
extractor's text with no blank lines (PyMuPDF's get_text()). Every text here
is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import PARKS, STREET, typeset_body


def _page(*lines: str) -> list[banmian.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_two_authors_a_line_each_under_a_kicker_and_title_are_both_bylines():
    articles = _page("2022年5月6日 星期五", "第7版", "理论",
                     "让城市更宜居", "江城新建三座公园的启示", "林海平", "赵冬梅", *typeset_body(PARKS * 2),
                     "老街改造留住烟火气", "王江平", *typeset_body(STREET * 2))
    first = articles[0]
    assert (first.headline.kicker, first.headline.title, first.headline.subtitle) == (
        "让城市更宜居", "江城新建三座公园的启示", None)
    assert [b.name for b in first.bylines] == ["林海平", "赵冬梅"]
    assert [b.name for b in articles[1].bylines] == ["王江平"]
