"""Marks at line breaks of OCR'd columns (issue 12, exact article bodies):
where a mark pushed past a line's end goes back. Each test builds its own
invented lines, placed as the detector boxes them."""

from __future__ import annotations

from banmian.model import TextLine


def test_a_mark_pushed_onto_the_next_line_stays_in_its_column_under_a_wide_heading() -> None:
    from banmian.sources.image import pull_up_punctuation

    # a heading runs over two columns; the detector's boxes of the columns' lines touch across the gutter,
    # so only the column's own lines tell where it ends
    heading = TextLine("新春看乡村见闻录", (100.0, 60.0, 330.0, 86.0), 26.0)
    left = TextLine("他们从老屋搬出来", (104.0, 90.0, 210.0, 101.0), 10.0)
    right = TextLine("记者见到了另一种", (210.0, 90.0, 330.0, 101.0), 10.0)
    pushed = TextLine("，孩子上学不用跋涉", (100.0, 104.0, 205.0, 115.0), 10.0)
    under = TextLine("山路了，日子越来越", (100.0, 118.0, 205.0, 129.0), 10.0)
    texts = {ln.text for ln in pull_up_punctuation([heading, left, right, pushed, under])}
    assert "他们从老屋搬出来，" in texts
    assert "记者见到了另一种" in texts
    assert "孩子上学不用跋涉" in texts


def test_a_closing_quote_whose_first_stroke_the_box_took_in_is_found() -> None:
    """The detector's box ends inside the ” after a paragraph's last 。: its
    first stroke under the box's edge, the second past it, one speck alone.
    The page's own ink shows the pair; a single stroke past a box is none."""
    import pytest

    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    from banmian.sources import ocr

    from tests.test_ocr_stray_marks import page_of_stroked_rows

    rows = [(10.0, 20.0, 216.0, 50.0), (10.0, 60.0, 216.0, 90.0)]
    page = page_of_stroked_rows(np, rows, 34)
    page[23:31, 213:216] = 0  # the quote's first stroke, under the first row's box edge
    page[23:31, 219:223] = 0  # its second, past the box
    page[63:71, 219:223] = 0  # a lone stroke past the second row's box
    found = ocr.stray_marks(page, rows)
    quotes = [(cell[1], ink) for cell, ink, text, _ in found if text == "”"]
    assert quotes == [(20.0, (213.0, 223.0))], found


def test_a_stop_and_quote_pushed_under_a_line_inside_a_column_go_back_in_order() -> None:
    from banmian.sources.image import pull_up_punctuation
    from banmian.sources.ocr_lines import attach_quote_marks, join_level_marks

    # 。” pushed together onto the next row at the column's left edge, boxed apart: the quote's box is short
    # and high, so alone it would look like a quote wrapped under the line; the stop before it says otherwise
    line = TextLine("用自己挣的钱买了新衣裳", (457.5, 397.8, 576.7, 409.0), 10.0)
    stop = TextLine("。", (454.3, 413.6, 466.2, 424.8), 10.0)
    quote = TextLine("”", (464.8, 412.9, 470.5, 418.7), 4.8)
    after = TextLine("2018年9月，再乃", (474.3, 427.3, 576.5, 438.3), 10.0)
    lines = pull_up_punctuation(join_level_marks(attach_quote_marks([line, stop, quote, after])))
    assert "用自己挣的钱买了新衣裳。”" in {ln.text for ln in lines}


def test_a_headings_opening_quote_boxed_alone_with_the_detectors_padding_opens_the_heading() -> None:
    from banmian.sources.ocr_lines import attach_quote_marks

    # the quote's box, padded by the detector, reaches down to seven tenths of the heading's box
    mark = TextLine("II", (38.9, 126.7, 52.2, 139.0), 12.0)
    heading = TextLine("小镇通了车，", (54.7, 126.0, 153.4, 144.0), 17.0)
    lines = attach_quote_marks([mark, heading])
    assert [ln.text for ln in lines] == ["“小镇通了车，"]


def test_a_titles_opening_quote_under_a_kicker_opens_the_title_not_closes_the_kicker() -> None:
    """A kicker set tight over its title, the title's opening quote boxed
    alone (read 11) at the kicker's left edge one row under it: the mark sits
    in the title's top half right before it, so it opens the title; it was
    taken as a quote wrapped alone from the kicker (which, its box reaching
    down over the mark, then read at the body's size and became an article)."""
    from banmian.sources.ocr_lines import attach_quote_marks

    kicker = TextLine("美国一位历史学教授——", (275.2, 118.0, 473.0, 132.1), 12.0)
    mark = TextLine("11", (275.2, 138.6, 284.0, 148.0), 10.0)
    title = TextLine("中国的明天一定会更好”", (293.0, 137.0, 474.0, 156.2), 19.0)
    texts = [ln.text for ln in attach_quote_marks([kicker, mark, title])]
    assert texts == ["美国一位历史学教授——", "“中国的明天一定会更好”"], texts
