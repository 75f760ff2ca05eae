"""Article assembly in text mode on real extractors' output (issue 9, point 8):
which lines belong to which article when the extractor runs a column's text,
a photo's caption, headlines and notes together. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_MARKET = ["江城新建的农贸市场昨天开业，市场设有摊位三百个，蔬菜、水果和水产分区经营。",
           "市场管理处介绍，开业首日客流超过八千人次，周边居民买菜更加方便。",
           "据了解，市场还设置了便民服务站，为老年人提供代购和送货上门服务。"]
_BRIDGE = ["江城东西两岸的第三座大桥昨天合龙，大桥全长两千米，预计年底通车。",
           "大桥建成后，东西两岸的车程将由四十分钟缩短到十分钟。"]


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p, _WIDTH)]


def test_a_caption_over_its_credit_takes_only_its_own_lines_from_the_column_above():
    # one run of lines (no blank line): the headline, the body's column, the photo's caption (one
    # line, as short as a paragraph's first line), its credit alone; then the next article. The
    # extractor runs the caption into the column's block: the caption is its last line only.
    caption = "市民在市场选购蔬菜。"
    lines = ["江城农贸市场开业", *_lines(_MARKET), caption, "张明 摄",
             "第三座大桥合龙", *_lines(_BRIDGE)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业", "第三座大桥合龙"]
    market = articles[0]
    assert market.paragraphs == _MARKET
    assert [c.text for c in market.captions] == [caption]


def test_a_caption_with_its_credit_on_one_line_takes_no_body_lines():
    # the caption and its credit share the line (图为…。 张明/摄) right under the body's last line
    lines = ["江城农贸市场开业", *_lines(_MARKET), "图为开业现场。 张明/摄",
             "第三座大桥合龙", *_lines(_BRIDGE)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城农贸市场开业", "第三座大桥合龙"]
    assert articles[0].paragraphs == _MARKET
    assert [c.text for c in articles[0].captions] == ["图为开业现场。"]
