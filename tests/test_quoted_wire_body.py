"""A line opening with a wire's dateline the paper quotes (据新华社…电) opens a
retold report, never a headline, however wide its column is beside the narrow
one before it; the quoted dateline is the report's dateline (DESIGN: the
dateline leaves the first paragraph). Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import FERRY, stream, typeset, typeset_body

_WIRE = ("据新华社江城2月3日电（记者林海）江城港务局3日公布的统计数据显示，去年经江城港出入境的旅客"
         "达到一百二十万人次，同比增长百分之八，创历史新高。")


def test_a_quoted_wire_dateline_is_no_headline():
    lines = ["轮渡新增两条航线", "本报记者 李平", *typeset_body(FERRY),
             *typeset(_WIRE, 26), "江城港出入境旅客创新高"]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    heads = [part for a in articles for part in (a.headline.kicker, a.headline.title, a.headline.subtitle) if part]
    assert not any(head.startswith("据新华社") for head in heads)
    wire = [a for a in articles if a.dateline == "据新华社江城2月3日电"]
    assert len(wire) == 1 and wire[0].paragraphs[0].startswith("江城港务局3日")
    assert not any("据新华社" in p for a in articles for p in a.paragraphs)
