"""Columns in a page image (issue 12): the skew of a straight page whose
articles set their rows at other heights, and two columns' lines that a
narrow gutter parts. Each test draws its own page of boxy glyphs."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("cv2")

from banmian.sources import image as image_source  # noqa: E402
from banmian.sources import ocr  # noqa: E402

GLYPH = 26
PITCH = 34


def _glyph(page: "np.ndarray", x: int, y: int) -> None:
    """A boxy character: a left stroke, a top and a bottom bar."""
    page[y:y + GLYPH, x:x + 3] = 0
    page[y:y + 3, x:x + GLYPH] = 0
    page[y + GLYPH - 3:y + GLYPH, x:x + GLYPH] = 0


def _columns(phases: list[int], col: int, gutter: int, width: int = 1400, height: int = 1800) -> "np.ndarray":
    """A gray page of columns of full rows, each column's rows starting ``phase`` px lower."""
    page = np.full((height, width), 255, np.uint8)
    x = 60
    for phase in phases:
        for y in range(120 + phase, height - 120, PITCH):
            for gx in range(x, x + col - GLYPH, GLYPH + 3):
                _glyph(page, gx, y)
        x += col + gutter
    return page


def test_a_straight_page_whose_articles_set_rows_lower_is_not_turned() -> None:
    """Three articles of two columns, each article's rows 10 px lower than
    the one to its left: one ink profile across the page is sharpest tilted
    (the rows line up along a slope); a profile per strip is not."""
    page = _columns([0, 0, 10, 10, 20, 20], col=190, gutter=30)
    assert abs(image_source.estimate_skew(page)) < 0.1


def test_the_same_page_turned_is_still_measured() -> None:
    import cv2

    page = _columns([0, 0, 10, 10, 20, 20], col=190, gutter=30)
    h, w = page.shape
    turned = cv2.warpAffine(page, cv2.getRotationMatrix2D((w / 2, h / 2), 1.2, 1.0), (w, h),
                            borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    assert abs(image_source.estimate_skew(turned) + 1.2) <= 0.15


def _rows_page(gutter: int, rule: bool = False) -> tuple["np.ndarray", int, int]:
    """An RGB page of two columns of eight-character rows ``gutter`` px apart
    (with a rule drawn down the gutter when ``rule``); returns it and the
    columns' left edges."""
    left, right = 40, 40 + 8 * (GLYPH + 3) + gutter
    page = np.full((420, right + 8 * (GLYPH + 3) + 40, 3), 255, np.uint8)
    for y in range(20, 400, PITCH):
        for x0 in (left, right):
            for k in range(8):
                _glyph(page, x0 + k * (GLYPH + 3), y)
    if rule:
        page[10:410, right - gutter // 2:right - gutter // 2 + 2] = 0
    return page, left, right


def _piece(text: str, x0: int, x1: int, y: int = 20 + 5 * PITCH) -> ocr.OcrLine:
    return ocr.OcrLine(text, (x0 - 3, y - 3, x1 + 3, y + GLYPH + 3), 0.99, ink=(x0, x1), ink_height=GLYPH)


def test_two_columns_lines_across_a_narrow_gutter_stay_apart() -> None:
    """A row whose left column's line ends with a comma (blank right half)
    and whose right column's line opens with a quote (blank left half): the
    gap looks like a line cut after its comma, but the paper runs on through
    the rows above and below it."""
    page, left, right = _rows_page(gutter=10)
    y = 20 + 5 * PITCH
    page[y:y + GLYPH, left:right + 8 * (GLYPH + 3)] = 255  # the row is drawn anew
    for k in range(7):
        _glyph(page, left + k * (GLYPH + 3), y)
    comma = left + 7 * (GLYPH + 3)
    page[y + GLYPH - 8:y + GLYPH - 2, comma + 2:comma + 7] = 0  # ， low in the left of its square
    quote = right + GLYPH - 12
    page[y + 2:y + 9, quote:quote + 3] = 0  # “ high in the right of its square
    page[y + 2:y + 9, quote + 5:quote + 8] = 0
    for k in range(1, 8):
        _glyph(page, right + k * (GLYPH + 3), y)
    first = _piece("一二三四五六七，", left, comma + 7)
    second = _piece("“八九十一二三四", quote, right + 8 * (GLYPH + 3) - 3)
    assert len(ocr.join_row_pieces([_piece(first.text, left, comma + 7), _piece(second.text, quote, second.ink[1])])) == 1
    assert sorted(ln.text for ln in ocr.join_row_pieces([first, second], page)) == sorted([first.text, second.text])


def test_a_rule_down_the_gutter_still_parts_two_columns() -> None:
    page, left, right = _rows_page(gutter=16, rule=True)
    first = _piece("一二三四五六七八", left, left + 8 * (GLYPH + 3) - 3)
    second = _piece("九十一二三四五六", right, right + 8 * (GLYPH + 3) - 3)
    assert len(ocr.join_row_pieces([first, second], page)) == 2


def test_a_line_the_detector_cut_after_its_full_stop_is_joined() -> None:
    """Inside a column the rows above and below ink the gap: one line."""
    page, left, _ = _rows_page(gutter=30)
    y = 20 + 5 * PITCH
    page[y:y + GLYPH, left:left + 8 * (GLYPH + 3)] = 255
    for k in (0, 1, 3, 4, 5, 6, 7):
        _glyph(page, left + k * (GLYPH + 3), y)
    stop = left + 2 * (GLYPH + 3)
    page[y + GLYPH - 8:y + GLYPH - 2, stop + 2:stop + 8] = 0  # 。
    first = _piece("一二。", left, stop + 8)
    second = _piece("三四五六七", left + 3 * (GLYPH + 3), left + 8 * (GLYPH + 3) - 3)
    assert [ln.text for ln in ocr.join_row_pieces([first, second], page)] == ["一二。三四五六七"]


def test_a_heading_over_the_gutters_of_its_columns_is_one_line() -> None:
    """A heading the detector boxed in two pieces, cut after a middle dot
    (新论·解读) right over a gutter of the body under it: the dot's square is
    blank on both sides, and a heading is not a column's line."""
    page, left, right = _rows_page(gutter=20)
    page[:125] = 255  # room for the heading over the first three rows
    tall = 60
    cut = right - 8
    for x in range(left, cut - 60, 64):
        _glyph(page, x, 40)
    page[66:72, cut - 30:cut - 24] = 0  # ·
    for x in range(cut + 16, right + 200, 64):
        _glyph(page, x, 40)
    first = ocr.OcrLine("必须坚持新论·", (left - 3, 34, cut - 20, 34 + tall), 0.99, ink=(left, cut - 24), ink_height=50)
    second = ocr.OcrLine("解读九个", (cut + 10, 34, right + 200, 34 + tall), 0.99, ink=(cut + 16, right + 190),
                         ink_height=50)
    body = [_piece("一二三四五六七八", left, left + 8 * (GLYPH + 3) - 3),
            _piece("九十一二三四五六", right, right + 8 * (GLYPH + 3) - 3)]
    texts = [ln.text for ln in ocr.join_row_pieces([first, second] + body, page)]
    assert "必须坚持新论·解读九个" in texts and len(texts) == 3


def test_two_articles_headings_a_rule_parts_are_not_one_bracket() -> None:
    """The left article's heading opens a bracket at its row's end (（新春看乡村·
    驻村干部这 / 一年）) and the right one's second line closes another (文化
    脉动）) a wide space after it: across a rule drawn between the articles they
    are two headings, not one phrase set apart."""
    from banmian.model import TextLine

    body = [TextLine("这条老街两旁的商铺大多开了几十年", (36, 300 + 12 * k, 180, 309 + 12 * k), 9.0)
            for k in range(12)]
    opened = TextLine("修好乡村路（新春看乡村·村里这", (36, 150, 300, 170), 17.0)
    closed = TextLine("看变化）", (322, 152, 392, 172), 17.0)
    texts = sorted(ln.text for ln in image_source.join_spaced(body + [opened, closed]))
    assert "修好乡村路（新春看乡村·村里这看变化）" in texts  # with no rule: the halves of one bracket
    rule = (311.0, 100.0, 311.5, 600.0)
    texts = sorted(ln.text for ln in image_source.join_spaced(body + [opened, closed], [rule]))
    assert opened.text in texts and closed.text in texts


def test_a_captions_last_words_take_in_the_credit_set_a_space_after_them() -> None:
    """……和批评。  本报记者 张三 摄 boxed in three pieces: one caption line;
    the next column's line before the caption's words is not taken in."""
    from banmian.model import TextLine
    from banmian.sources.ocr_lines import join_credits

    body = TextLine("保专项整治工作取得实", (561, 297, 651, 308), 9.0)
    words = TextLine("的精气神。", (666, 297, 712, 308), 9.4)
    role = TextLine("本报记者", (734, 297, 770, 308), 9.4)
    credit = TextLine("张小军 摄", (770, 297, 820, 308), 10.2)
    texts = sorted(ln.text for ln in join_credits([body, words, role, credit]))
    assert texts == sorted([body.text, "的精气神。 本报记者 张小军 摄"])
    # a body line ending in 拍摄 two characters after a line is no credit's row
    shot = TextLine("这些照片都是他拍摄", (150, 400, 240, 411), 9.0)
    other = TextLine("在村里", (100, 400, 128, 411), 9.0)
    assert sorted(ln.text for ln in join_credits([other, shot])) == sorted([other.text, shot.text])


def test_a_figure_set_alone_with_wide_tracking_is_read_without_spaces() -> None:
    """A large figure heading a section (90%, 1+6, 229) is set with wide
    tracking: the recogniser reads a space between each piece."""
    from banmian.sources.ocr_text import clean_text

    assert [clean_text(t) for t in ("8 5 %", "2 + 3", "41 7")] == ["85%", "2+3", "417"]
    assert clean_text("2017 2018") == "2017 2018"  # two years side by side keep their space


def test_a_line_cut_after_a_closing_quote_read_as_a_prime_is_joined() -> None:
    """三”，正… cut by the detector after the quote (its square and the
    comma's blank on the right): the recogniser reads the quote as ″, which
    blanks its square the same way; the line is one line."""
    page, left, _ = _rows_page(gutter=30)
    y = 20 + 5 * PITCH
    page[y:y + GLYPH, left:left + 8 * (GLYPH + 3)] = 255
    _glyph(page, left, y)
    quote = left + GLYPH + 3
    page[y + 2:y + 9, quote + 2:quote + 5] = 0  # ” high in the left of its square
    page[y + 2:y + 9, quote + 7:quote + 10] = 0
    comma = left + 2 * (GLYPH + 3)
    page[y + GLYPH - 8:y + GLYPH - 2, comma + 2:comma + 7] = 0  # ， low in the left of its square
    for k in range(3, 8):
        _glyph(page, left + k * (GLYPH + 3), y)
    first = _piece("三″", left, quote + 10)
    second = _piece("，四五六七八", comma + 2, left + 8 * (GLYPH + 3) - 3)
    assert [ln.text for ln in ocr.join_row_pieces([first, second], page)] == ["三″，四五六七八"]


def test_a_heading_boxed_in_two_overlapping_pieces_is_read_once() -> None:
    """The detector cut a long heading in two boxes, the second opening
    inside the first one's last glyph, whose right part the recogniser read
    again as the second's first character (动 then 力): one line, the glyph once."""
    size = 80
    first = ocr.OcrLine("春训练兵热潮涌动", (100, 30, 100 + 8 * size, 30 + size), 0.99,
                        ink=(104, 100 + 8 * size - 4), ink_height=size - 8)
    start = 100 + 8 * size - 25  # inside 动
    second = ocr.OcrLine("力比学赶超成风", (start - 4, 26, start + 7 * size, 34 + size), 0.99,
                         ink=(start, start + 7 * size - 4), ink_height=size - 8)
    assert [ln.text for ln in ocr.join_row_pieces([first, second])] == ["春训练兵热潮涌动比学赶超成风"]


def test_two_headings_side_by_side_stay_apart() -> None:
    size = 80
    first = ocr.OcrLine("春训练兵热潮涌动", (100, 30, 100 + 8 * size, 30 + size), 0.99,
                        ink=(104, 100 + 8 * size - 4), ink_height=size - 8)
    start = 100 + 8 * size + 3 * size
    second = ocr.OcrLine("比学赶超成风", (start - 4, 30, start + 6 * size, 30 + size), 0.99,
                         ink=(start, start + 6 * size - 4), ink_height=size - 8)
    assert len(ocr.join_row_pieces([first, second])) == 2


def test_a_heading_boxed_across_a_glyph_cut_at_the_first_box_edge_keeps_every_glyph() -> None:
    """The detector cut a heading in two boxes that overlap, the first box
    ending inside the glyph the second one opens with (its ink runs to its
    edge): the first read the glyphs it holds whole, the second the cut one
    whole; one line, no glyph dropped (思想|武装 of a title)."""
    size = 80
    first = ocr.OcrLine("春训练兵热潮涌动", (100, 30, 100 + 8 * size + 18, 30 + size), 0.99,
                        ink=(104, 100 + 8 * size + 18), ink_height=size - 8)
    start = 100 + 8 * size - 32  # inside 动, the last glyph the first box read
    second = ocr.OcrLine("比学", (start, 36, start + 2 * size + 30, 24 + size), 0.99,
                         ink=(start, start + 2 * size + 20), ink_height=size - 8)
    assert [ln.text for ln in ocr.join_row_pieces([first, second])] == ["春训练兵热潮涌动比学"]


def test_a_bracket_left_open_at_a_columns_edge_is_not_closed_by_the_next_columns_line() -> None:
    """A body line ending its column with a bracket still open (志愿者（右一)
    and, across the gutter, the last piece of the next column's byline
    (周小禾）, the close of （方… on the row above) are two lines: the lines
    around them end and start at the same edges (two justified columns). A
    bracket's halves set apart inside one column still join."""
    from banmian.model import TextLine

    left_column = [TextLine("河边的柳树刚刚发芽孩子", (36, 300 + 13 * k, 126, 309 + 13 * k), 9.0) for k in range(3)]
    right_column = [TextLine("村口新修的文化广场热闹", (141, 300 + 13 * k, 231, 309 + 13 * k), 9.0) for k in range(2)]
    right_column.append(TextLine("起来了。（吴一舟", (141, 326, 213, 335), 9.0))
    opened = TextLine("在场的志愿者（左二", (36, 339, 127, 348), 9.0)
    closed = TextLine("周小禾）", (139, 339, 175, 348), 9.0)
    below = [TextLine("正在教孩子们剪窗花的", (36, 352 + 13 * k, 126, 361 + 13 * k), 9.0) for k in range(2)]
    texts = sorted(ln.text for ln in image_source.join_spaced(left_column + right_column + [opened, closed] + below))
    assert opened.text in texts and closed.text in texts, texts
    inner_open = TextLine("请来了老师（退", (36, 420, 99, 429), 9.0)
    inner_closed = TextLine("休）", (111, 420, 129, 429), 9.0)
    texts = sorted(ln.text for ln in image_source.join_spaced(left_column + [inner_open, inner_closed]))
    assert "请来了老师（退休）" in texts, texts


def test_a_credit_under_its_caption_does_not_take_in_the_next_columns_line() -> None:
    """A credit set alone, right-aligned, under its caption's last line
    (图为…队员。 / 吴小禾摄) with the column to the left's body line on its row:
    that line is another column's (the caption over the credit starts past
    its end), not the caption's words. A caption's own words before the credit,
    under the caption's line that starts before them, still join."""
    from banmian.model import TextLine
    from banmian.sources.ocr_lines import join_credits

    body = TextLine("发展好乡村振兴的新产业", (456, 960, 547, 970), 9.4)
    caption = TextLine("图为巡逻队的全体队员。", (560, 949, 645, 959), 8.2)
    credit = TextLine("吴小禾摄", (567, 960, 611, 971), 8.2)
    texts = sorted(ln.text for ln in join_credits([body, caption, credit]))
    assert texts == sorted([body.text, caption.text, credit.text]), texts
    first = TextLine("图为巡逻队的队员们在村口", (560, 949, 690, 959), 8.2)
    words = TextLine("站岗。", (560, 960, 590, 971), 8.2)
    credit = TextLine("吴小禾摄", (605, 960, 649, 971), 8.2)
    texts = sorted(ln.text for ln in join_credits([first, words, credit]))
    assert texts == sorted([first.text, "站岗。 吴小禾摄"]), texts
    # a caption's one line and its credit over a photo's foot: a line under the credit is no column of its own
    words = TextLine("图为巡逻队的全体队员。", (35, 366, 130, 377), 9.4)
    credit = TextLine("吴小禾 摄", (151, 366, 191, 377), 10.2)
    under = TextLine("村里的年轻人", (150, 380, 232, 391), 10.2)
    texts = sorted(ln.text for ln in join_credits([words, credit, under]))
    assert texts == sorted(["图为巡逻队的全体队员。 吴小禾 摄", under.text]), texts


def test_a_credits_verb_wrapped_alone_goes_back_after_the_name() -> None:
    """A caption's credit set apart at its last line's end, its 摄 wrapped
    alone onto the next row (……二十多年。  吴小禾 / 摄): the credit is read
    whole with the caption's words. A body line broken before 摄 (one piece
    on its row) keeps it."""
    from banmian.model import TextLine
    from banmian.sources.ocr_lines import join_credits

    words = TextLine("竹编手艺在村里传承已有二十多年。", (350, 278, 501, 289), 9.4)
    name = TextLine("吴小禾", (519, 277, 546, 289), 9.4)
    verb = TextLine("摄", (349, 290, 362, 302), 9.4)
    texts = sorted(ln.text for ln in join_credits([words, name, verb]))
    assert texts == ["竹编手艺在村里传承已有二十多年。 吴小禾 摄"], texts
    body = TextLine("这些照片都是他在村口拍", (350, 400, 450, 411), 9.4)
    broken = TextLine("摄", (350, 413, 359, 424), 9.4)
    assert sorted(ln.text for ln in join_credits([body, broken])) == sorted([body.text, "摄"])


def test_a_columns_first_line_cut_at_two_facing_marks_under_a_headings_space_is_one_line() -> None:
    """A column's first line that the detector cut where a closing mark
    meets an opening one (红娘》|《龙凤, each blank in half its square: a
    square of paper between the pieces' ink), right under the space between
    a heading's two phrases: the band over the line is the heading's tall
    glyphs, not rows of a column, and the rows under it ink the gap."""
    page, left, _ = _rows_page(gutter=30)
    page[:20 + 3 * PITCH] = 255
    for x in (left - 5, left + 105, left + 185):  # a heading's glyphs, its phrases' space over the cut
        page[20:20 + 70, x:x + 8] = 0
        page[20:20 + 8, x:x + 70] = 0
        page[20 + 62:20 + 70, x:x + 70] = 0
    y = 20 + 3 * PITCH
    page[y:y + GLYPH, left:left + 8 * (GLYPH + 3)] = 255
    for k in (0, 1, 4, 5, 6, 7):
        _glyph(page, left + k * (GLYPH + 3), y)
    close, opening = left + 2 * (GLYPH + 3), left + 3 * (GLYPH + 3)
    page[y + 4:y + GLYPH - 4, close + 2:close + 8] = 0  # 》 in the left of its square
    page[y + 4:y + GLYPH - 4, opening + GLYPH - 8:opening + GLYPH - 2] = 0  # 《 in the right of its square
    first = _piece("红娘》", left, close + 8, y)
    second = _piece("《龙凤呈祥", opening + GLYPH - 8, left + 8 * (GLYPH + 3) - 3, y)
    assert [ln.text for ln in ocr.join_row_pieces([first, second], page)] == ["红娘》《龙凤呈祥"]


def test_a_page_read_as_turned_by_less_than_a_quarter_degree_is_not_turned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The skew estimate of a straight page is off by up to 0.2 degrees;
    turning it by that blurs every glyph in resampling for a shift of a
    pixel or two along a column's line. Under :data:`MIN_DESKEW` the page is
    read as it is (and reported straight); a turn of a degree is undone."""
    page = np.stack([_columns([0, 0], col=190, gutter=30, width=600, height=700)] * 3, axis=-1)
    seen: list["np.ndarray"] = []
    monkeypatch.setattr(ocr, "recognise", lambda image: seen.append(image) or [])
    for estimate, turned in ((0.2, False), (-0.15, False), (1.0, True)):
        monkeypatch.setattr(image_source, "estimate_skew", lambda gray, limit=5.0, a=estimate: a)
        scanned = image_source.scan_page(page, 200)
        assert (not np.array_equal(seen[-1], page)) == turned
        assert scanned.skew == (estimate if turned else 0.0)
        assert any("deskewed" in w for w in scanned.content.warnings) == turned
