"""Hanging punctuation (标点悬挂): a line's closing comma or stop set past the
column's right edge, into the gutter. Its box (a full character wide) then
reaches within a point or two of the next column's lines, but the gutter is
still there: the two columns' lines on one baseline stay two lines (a page of
an independent typesetter ran them together: 中国要强，子商务蓬勃发展，…)."""

from __future__ import annotations

from banmian.sources.pdf_spans import Span, build_lines

SIZE = 10.0
LEFT, RIGHT = 40.0, 142.0  # the second column starts 2 points after the first one's hung marks end


def _span(text: str, x0: float, row: int) -> Span:
    top = 100.0 + row * 15.0
    width = SIZE * len(text)
    return Span(text, (x0, top, x0 + width, top + SIZE), SIZE, False, top + SIZE * 0.88, font="Song")


def _page(right: float = RIGHT) -> list[Span]:
    spans = []
    for row in range(8):
        # the column is nine characters wide (40 to 130); a closing comma hangs past it, to 140
        first = "春风吹绿了江南岸边" + ("，" if row % 2 == 0 else "")
        spans.append(_span(first, LEFT, row))
        spans.append(_span("百花齐放迎来新春季节", right, row))
    return spans


def test_a_mark_hung_into_the_gutter_parts_two_columns():
    lines = build_lines(_page())
    texts = [line.text for line in lines]
    assert "春风吹绿了江南岸边，" in texts
    assert not any("，百花" in t for t in texts)
    assert len(lines) == 16


def test_a_mark_hung_into_a_gutter_one_character_wide_parts_two_columns():
    """The gutter is one character wide, or a hair less: the hung comma's box
    touches the next column's first glyph or reaches a point into it (its glyph
    is the box's left half, so the gutter is still there to see)."""
    for right in (140.0, 139.0):
        texts = [line.text for line in build_lines(_page(right))]
        assert "春风吹绿了江南岸边，" in texts, right
        assert not any("，百花" in t for t in texts), right


def test_an_article_set_larger_than_the_page_body_parts_its_columns_too():
    """The two columns are set at 10 points, the page's commonest size (another
    article's, further down) at 8.5: full lines of one size are still parted."""
    others = [Span("另一篇文章的正文字号较小共十六个字", (40.0, 400.0 + 12 * k, 176.0, 408.5 + 12 * k), 8.5,
                   False, 407.5 + 12 * k, font="Song") for k in range(30)]
    texts = [line.text for line in build_lines(_page() + others)]
    assert "春风吹绿了江南岸边，" in texts
    assert not any("，百花" in t for t in texts)


def test_an_article_in_another_face_hanging_a_mark_keeps_its_gutter():
    """The two columns set in 楷体 at the body's size, the page's commonest face
    another (a subtitle's phrases in another face may be joined a character
    apart): the left line ends in a hung mark a character past its column's
    edge, the right one starts at its column's left edge, so they stay two."""
    kai = [Span(s.text, s.bbox, s.size, False, s.baseline, font="Kai") for row, s in enumerate(_page(145.0))
           if row not in (4, 12)]  # two lines of the eight hang their comma
    kai += [Span("春风吹绿了江南岸边", _span("春风吹绿了江南岸边", LEFT, row).bbox, SIZE, False, 100.0 + row * 15 + 8.8,
                 font="Kai") for row in (2, 6)]
    song = [Span("另一篇文章的正文用宋体排了十六字", (40.0, 400.0 + 12 * k, 200.0, 410.0 + 12 * k), SIZE,
                 False, 408.8 + 12 * k, font="Song") for k in range(30)]
    texts = [line.text for line in build_lines(kai + song)]
    assert "春风吹绿了江南岸边，" in texts
    assert not any("，百花" in t or "， 百花" in t for t in texts)


def test_a_mark_drawn_a_little_narrower_than_a_character_still_hangs():
    """The font sets the hung comma's box at 0.88 of the size: the line ends
    1.2 points short of where a full character would, yet hangs past its edge."""
    spans = []
    for row in range(8):
        first = _span("春风吹绿了江南岸边" + ("，" if row % 2 == 0 else ""), LEFT, row)
        if row % 2 == 0:
            first = Span(first.text, (LEFT, first.bbox[1], 138.8, first.bbox[3]), SIZE, False, first.baseline,
                         font="Song")
        spans += [first, _span("百花齐放迎来新春季节", 141.0, row)]
    texts = [line.text for line in build_lines(spans)]
    assert "春风吹绿了江南岸边，" in texts
    assert not any("，百花" in t for t in texts)


def test_a_comma_inside_one_columns_line_still_joins_the_span_after_it():
    """Two spans of one line, the second after a comma a point on (a change of
    font or a justified gap): no column's left edge there, so one line."""
    spans = _page() + [_span("他说，", LEFT, 9), _span("今年还要再来", LEFT + 31.0, 9)]
    texts = [line.text for line in build_lines(spans)]
    assert "他说，今年还要再来" in texts


def test_a_run_after_a_stop_where_indented_lines_start_stays_in_its_line():
    """A real page's line 变。当前，我国… drawn as two runs, the second starting
    where the column's indented first lines start: the stop hangs past no
    column's right edge, so the line is one."""
    spans = _page() + [_span("两个字开头的段落", LEFT + 20.8, 10 + k) for k in range(4)]
    spans += [_span("变。", LEFT, 15), _span("当前全市产业转型正处于", LEFT + 20.8, 15)]
    texts = [line.text for line in build_lines(spans)]
    assert "变。当前全市产业转型正处于" in texts
