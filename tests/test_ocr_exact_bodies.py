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
