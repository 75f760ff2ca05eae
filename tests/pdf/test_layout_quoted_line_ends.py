"""A line ending in a closing quote after a word goes on in the line under it
(layout/column_heads.py, session 38).

A title in the text's own size and face is told by standing flush after a
finished sentence. A closing quote ends a sentence only after its end mark
(……。”); after a quoted word (获“满意”) the sentence goes on, and a short line
under it is the paragraph's tail, not a title: a data item's paragraph may end
without a full stop. Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402
from feature_pages import TEXTS, FeaturePage, column_x, span_right, wrap  # noqa: E402


def test_a_short_line_under_a_line_ending_in_a_quoted_word_is_its_paragraphs_tail(tmp_path):
    item = "调查显示今年元宵节灯会游客满意度得分为八十五点二获“满意”评价"
    assert wrap(item)[1].endswith("”") and wrap(item)[2] == "评价"
    pg = FeaturePage()
    pg.header(7, "文化")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "元宵节灯会人气创新高", 20, align="left")
    texts = [item, *TEXTS["culture"]]
    pg.flow(column_x(0), y, texts, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["元宵节灯会人气创新高"])
    check_body(find(page, "元宵节灯会人气创新高"), texts)
