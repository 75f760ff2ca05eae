"""A report retold from a wire opens its body with the wire's dateline quoted
(据新华社华盛顿2月12日电), wrapped over two lines as any dateline may be: it
opens the next article's body, not another paragraph of the article above."""

from __future__ import annotations

import banmian
from tests.test_line_stream import PARKS, stream, typeset

_WIRE = ["据新华社华盛顿2月12日", "电 （记者周明）美国一家研", "究机构日前发布报告说，过去五", "年全球新建的海水淡化厂中，约",
         "三分之一位于中东。", *typeset("报告说，这些工厂大多建在沿海城市，淡化成本近年来明显下降。", 15)]


def test_a_quoted_wire_dateline_wrapped_over_two_lines_opens_the_next_article():
    # the first headline stands over its body, the wire report's under it (content-stream order)
    lines = ["江城新建三座公园", *[line for p in PARKS for line in typeset(p, 15)], *_WIRE, "全球三成淡化厂建在中东"]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    parks = next(a for a in page.articles if a.headline.title == "江城新建三座公园")
    assert not any("据新华社" in p for p in parks.paragraphs)
    wire = next(a for a in page.articles if a.headline.title == "全球三成淡化厂建在中东")
    # the quoted dateline, put back together, is the report's dateline; its bracket names the reporter
    assert wire.dateline == "据新华社华盛顿2月12日电"
    assert [b.name for b in wire.bylines] == ["周明"]
    assert "".join(wire.paragraphs).replace(" ", "").startswith("美国一家研究机构")
