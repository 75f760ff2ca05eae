"""Text mode on real extractors' output: two articles' headlines stacked in
one group between their bodies. Own sample text; see tests/test_line_stream.py
for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET, pymupdf_blocks, typeset


def test_a_tagged_title_under_two_tiers_opens_the_next_headline():
    # the old street's kicker and title are drawn after its body, the parks' title (closed by
    # its column's tag) right under them, over its own body; the tagged title shares few words
    # with its body, but one headline has one kicker over its title: two tiers over a tagged
    # title end the headline before
    text = pymupdf_blocks(["轮渡新增两条航线"], typeset(FERRY[0]), typeset(FERRY[1]), typeset(STREET[0]),
                          typeset(STREET[1]), ["城南老街改造工程完工"], ["千户居民告别积水困扰"], ["江城公园添新绿（城建观察）"],
                          typeset(PARKS[0]), typeset(PARKS[1]))
    ferry, street, parks = banmian.parse_text(text, enrich=False).pages[0].articles
    assert (street.headline.kicker, street.headline.title, street.headline.subtitle) == (
        "城南老街改造工程完工", "千户居民告别积水困扰", None)
    assert street.paragraphs == STREET
    assert parks.headline.title == "江城公园添新绿（城建观察）" and parks.paragraphs == PARKS
    assert ferry.paragraphs == FERRY
