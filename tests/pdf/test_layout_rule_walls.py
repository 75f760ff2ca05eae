"""A vertical rule is a wall on its row: nothing printed on one side of it
is read together with what stands on the other. Pages built the way
test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, check_body, check_titles, find, parse  # noqa: E402


def test_two_headlines_side_by_side_across_a_vertical_rule_stay_apart(tmp_path):
    """Two articles side by side, two columns each, a vertical rule between
    them from their headlines down. Each headline is wrapped into two lines
    in its narrow area, centred; the first lines are short (eight glyphs)
    and stand about a glyph apart on one baseline, one each side of the
    rule. Two short runs a space apart on a baseline may be one heading's two
    phrases, but not across a rule: two headlines, each over its own text."""
    pg = FeaturePage()
    pg.header(5, "综合")
    chars, size = 12, 28.0
    a0, a1 = column_x(0, chars=chars), span_right(0, 2, chars=chars)
    b0, b1 = column_x(2, chars=chars), span_right(2, 2, chars=chars)
    wall = (a1 + b0) / 2
    pg.vrule(wall, TOP + 8, TOP + 320)
    a_lines, b_lines = ["城乡书屋点亮阅读", "生活"], ["江畔步道连起城市", "美景"]
    y = TOP + 4
    for a, b in zip(a_lines, b_lines):
        pg.centered(a0, a1, y, a, size)
        pg.centered(b0, b1, y, b, size)
        y += size * 1.3
    gap = (b0 + b1 - pg.length(b_lines[0], size, "hei")) / 2 - (a0 + a1 + pg.length(a_lines[0], size, "hei")) / 2
    assert gap < 1.5 * size, "the two first lines must stand about a glyph apart"
    pg.flow(a0, y + 8, TEXTS["library"][:2], 2, chars=chars)
    pg.flow(b0, y + 8, TEXTS["river"][:2], 2, chars=chars)
    page = parse(pg, tmp_path)
    check_titles(page, ["".join(a_lines), "".join(b_lines)])
    check_body(find(page, "".join(a_lines)), TEXTS["library"][:2])
    check_body(find(page, "".join(b_lines)), TEXTS["river"][:2])
