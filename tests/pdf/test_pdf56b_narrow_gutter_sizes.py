"""Two columns set a hair apart (a gutter of two points: a photo's article
starting right where its neighbour's column ends) share a baseline where a
caption's credit wrapped onto a line of its own (本报记者 张三 / 摄) stands
beside the neighbour's line: the glyph, a little larger, is no part of that
line. Two sizes a hair apart, the first span at a column's right edge and the
second at the next column's left edge, are two lines; a span of another size
inside a line (digits in a smaller face) still joins it."""

from __future__ import annotations

from banmian.sources.pdf_spans import Span, build_lines

LEFT_SIZE, RIGHT_SIZE = 7.4, 7.9
LEFT_X0, LEFT_X1 = 40.0, 215.0  # the neighbour's column
RIGHT_X0 = 217.1  # the photo's article, two points on
PITCH = 11.0


def _span(text: str, x0: float, x1: float, row: int, size: float) -> Span:
    top = 100.0 + row * PITCH
    return Span(text, (x0, top, x1, top + size), size, False, top + size * 0.88, font="Song")


def _page(glyph_row: int) -> list[Span]:
    spans = []
    for row in range(8):
        spans.append(_span("春风吹绿了江南岸边的田野和村庄，百姓的日子越过越红火", LEFT_X0, LEFT_X1, row, LEFT_SIZE))
        if row != glyph_row:
            spans.append(_span("过年的时候到处张灯结彩，锣鼓声声传得很远", RIGHT_X0, RIGHT_X0 + 150, row, RIGHT_SIZE))
    spans.append(_span("摄", RIGHT_X0, RIGHT_X0 + RIGHT_SIZE, glyph_row, RIGHT_SIZE))
    return spans


def test_a_larger_glyph_at_the_next_columns_edge_is_a_line_of_its_own():
    texts = [line.text for line in build_lines(_page(6))]
    assert "摄" in texts
    assert texts.count("春风吹绿了江南岸边的田野和村庄，百姓的日子越过越红火") == 8


def test_digits_in_a_smaller_face_inside_a_line_still_join_it():
    spans = _page(6)
    top = 100.0 + 9 * PITCH
    spans.append(Span("全村共有", (LEFT_X0, top, LEFT_X0 + 4 * LEFT_SIZE, top + LEFT_SIZE), LEFT_SIZE, False,
                      top + LEFT_SIZE * 0.88, font="Song"))
    spans.append(Span("2019", (LEFT_X0 + 4 * LEFT_SIZE + 0.5, top, LEFT_X0 + 4 * LEFT_SIZE + 14, top + 7.0), 7.0,
                      False, top + LEFT_SIZE * 0.88, font="Latin"))
    texts = [line.text for line in build_lines(spans)]
    assert "全村共有2019" in texts
