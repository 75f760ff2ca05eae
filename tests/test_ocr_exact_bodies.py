"""Inexact article bodies on unseen typeset layouts (issue 12, exact rule):
a dash pair set tight against a glyph, marks pushed to a column's left edge
under an indented line, a web address read with spaces, look-alike
characters the words around them rule out, a credit's 摄 wrapped under a row
that holds its role, a single quote set tight after “. Each test draws its
own ink or writes its own text."""

from __future__ import annotations

import pytest

from banmian.model import TextLine
from banmian.sources import ocr
from banmian.sources.ocr_lines import join_credits
from banmian.sources.ocr_quotes import blanks_after_opening_quotes
from banmian.sources.ocr_text import clean_text, mend_lookalikes, mend_paragraph


def _boxy_line(np, cells: int, dash_from: int):  # noqa: ANN001, ANN202
    """A 40 px line of boxy characters on a 30 px pitch, a dash pair's stroke
    (two squares, level with the middle) in place of the characters from
    cell ``dash_from``, starting right at the last glyph's right stroke."""
    crop = np.full((40, 20 + 30 * cells, 3), 255, np.uint8)
    for k in range(dash_from):
        x0 = 10 + 30 * k
        crop[6:34, x0 + 2:x0 + 5] = 0
        crop[6:9, x0 + 2:x0 + 28] = 0
        crop[31:34, x0 + 2:x0 + 28] = 0
        crop[6:34, x0 + 25:x0 + 28] = 0  # the right stroke, which the dash touches
    x0 = 10 + 30 * dash_from
    crop[19:21, x0 - 2:x0 + 58] = 0
    return crop


def test_a_dash_pair_touching_the_glyph_before_it_is_found() -> None:
    """序幕—— at 200 dpi: the dash's stroke joins the last glyph's ink, so the
    piece is no thin bar; its columns of one level stroke, two squares long,
    are the dash pair, and the — the recogniser read becomes ——."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    crop = _boxy_line(np, 7, 5)
    bars = ocr.dash_bars(crop)
    assert len(bars) == 1 and 1.6 * 28 <= bars[0][1] - bars[0][0] <= 2.6 * 28, bars
    ink = (12.0, 10.0 + 30 * 5 + 58)
    assert ocr.mend_dash_pairs("会议的序幕—", ink, bars) == "会议的序幕——"
    # characters alone (no stroke two squares long) hold no dash pair
    assert ocr.dash_bars(_boxy_line(np, 7, 7)) == []


def _page_of_rows(np, rows):  # noqa: ANN001, ANN202
    page = np.full((200, 400, 3), 255, np.uint8)
    for x0, y0, x1, y1 in rows:
        for x in range(int(x0) + 4, int(x1) - 24, 30):
            page[int(y0) + 3:int(y1) - 3, x:x + 3] = 0
            page[int(y0) + 3:int(y0) + 6, x:x + 20] = 0
    return page


def test_marks_pushed_under_an_indented_line_stand_at_the_columns_left_edge() -> None:
    """A paragraph's first line is indented two squares; a ”—— a line break
    pushed onto the row under it stands at the column's left edge (where the
    lines above the paragraph start), not under the indented line's start:
    both were lost."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (10.0, 60.0, 120.0, 90.0), (70.0, 100.0, 300.0, 130.0)]
    page = _page_of_rows(np, rows)
    page[143:149, 14:17] = 0  # ” at the column's left edge of the row under the indented line
    page[143:149, 20:23] = 0
    page[152:155, 40:95] = 0  # —— after it
    found = ocr.stray_marks(page, rows)
    assert sorted(text for _, _, text, _ in found) == ["——", "”"], found
    # the same marks past a column's edge by far (in the middle of the row) are no pushed marks
    page = _page_of_rows(np, rows)
    page[152:155, 140:195] = 0
    assert ocr.stray_marks(page, rows) == []


def test_a_web_address_is_set_solid() -> None:
    """The recogniser reads a space beside each narrow glyph of an address;
    the scheme's colon with a blank beside it is the full-width one."""
    assert clean_text("网站：http: //www. example. org /news /7 _1，欢迎") == "网站：http：//www.example.org/news/7_1，欢迎"
    assert clean_text("见http://www.example.org。") == "见http://www.example.org。"
    assert mend_paragraph("登录www. example. com查询") == "登录www.example.com查询"


def test_look_alikes_the_words_rule_out() -> None:
    """汨 is written only in 汨罗; 瞳 never doubles."""
    assert mend_lookalikes("河水汨汨流过汨罗江") == "河水汩汩流过汨罗江"
    assert mend_lookalikes("晨光瞳瞳，他的瞳孔") == "晨光曈曈，他的瞳孔"
    assert mend_lookalikes("晨光曈瞳照") == "晨光曈曈照"
    assert mend_paragraph("泉水汨汨而出。") == "泉水汩汩而出。"


def _line(text: str, x0: float, y0: float, x1: float, size: float = 9.0) -> TextLine:
    return TextLine(text=text, bbox=(x0, y0, x1, y0 + size + 1), size=size)


def test_a_wrapped_credit_verb_goes_back_after_a_name_boxed_with_its_role() -> None:
    """A caption's last row: its words, then 本报记者 王五 (role and name in one
    piece), the next column's body line on the same row; 摄 wrapped alone onto
    the next row goes back after the name, not onto the other column's line."""
    lines = [
        _line("这是图片的说明文字。", 35.0, 608.0, 200.0),
        _line("本报记者 王五", 220.0, 608.0, 290.0),
        _line("上一行的正文内容排满了一栏", 316.0, 596.0, 440.0),
        _line("这一行的正文内容排满一栏", 316.0, 611.0, 440.0),
        _line("的发展。", 454.0, 610.0, 490.0),
        _line("摄", 34.0, 620.0, 46.0),
    ]
    texts = [ln.text for ln in join_credits(lines)]
    assert "摄" not in texts and "的发展。" in texts, texts
    assert any(t.endswith("王五 摄") for t in texts), texts


def test_a_blank_after_an_opening_double_quote_is_a_single_quote() -> None:
    """“‘中东… set tight: the recogniser reads the ‘ as a blank after “."""
    assert blanks_after_opening_quotes("评论认为：“ 中东地区") == "评论认为：“‘中东地区"
    assert blanks_after_opening_quotes("他说：“好的”") == "他说：“好的”"
    assert blanks_after_opening_quotes("Tom said “ OK") == "Tom said “ OK"


# --- session 26: pieces boxed twice, quotes and dashes cut at a row's or a line's end ---------------

def test_a_sliver_of_a_glyph_boxed_again_a_pixel_off_is_dropped() -> None:
    """Two detector boxes overlap by a glyph's edge: the first one's piece
    past a wide space holds only a sliver of the next line's first glyph, read
    as 1 (or 日); its ink, measured on another crop, starts a pixel after the
    line's own: the same glyph, read once."""
    lines = [ocr.OcrLine("新华社北京电", (100.0, 0.0, 290.0, 30.0), 1.0, ink=(102.0, 250.0)),
             ocr.OcrLine("1", (290.0, 0.0, 312.0, 30.0), 0.94, ink=(311.2, 312.0)),
             ocr.OcrLine("尚谊家中", (305.0, 0.0, 420.0, 30.0), 1.0, ink=(310.5, 418.0))]
    assert sorted(ln.text for ln in ocr.join_row_pieces(lines)) == ["尚谊家中", "新华社北京电"]
    # a one-character piece with paper between its ink and the line's stays a piece of its own
    lines = [ocr.OcrLine("近", (290.0, 0.0, 312.0, 30.0), 1.0, ink=(292.0, 305.0)),
             ocr.OcrLine("尚谊家中", (330.0, 0.0, 420.0, 30.0), 1.0, ink=(336.0, 418.0))]
    assert sorted(ln.text for ln in ocr.join_row_pieces(lines)) == ["尚谊家中", "近"]


def test_a_short_piece_ending_a_row_is_no_headings_wrapped_tail() -> None:
    """新华社北京2月1日电　近: the 近 after the dateline's space is boxed
    apart, under a caption's credit of a smaller size starting where it
    starts; it ends its row (a line boxed right before it), so it keeps the
    body's size and joins the dateline, not the caption's size."""
    from banmian.sources.image import MeasuredLines, even_sizes

    credit = _line("新华社记者 张三摄", 146.0, 390.0, 232.0, size=9.0)
    dateline = _line("新华社北京2月1日电", 54.0, 407.0, 146.0, size=9.8)
    short = _line("近", 146.0, 407.0, 163.0, size=9.0)
    body = [_line("日，这是一行正文的文字排满一栏", 36.0, 421.0 + 14 * k, 161.0, size=9.8) for k in range(8)]
    measured = MeasuredLines()
    measured.add(credit)
    even_sizes([credit, dateline, short] + body, measured)
    assert short.size == dateline.size, (short.size, dateline.size)


def test_a_dropped_single_quote_finds_its_partner_past_the_rows_cut_and_above() -> None:
    """帐的‘　帅’，: the wide blank of the ‘ square cut the row; the closing
    quote stands in the next piece. 蛋’ opening a row closes the ‘ the row
    above left open, though the row under holds a ' of its own."""
    rows = [ocr.OcrLine("帐的", (0.0, 0.0, 60.0, 30.0), 1.0, ink=(2.0, 58.0), quote_slots=[2]),
            ocr.OcrLine("帅'", (60.0, 0.0, 120.0, 30.0), 0.8, ink=(66.0, 100.0)),
            ocr.OcrLine("，车马炮", (120.0, 0.0, 300.0, 30.0), 1.0, ink=(125.0, 298.0))]
    assert ocr.put_back_single_quotes(rows)[0].text == "帐的‘"
    rows = [ocr.OcrLine("“种了一辈子的'马铃", (50.0, 0.0, 300.0, 30.0), 1.0, ink=(52.0, 298.0)),
            ocr.OcrLine("薯", (0.0, 40.0, 45.0, 70.0), 1.0, ink=(2.0, 40.0), quote_slots=[1]),
            ocr.OcrLine("，谁想到竟成了致富的", (45.0, 40.0, 300.0, 70.0), 1.0, ink=(50.0, 298.0)),
            ocr.OcrLine("'金疙瘩'。", (0.0, 80.0, 300.0, 110.0), 1.0, ink=(2.0, 298.0))]
    assert ocr.put_back_single_quotes(rows)[1].text == "薯’"


def _rows_page(np, rows, dash_end=()):  # noqa: ANN001, ANN202
    """Rows of boxy glyphs on a 30 px pitch; rows in ``dash_end`` end in a dash."""
    page = np.full((200, 400, 3), 255, np.uint8)
    for x0, y0, x1, y1 in rows:
        last = int(x1) - (34 if (x0, y0, x1, y1) in dash_end else 4)
        for x in range(int(x0) + 4, last - 20, 30):
            page[int(y0) + 3:int(y1) - 3, x:x + 3] = 0
            page[int(y0) + 3:int(y0) + 6, x:x + 20] = 0
        if (x0, y0, x1, y1) in dash_end:
            page[int(y0) + 14:int(y0) + 16, int(x1) - 30:int(x1) - 5] = 0
    return page


def test_an_ellipsis_alone_under_a_paragraphs_short_last_line_is_found() -> None:
    """保。 / 　　…… : the ellipsis is a paragraph of its own, under a line of
    two squares (no row twice as wide as high); its six dots are read."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (10.0, 60.0, 68.0, 90.0)]
    page = _rows_page(np, rows)
    for k, x in enumerate((70, 75, 80, 90, 95, 100)):
        page[101:105, x:x + 4] = 0
    assert [text for _, _, text, _ in ocr.stray_marks(page, rows)] == ["……"]


def test_a_closing_quote_pushed_down_with_a_column_tops_full_stop() -> None:
    """”。 over a column's first line: the quote's two strokes at the top of
    the row, the ring at its foot; both come back, the quote first."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    left = [(10.0, 20.0, 190.0, 50.0), (10.0, 60.0, 190.0, 90.0), (10.0, 100.0, 190.0, 130.0)]
    right = [(270.0, 60.0, 390.0, 90.0), (210.0, 100.0, 390.0, 130.0)]
    page = _rows_page(np, left + right)
    page[42:50, 212:220] = 0
    page[44:48, 214:218] = 255
    page[22:29, 200:202] = 0  # ” before it
    page[22:29, 205:207] = 0
    assert [(ink, text) for _, ink, text in ocr.column_top_stops(page, left + right)] == [((200.0, 220.0), "”。")]


def test_a_dash_pairs_second_half_pushed_alone_to_the_next_row() -> None:
    """太阳”— / —: a line break cut a dash pair; its second half stands alone
    at the column's edge under the line (a paragraph's first, indented), which
    the detector boxes nothing of. Under a line ending in a glyph, a lone
    stroke is no dash."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    rows = [(10.0, 20.0, 300.0, 50.0), (70.0, 60.0, 300.0, 90.0), (10.0, 140.0, 300.0, 170.0)]
    page = _rows_page(np, rows, dash_end=[rows[1]])
    page[114:116, 12:38] = 0
    found = ocr.stray_marks(page, rows)
    assert [text for _, _, text, _ in found] == ["—"], found
    page = _rows_page(np, rows)
    page[114:116, 12:38] = 0
    assert ocr.stray_marks(page, rows) == []


def test_a_dash_pairs_second_half_goes_back_after_its_first() -> None:
    from banmian.sources.ocr_rows import pull_up_punctuation

    above = _line("“托起明天的太阳”—", 30.0, 100.0, 120.0)
    lone = _line("—", 12.0, 114.0, 22.0)
    texts = [ln.text for ln in pull_up_punctuation([above, lone])]
    assert texts == ["“托起明天的太阳”——"], texts
    above = _line("“托起明天的太阳。”", 30.0, 100.0, 120.0)
    texts = [ln.text for ln in pull_up_punctuation([above, _line("—", 12.0, 114.0, 22.0)])]
    assert sorted(texts) == ["—", "“托起明天的太阳。”"], texts


def test_a_single_quote_cut_from_its_row_is_no_figure_one() -> None:
    """’主题教育: the blank of the quote's square cut it from its row; its one
    short stroke at the top of the row is read as 1. A 1 reaches the foot of
    the figures."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    quote = np.zeros((26, 18), bool)
    quote[4:11, 3:7] = True
    assert ocr.is_lone_single_quote(quote, 30.0)
    one = np.zeros((26, 18), bool)
    one[4:22, 6:9] = True
    assert not ocr.is_lone_single_quote(one, 30.0)


def test_each_quote_read_accounts_for_one_stroke() -> None:
    """‘帅’ read 帅': two strokes, one quote read; the stroke before 帅 is the
    dropped one (the read quote is the stroke after it)."""
    from banmian.sources.ocr_quotes import quote_slots

    assert quote_slots("帅'", (0.0, 60.0), [(1.0, 4.0), (52.0, 56.0)]) == [0]
    assert quote_slots("帅'", (0.0, 60.0), [(52.0, 56.0)]) == []


def test_a_sliver_of_a_lines_last_glyph_boxed_again_is_dropped() -> None:
    """The next column's box starts inside this line's last glyph (传输 / 在开展):
    its piece before a wide blank holds a sliver of 输, read as 前."""
    lines = [ocr.OcrLine("数据的实时传输", (512.0, 0.0, 627.0, 30.0), 1.0, ink=(516.0, 624.0)),
             ocr.OcrLine("前", (621.0, 0.0, 630.0, 30.0), 0.29, ink=(621.0, 624.0)),
             ocr.OcrLine("在开展西太平洋", (630.0, 0.0, 750.0, 30.0), 1.0, ink=(660.0, 743.0))]
    assert sorted(ln.text for ln in ocr.join_row_pieces(lines)) == ["在开展西太平洋", "数据的实时传输"]


def _closed_boxes(np, cells: int, blank: int, stroke_row: int):  # noqa: ANN001, ANN202
    """Closed boxy glyphs 28 px tall (rows 6-34) on a 30 px pitch, cell
    ``blank`` empty, a level stroke at ``stroke_row`` across it from the right
    stroke of the glyph before to the left stroke of the glyph after."""
    crop = np.full((40, 20 + 30 * cells, 3), 255, np.uint8)
    for k in range(cells):
        x0 = 10 + 30 * k
        if k == blank:
            continue
        crop[6:34, x0 + 2:x0 + 5] = 0
        crop[6:34, x0 + 23:x0 + 26] = 0
        crop[6:9, x0 + 2:x0 + 26] = 0
        crop[31:34, x0 + 2:x0 + 26] = 0
    crop[stroke_row - 1:stroke_row + 1, 10 + 30 * (blank - 1) + 25:10 + 30 * (blank + 1) + 3] = 0
    return crop


def test_a_single_dash_set_solid_between_two_glyphs_and_not_read_goes_back() -> None:
    """中国—柬埔寨: the dash touches the glyphs on both sides (one piece of
    ink, no bar) and the recogniser read nothing for it. Its columns are one
    thin stroke low in the line, a square long. A stroke level with the
    middle (一 joining its neighbours) is no dash."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    bars = ocr.single_bars(_closed_boxes(np, 7, 2, 23))  # 0.6 down the glyph band
    assert [d for _, _, d in bars] == [True], bars
    ink = (12.0, 10.0 + 30 * 7 - 4)
    assert ocr.mend_single_dashes("中国柬埔寨文", ink, bars) == "中国—柬埔寨文"
    assert ocr.single_bars(_closed_boxes(np, 7, 2, 19)) == []  # 0.46 down: 一's height


def test_flat_glyphs_cut_from_a_row_keep_their_boxs_size() -> None:
    """‘旅游饭’　，一 / 心一意: the piece ，一 cut off by the quote's blank has
    glyphs far lower than its box (a comma low, 一 one thin stroke); its
    glyph height is no size (it took 2.7 pt and left the row), the box's is."""
    from banmian.sources.image import BOX_PER_SIZE, INK_PER_SIZE, _text_line

    flat = _text_line(ocr.OcrLine("，一", (0.0, 0.0, 56.0, 30.0), 0.7, ink=(5.0, 50.0), ink_height=4.0), 72 / 200, 0)
    assert flat.size == pytest.approx(30.0 * 72 / 200 / BOX_PER_SIZE, rel=0.01), flat.size
    full = _text_line(ocr.OcrLine("心一意", (0.0, 0.0, 90.0, 30.0), 1.0, ink=(2.0, 88.0), ink_height=26.0), 72 / 200, 0)
    assert full.size == pytest.approx(26.0 * 72 / 200 / INK_PER_SIZE, rel=0.01), full.size  # glyphs that fill the square


def test_no_space_beside_a_full_width_stop_or_colon() -> None:
    """A line break pushed the colon to the next line's start (: http); the
    space the recogniser read after it is no text: a full-width mark's
    square holds its own blank."""
    assert mend_paragraph("网页地址为: http : //w ww.example. cn。") == "网页地址为：http：//www.example.cn。"
    assert mend_paragraph("他说： 好的 ，我们走。") == "他说：好的，我们走。"


def test_a_single_quote_the_boxs_edge_cut_opens_the_line() -> None:
    """蛋 / ’。”参加了: the detector's box starts on the quote's stroke (the
    crop holds a sliver of it), so the recogniser reads the line from 。. The
    page's ink before and at the box's edge shows one short stroke at the
    top of the row, paper before and after it. A glyph's edge there is no quote."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")
    page = np.full((120, 400, 3), 255, np.uint8)
    box = (60.0, 40.0, 380.0, 70.0)
    page[44:51, 58:62] = 0  # the stroke, straddling the box's left edge at x 60
    page[60:66, 72:78] = 0  # 。 after it
    for x in range(100, 370, 30):  # the line's glyphs
        page[43:67, x:x + 3] = 0
        page[43:46, x:x + 20] = 0
    assert ocr.leading_single_quote(page, box, [box])
    page[44:67, 58:62] = 0  # a stroke down the row: a glyph's, no quote
    assert not ocr.leading_single_quote(page, box, [box])
