"""Names a page sets apart by moving the pen, not by a space glyph: the text
layer runs them together (■记者石磊钟晓岚卞一), and no surname list can tell
where one name ends when three are glued. The gap the pen left is the
separator, in a vertical stack (sources/vertical_lines.py) as in a line
(sources/pdf_gaps.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_body, check_titles, find, parse, story, text_left_of_vertical_headline  # noqa: E402
from feature_pages import TEXTS, column_x, span_right  # noqa: E402
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


def _words_apart(pg: FeaturePage, x: float, top: float, words: list[str], size: float = BODY) -> float:
    """Each word drawn where the last ended plus half a glyph: no space glyph between them.
    Returns the line's right edge."""
    for word in words:
        x = pg.line(x, top, word, size) + size / 2
    return x - size / 2


def _byline_page(lines: list[list[str]]) -> tuple[FeaturePage, list]:
    pg = FeaturePage()
    pg.header(3, "要闻")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "山村夜校灯火明", 20.0, align="left")
    for words in lines:
        _words_apart(pg, x0, y, words)
        y += BODY * 1.5
    body = list(TEXTS["school"])
    pg.flow(x0, y + BODY, body, 2)
    return pg, body


def test_three_names_drawn_apart_with_no_space_glyph_are_three_bylines(tmp_path):
    pg, body = _byline_page([["■记者", "石磊", "钟晓岚", "卞一"]])
    page = parse(pg, tmp_path)
    a = find(page, "山村夜校灯火明")
    assert [(b.role, b.name) for b in a.bylines] == [("记者", "石磊"), ("记者", "钟晓岚"), ("记者", "卞一")]
    check_body(a, body)


def test_names_wrapped_onto_a_second_line_under_the_byline_are_its_names(tmp_path):
    pg, body = _byline_page([["■记者", "石磊"], ["钟晓岚", "卞一"]])
    page = parse(pg, tmp_path)
    a = find(page, "山村夜校灯火明")
    assert [(b.role, b.name) for b in a.bylines] == [("记者", "石磊"), ("记者", "钟晓岚"), ("记者", "卞一")]
    check_body(a, body)
    assert not any("钟晓岚" in p for p in a.paragraphs)


def test_glyphs_of_a_plain_line_spread_evenly_get_no_spaces():
    from banmian.sources.pdf_gaps import _spaced
    # a line spread to its measure: every gap the same, none a word's
    assert _spaced("记者节活动", [(i * 12.0, i * 12.0 + 10.0) for i in range(5)], 10.0) == "记者节活动"
    # a gap at every other glyph (prose set by pairs): more cuts than a byline has
    edges = [(x, x + 10.0) for x in (0, 10, 25, 35, 50, 60, 75, 85, 100, 110, 125, 135)]
    assert _spaced("本报记者走进山村看望老人", edges, 10.0) == "本报记者走进山村看望老人"
    assert _spaced("记者石磊钟晓岚", [(0, 10), (10, 20), (25, 35), (35, 45), (50, 60), (60, 70), (70, 80)],
                   10.0) == "记者 石磊 钟晓岚"
