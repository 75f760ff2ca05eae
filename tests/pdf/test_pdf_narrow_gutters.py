"""A short piece squeezed into narrow columns a glyph apart: each column may
hold three lines only, too few for the page's count of shared edges to tell
a gutter, yet its lines start at one left edge a glyph or so after the
column on the left. The PDF source keeps each column's lines apart. Page
built with feature_pages.py, all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage  # noqa: E402
from feature_checks import TOP  # noqa: E402

from banmian.sources.pdf import read_pdf  # noqa: E402

#: three columns of three lines, eight glyphs wide, the first line indented two glyphs
_COLUMNS = [["城西新建口袋", "公园三座，利用拆违", "腾退的空地补上绿"],
            ["化，方便附近居民", "就近休闲，预计五月", "底前建成开放，园"],
            ["内还将设置健身步", "道和儿童游乐区，", "供市民免费使用。"]]


def test_three_line_columns_a_glyph_apart_stay_apart(tmp_path):
    pg = FeaturePage()
    pg.header(4, "经济")
    width, gap = 8 * BODY, 1.1 * BODY
    for c, column in enumerate(_COLUMNS):
        x = 200 + c * (width + gap)
        for k, text in enumerate(column):
            indent = 2 * BODY if c == 0 and k == 0 else 0.0
            pg.line(x + indent, TOP + 40 + k * LEAD, text, width=width - indent)
    path = pg.save(tmp_path / "page.pdf")
    page = next(iter(read_pdf(path)))
    texts = {ln.text for ln in page.lines}
    for column in _COLUMNS:
        for text in column:
            assert text in texts, sorted(t for t in texts if any(p in t for p in column))
