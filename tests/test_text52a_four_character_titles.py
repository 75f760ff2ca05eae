"""A headline of four characters whose first is a surname (林海雪原 read as
林 + 海雪原), under a byline line and over its text (text mode, a line
stream): it is no name and no column's label (a label heads a headline, not a
text), but the headline drawn after its byline (layout/text_bylines.py)."""

from __future__ import annotations

from tests.stream_page import tiers_after_first_report

_BODY = ["入冬以来，江城北部山区迎来", "多场降雪，林区银装素裹，吸", "引了大批游客前来观赏雪景。",
         "林场负责人介绍，今年新修", "了十公里观景步道，游客可以", "沿途欣赏林海雪原的壮美风光。"]


def test_a_four_character_title_under_a_byline_heads_its_text():
    tiers = tiers_after_first_report(["本报记者 王明远", "林海雪原"], _BODY)
    assert (None, "林海雪原", None) in tiers
