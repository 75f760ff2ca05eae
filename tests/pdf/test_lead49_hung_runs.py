"""Hanging punctuation (标点悬挂) on a page that draws a row of columns in one go:
the left column's closing comma hangs into the gutter so near the right
column's first glyph that MuPDF reads both lines as one span
(…江南岸边，百花齐放…). The page's other lines show where the columns are, so
the span is parted after the hung mark (an independent typesetter's pages ran
two columns together that way, a whole column pair made one column)."""

from __future__ import annotations

import pytest

from banmian.sources.pdf_spans import Span, build_lines

SIZE = 10.0
LEFT, RIGHT = 40.0, 142.0  # nine characters a column (40 to 130, 142 to 232), a gutter of 12 points

#: a column's lines (nine characters; a tenth, a comma, hangs past the edge), read down the left column, then the right
COLUMN_A = ["春风吹绿了江南岸边，", "百姓的日子越过越红", "火，村里新修了宽阔", "的水泥路，孩子们上",
            "学再也不用走泥泞小", "道了。村民们都说，", "这几年变化真是太大", "了，大家心里都高兴，"]
COLUMN_B = ["过年的时候到处张灯", "结彩，锣鼓声声传得", "很远很远，在外打工", "的年轻人都回来了，",
            "一家人围坐在一起包", "饺子，看春晚，说说", "笑笑好不热闹，老人", "们脸上都乐开了花。"]


def _span(text: str, x0: float, row: int) -> Span:
    top = 100.0 + row * 15.0
    return Span(text, (x0, top, x0 + SIZE * len(text), top + SIZE), SIZE, False, top + SIZE * 0.88, font="Song")


def _rows(hung_b: bool = True) -> list[Span]:
    """The two columns a row at a time: where the left line hangs its comma, the
    right line runs on in the same span (as MuPDF gives it)."""
    spans = []
    for row, (a, b) in enumerate(zip(COLUMN_A, COLUMN_B)):
        b = b + "，" if hung_b and row in (1, 4) else b  # two right-column lines hang a comma too
        if a.endswith("，") and len(a) == 10:
            joined = a + b
            spans.append(Span(joined, (LEFT, 100.0 + row * 15, LEFT + SIZE * len(a) + 2 + SIZE * len(b),
                                       100.0 + row * 15 + SIZE), SIZE, False, 100.0 + row * 15 + SIZE * 0.88,
                              font="Song"))
        else:
            spans += [_span(a, LEFT, row), _span(b, RIGHT, row)]
    return spans


def test_a_span_of_two_columns_is_parted_after_the_hung_mark():
    texts = [line.text for line in build_lines(_rows())]
    assert "春风吹绿了江南岸边，" in texts and "过年的时候到处张灯" in texts
    assert "了，大家心里都高兴，" in texts and "们脸上都乐开了花。" in texts
    assert len(texts) == 16


def test_a_page_that_hangs_no_marks_keeps_its_long_lines():
    """No line elsewhere ends in a mark hung past a column's edge: a long line
    with a comma where a gutter could be is one line (a lead across two columns)."""
    spans = _rows(hung_b=False)
    texts = [line.text for line in build_lines(spans)]
    assert "春风吹绿了江南岸边，过年的时候到处张灯" in texts


def test_the_page_drawn_row_by_row_reads_each_column_down(tmp_path):
    """The whole PDF path: MuPDF merges the rows with a hung comma, and the
    article's text still reads the left column down, then the right one."""
    pymupdf = pytest.importorskip("pymupdf")
    import banmian

    doc = pymupdf.open()
    page = doc.new_page(width=300, height=320)
    page.insert_text((LEFT, 60), "春节里的新村", fontsize=20, fontname="china-s")
    for row, (a, b) in enumerate(zip(COLUMN_A, COLUMN_B)):
        y = 100 + row * 15
        page.insert_text((LEFT, y), a, fontsize=SIZE, fontname="china-s")
        page.insert_text((RIGHT, y), b + ("，" if row in (1, 4) else ""), fontsize=SIZE, fontname="china-s")
    pdf = tmp_path / "rows.pdf"
    doc.save(pdf)
    article = banmian.parse(pdf, enrich=False).pages[0].articles[0]
    body = "".join(article.paragraphs)
    expected = "".join(COLUMN_A) + "".join(b + ("，" if row in (1, 4) else "") for row, b in enumerate(COLUMN_B))
    assert article.headline.title == "春节里的新村"
    assert body == expected


def _joined(a: str, a_width: int, b: str, row: int) -> Span:
    """A left line ``a_width`` characters wide (its hung comma past it) run on into the right line."""
    top = 100.0 + row * 15
    return Span(a + b, (LEFT, top, LEFT + SIZE * (a_width + 1) + 2 + SIZE * len(b), top + SIZE), SIZE, False,
                top + SIZE * 0.88, font="Song")


def test_a_span_whose_left_line_holds_digits_is_parted_after_the_hung_mark():
    """Two digits take one character's width (40年…): the hung mark is the
    eleventh character, not the tenth."""
    spans = [s for s in _rows() if not s.text.startswith("春风")]
    spans.append(_joined("40年春风吹绿了江南，", 9, COLUMN_B[0], 0))
    texts = [line.text for line in build_lines(spans)]
    assert "40年春风吹绿了江南，" in texts and COLUMN_B[0] in texts


def test_a_space_the_extractor_put_in_a_gap_takes_no_width():
    """A narrow opening quote leaves a gap MuPDF reads as a space (“ 江南): the
    hung mark is the eleventh character."""
    spans = [s for s in _rows() if not s.text.startswith("春风")]
    spans.append(_joined("春风吹“ 绿了江南岸，", 9, COLUMN_B[0], 0))
    texts = [line.text for line in build_lines(spans)]
    assert "春风吹“ 绿了江南岸，" in texts and COLUMN_B[0] in texts


def test_full_lines_of_two_lengths_still_tell_where_the_left_column_ends():
    """Around the joined span the left column's full lines hold nine characters
    and ten (two marks set half wide), one of each: both end at the column's edge."""
    rows = [("百姓的日子越过越红", 9), ("火，村里新修了宽阔。", 9), ("春风吹绿了江南岸边，", 9),
            ("的水泥路，", 5), ("学。", 2)]
    spans = []
    for row, (a, width) in enumerate(rows):
        top = 100.0 + row * 15
        if row == 2:
            spans.append(_joined(a, width, COLUMN_B[row], row))
            continue
        spans.append(Span(a, (LEFT, top, LEFT + SIZE * width, top + SIZE), SIZE, False, top + SIZE * 0.88,
                          font="Song"))
        spans.append(_span(COLUMN_B[row], RIGHT, row))
    # further down the page hangs its marks: the left column's lines, two with a comma past the edge
    spans += [_span(line, LEFT, 8 + k) for k, line in enumerate(COLUMN_A[1:] + ["新春佳节处处都喜庆，"] * 2)]
    texts = [line.text for line in build_lines(spans)]
    assert "春风吹绿了江南岸边，" in texts and COLUMN_B[2] in texts


def test_an_indented_first_line_run_on_into_the_next_column_is_parted():
    """A paragraph's first line, indented two characters, hangs its comma: no
    full line starts where it starts, so the column's own full lines (two
    characters to its left) tell where its right edge is."""
    spans = [s for s in _rows() if not s.text.startswith("春风")]
    spans += [_span("新的段落首行缩进", LEFT + 2 * SIZE, 10 + k) for k in range(2)]  # other paragraphs' first lines
    top = 100.0
    spans.append(Span("春风吹绿了江南，" + COLUMN_B[0], (LEFT + 2 * SIZE, top, LEFT + SIZE * 10 + 2 + SIZE * len(COLUMN_B[0]),
                                                    top + SIZE), SIZE, False, top + SIZE * 0.88, font="Song"))
    texts = [line.text for line in build_lines(spans)]
    assert "春风吹绿了江南，" in texts and COLUMN_B[0] in texts
