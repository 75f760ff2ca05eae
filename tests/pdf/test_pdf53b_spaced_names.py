"""Names a page sets apart by moving the pen, not by a space glyph: the text
layer runs them together (■记者石磊钟晓岚卞一), and no surname list can tell
where one name ends when three are glued. The gap the pen left is the
separator, in a vertical stack (sources/vertical_lines.py) as in a line
(sources/pdf_gaps.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse, story, text_left_of_vertical_headline  # noqa: E402
from feature_pages import BODY, FeaturePage  # noqa: E402


def test_three_names_stacked_a_glyph_apart_under_a_vertical_headline(tmp_path):
    pg = FeaturePage()
    size = 24.0
    body, x, foot = text_left_of_vertical_headline(pg, "古镇新韵", size)
    # each glyph drawn alone, the names a glyph's height apart, no space glyph between them
    pg.vertical(x + (size - BODY) / 2, foot + size * 0.7, "■记者 石磊 钟晓岚 卞一", BODY, font="body", pitch=BODY * 1.05)
    pg.vrule(x + size + 10, TOP + 4, TOP + 300)
    story(pg, "health", "家庭医生签约忙", 3, 2, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["古镇新韵", "家庭医生签约忙"])
    a = find(page, "古镇新韵")
    assert [(b.role, b.name) for b in a.bylines] == [("记者", "石磊"), ("记者", "钟晓岚"), ("记者", "卞一")]
    check_body(a, body)
