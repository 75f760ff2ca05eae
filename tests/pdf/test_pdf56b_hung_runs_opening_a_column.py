"""A paragraph's indented first line that hangs its comma and runs on into the
next column (MuPDF keeps the row in one span) is parted even where the column
gives little evidence around it: at the top of an article's columns (no lines
over it; the lines under it may hang marks or be such runs themselves), or where
only one other line starts at its indent (that line and the run tie as the
indent's usual end; the column's own, nearer end is the one to go by)."""

from __future__ import annotations

from banmian.sources.pdf_spans import Span, build_lines

SIZE = 10.0
LEFT, RIGHT = 40.0, 142.0  # nine characters a column (40 to 130, 142 to 232), a gutter of 12 points
PITCH = 15.0

LEFT_LINES = ["山间的小路弯弯曲曲", "通向远方的村庄，村", "里的人们早早起床，", "忙着收拾院子里的柴",
              "火和农具。老人说今", "年的雨水特别充足，", "地里的庄稼长得好。", "孩子们在田埂上奔跑"]
RIGHT_LINES = ["傍晚的炊烟袅袅升起", "远处传来阵阵笑声，", "饭菜的香味飘满了整", "个村子，一家人坐在",
               "桌前说着今年的收成", "和明年的打算，屋里", "屋外都是暖洋洋的。", "夜深了，星星挂满天"]


def _span(text: str, x0: float, x1: float, row: int) -> Span:
    top = 100.0 + row * PITCH
    return Span(text, (x0, top, x1, top + SIZE), SIZE, False, top + SIZE * 0.88, font="Song")


def _run(left_text: str, x0: float, right_text: str, row: int) -> Span:
    """A left line whose last character, a mark, hangs past the column's edge, run on into the right line."""
    return _span(left_text + right_text, x0, RIGHT + SIZE * len(right_text), row)


def test_an_indented_run_opening_the_columns_is_parted_with_lines_only_under_it():
    """Row 0 opens both columns; row 1 is a run itself, row 2 hangs its comma:
    within four rows the column shows one full line of each kind, the right
    column one line of its own. Lines further down tell the edges."""
    spans = [_run("清晨阳光照进来，", LEFT + 2 * SIZE, RIGHT_LINES[0], 0)]
    spans.append(_run("通向远方的村庄田野，", LEFT, RIGHT_LINES[1], 1))
    spans.append(_run("里的人们早早起床了，", LEFT, RIGHT_LINES[2], 2))
    for row in range(3, 8):
        spans += [_span(LEFT_LINES[row], LEFT, LEFT + SIZE * 9, row),
                  _span(RIGHT_LINES[row], RIGHT, RIGHT + SIZE * 9, row)]
    spans += [_span("新春佳节处处都喜庆，", LEFT, LEFT + 10 * SIZE, 12 + k) for k in range(2)]
    spans += [_span("新的段落", LEFT + 2 * SIZE, LEFT + 6 * SIZE, 15 + k) for k in range(2)]  # other first lines
    texts = [line.text for line in build_lines(spans)]
    assert "清晨阳光照进来，" in texts and RIGHT_LINES[0] in texts


def test_an_indented_run_tied_with_one_full_indented_line_is_parted():
    """One other paragraph's first line starts at the same indent and reaches the
    column's edge: one line ends at the edge, one (the run) in the next column."""
    spans = [_run("清晨阳光照进来，", LEFT + 2 * SIZE, RIGHT_LINES[0], 0)]
    for row in range(1, 8):
        x0 = LEFT + 2 * SIZE if row == 4 else LEFT  # row 4 opens a paragraph, indented, full to the edge
        text = LEFT_LINES[row][:7] if row == 4 else LEFT_LINES[row][:9]
        spans += [_span(text, x0, LEFT + SIZE * 9, row), _span(RIGHT_LINES[row], RIGHT, RIGHT + SIZE * 9, row)]
    spans += [_span("新春佳节处处都喜庆，", LEFT, LEFT + 10 * SIZE, 12 + k) for k in range(2)]
    texts = [line.text for line in build_lines(spans)]
    assert "清晨阳光照进来，" in texts and RIGHT_LINES[0] in texts


def test_a_line_across_both_columns_with_no_column_beside_is_kept():
    """A guard: a wide indented line over a single column of text (a lead set
    across) with a comma where a gutter could be stays one line: no column
    starts a gutter on from the mark."""
    spans = [_span("清晨阳光照进来，傍晚的炊烟袅袅升起", LEFT + 2 * SIZE, RIGHT + 9 * SIZE, 0)]
    spans += [_span(LEFT_LINES[row][:9], LEFT, LEFT + SIZE * 9, row) for row in range(1, 8)]
    spans += [_span("新春佳节处处都喜庆，", LEFT, LEFT + 10 * SIZE, 12 + k) for k in range(2)]
    texts = [line.text for line in build_lines(spans)]
    assert "清晨阳光照进来，傍晚的炊烟袅袅升起" in texts
