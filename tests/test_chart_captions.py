"""A picture with a chart's source note under it (数据来源：…, 制图：…) is a chart: the note and the labels
beside it caption no photo (PDF mode). A photo's caption under it stays its caption."""

from __future__ import annotations

from banmian.layout.captions import caption_groups
from banmian.model import TextLine


def test_chart_takes_no_caption():
    picture = (40.0, 100.0, 300.0, 260.0)
    label = TextLine("省外游客", (310.0, 180.0, 350.0, 189.0), 8.0)
    note = TextLine("数据来源：市文旅局", (40.0, 264.0, 140.0, 273.0), 8.0)
    groups, rest = caption_groups([label, note], [picture], 10.5)
    assert groups == [] and rest == [label, note]


def test_photo_caption_stays():
    picture = (40.0, 100.0, 300.0, 260.0)
    caption = TextLine("三月十日，村民在田间插秧。 周岚摄", (40.0, 264.0, 230.0, 273.0), 8.0)
    groups, rest = caption_groups([caption], [picture], 10.5)
    assert groups == [(picture, [caption])] and rest == []
