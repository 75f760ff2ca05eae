"""Where OCR lost characters on dense newspaper columns (issue 12's accuracy
points): each test draws its own small page with Pillow and a Debian CJK font
(fonts-wqy-zenhei, which .ci/run installs) and checks one repaired failure."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("rapidocr", reason="the 'ocr' extra is not installed")
np = pytest.importorskip("numpy")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from banmian.sources import ocr  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-wqy-zenhei is not installed (.ci/run installs it)")

LEFT_COLUMN = ["山间小路通到村口", "村民清早赶去集市", "新修的桥连着两岸"]
RIGHT_COLUMN = ["河边柳树刚刚发芽", "孩子们在操场跑步", "老人坐在树下聊天"]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def _columns_page(gutter: int, size: int = 26) -> np.ndarray:
    """Two columns of body lines with ``gutter`` pixels of paper between them."""
    width = len(LEFT_COLUMN[0]) * size
    page = Image.new("RGB", (2 * width + gutter + 80, 60 + len(LEFT_COLUMN) * int(size * 1.6) + 40), "white")
    draw = ImageDraw.Draw(page)
    for row, (left, right) in enumerate(zip(LEFT_COLUMN, RIGHT_COLUMN)):
        y = 40 + row * int(size * 1.6)
        draw.text((40, y), left, font=_font(size), fill="black")
        draw.text((40 + width + gutter, y), right, font=_font(size), fill="black")
    return np.asarray(page)


def test_a_narrow_gutter_keeps_two_columns_lines_apart() -> None:
    """The detector boxes two columns' lines across a gutter about a character
    wide as one, or as two boxes that reach into the gutter and touch: the
    pieces are cut and trimmed to their ink, so they are not joined into one line."""
    lines = ocr.recognise(_columns_page(gutter=24))
    texts = [ln.text for ln in lines]
    for line in texts:
        assert not (any(ch in line for ch in "山村新") and any(ch in line for ch in "河孩老")), texts
    assert sum(len(t) for t in texts) >= 0.9 * sum(len(t) for t in LEFT_COLUMN + RIGHT_COLUMN), texts


def test_ink_spans_give_each_piece_its_ink() -> None:
    crop = np.full((30, 300, 3), 255, np.uint8)
    crop[10:14, 10:100] = 0
    crop[10:14, 140:200] = 0
    crop[10:14, 205:290] = 0
    (a0, a1, ink_a0, ink_a1), (b0, b1, ink_b0, ink_b1) = ocr.ink_spans(crop)
    assert (a0, b1) == (0, 300) and a1 == b0 == 120  # cut in the middle of the gap
    assert (ink_a0, ink_a1, ink_b0, ink_b1) == (10, 100, 140, 290)  # the gap of paper is 40, not zero


def test_quotes_of_a_paragraph_are_paired_across_its_line_breaks() -> None:
    from banmian.sources.ocr_text import pair_quotes

    # read line by line, the quote at a line's end and its partner on the next line faced wrongly
    assert pair_quotes("大家都说”绿道好”，也盼着“再修一条“。") == "大家都说“绿道好”，也盼着“再修一条”。"
    assert pair_quotes("他说：”今年的雨水多") == "他说：”今年的雨水多"  # an odd count: the paragraph cannot tell


def test_a_lone_full_stop_line_is_a_full_stop() -> None:
    from banmian.sources.image import clean_text

    assert clean_text("o") == "。" and clean_text(".") == "。"
    assert clean_text("o型") == "o型" and clean_text("3.5") == "3.5"


def test_a_full_stop_pushed_alone_onto_the_next_line_is_kept() -> None:
    """A paragraph that fills its last line exactly leaves its 。 alone on a
    line below; the detector does not box a single small mark, so it was lost."""
    from banmian.sources.image import scan_page

    size, pitch = 26, 40
    page = Image.new("RGB", (600, 400), "white")
    draw = ImageDraw.Draw(page)
    rows = ["清晨的公园里有人打拳", "也有人沿着湖边慢跑", "还有人在亭子里唱歌", "。"]
    for k, row in enumerate(rows):
        draw.text((60, 60 + k * pitch), row, font=_font(size), fill="black")
    draw.text((60, 60 + 4 * pitch), "　　傍晚时分广场上更热闹", font=_font(size), fill="black")
    scanned = scan_page(np.asarray(page), 200)
    texts = [ln.text for ln in scanned.content.lines]
    assert "还有人在亭子里唱歌。" in texts, texts


def _draw_cells(draw: ImageDraw.ImageDraw, x: float, y: float, text: str, size: int, pitch: float) -> None:
    """Characters one by one on a grid of ``pitch``; marks take half a cell (标点挤压)."""
    for ch in text:
        draw.text((x, y), ch, font=_font(size), fill="black")
        x += pitch / 2 if ch in "，。、“”" else pitch


def test_body_lines_with_squeezed_punctuation_keep_one_size() -> None:
    """Newspapers set body text tracked and squeeze punctuation to half width,
    so characters per length varies from line to line; the size of a line is
    read from the height of its glyphs, and every body line gets the body size."""
    from banmian.sources.image import scan_page

    rows = ["这条老街两旁的商铺大多开了几十年", "有“老字号”，也有新开的，还有小吃摊位", "周末来逛街的人比平时多出一倍以上",
            "街口，“铁匠铺”、“豆腐坊”都在", "旁边还新开了一家书店和两家茶馆"]
    page = Image.new("RGB", (700, 420), "white")
    draw = ImageDraw.Draw(page)
    for k, row in enumerate(rows):
        _draw_cells(draw, 40, 60 + k * 48, row, 26, 31)
    scanned = scan_page(np.asarray(page), 200)
    sizes = {ln.text: ln.size for ln in scanned.content.lines}
    assert len(sizes) == len(rows), sizes
    assert len(set(sizes.values())) == 1, sizes


def test_recogniser_noise_around_digits_dots_and_ascii_quotes_is_mended() -> None:
    from banmian.sources.image import clean_text

    assert clean_text("绿道于2 0 1 9 年5 月开通") == "绿道于2019年5月开通"  # digits set narrower than their cell
    assert clean_text("全长４２公里") == "全长42公里"
    assert clean_text("沿途有花海.....还有湖") == "沿途有花海……还有湖"
    assert clean_text("人称\"绿色走廊\"。") == "人称“绿色走廊”。"
    assert clean_text("GDP 6.9%, 3:2") == "GDP 6.9%, 3:2"  # no Chinese: left alone


def test_a_short_line_is_sized_by_its_glyphs_like_the_body() -> None:
    """A paragraph's last line of two characters (员）) once took its size from
    the detector's box, which runs taller than a long line's, and fell out of
    the body size: its text then left the article it ends."""
    from banmian.sources.image import _text_line

    long = ocr.OcrLine("这条老街两旁的商铺大多开了几十年", (0, 0, 500, 36), 0.99, ink=(3, 497), ink_height=26)
    short = ocr.OcrLine("楼）", (0, 40, 60, 84), 0.99, ink=(3, 50), ink_height=26)
    assert _text_line(long, 0.36, 0).size == _text_line(short, 0.36, 1).size


def test_a_line_cut_after_its_full_stop_is_joined_but_a_gutter_is_not() -> None:
    """The paper after a 。 (drawn in the lower left of its square) plus the
    next character's bearing can be as wide as a narrow gutter; the blank half
    square belongs to the text, so the pieces of such a line are one line."""
    def piece(text: str, x0: float, x1: float) -> ocr.OcrLine:
        return ocr.OcrLine(text, (x0 - 3, 100, x1 + 3, 130), 0.99, ink=(x0, x1), ink_height=22)

    joined = ocr.join_row_pieces([piece("元。", 10, 40), piece("此后各地规范了举债", 69, 280)])
    assert [ln.text for ln in joined] == ["元。此后各地规范了举债"]
    apart = ocr.join_row_pieces([piece("各地规范了举债", 10, 170), piece("此后各地规范了", 199, 360)])
    assert sorted(ln.text for ln in apart) == ["各地规范了举债", "此后各地规范了"]


def test_a_rule_left_slightly_sloped_by_deskewing_is_still_a_rule() -> None:
    """A full-width rule that drifts three pixels over its length (a scan's
    skew is never removed exactly) has a box thicker than a rule may be; its
    thickness is measured as its ink over its length."""
    from banmian.sources.image import find_graphics

    gray = np.full((1500, 2400), 235, np.uint8)
    xs = np.arange(100, 2300)
    ys = (700 + (xs - 100) * 4 / 2200).astype(int)  # four pixels of drift
    for dy in range(2):
        gray[ys + dy, xs] = 60
    images, rules, boxes = find_graphics(gray, [])
    assert any(r[2] - r[0] > 2000 for r in rules), (images, rules, boxes)


def test_the_lines_of_one_heading_take_one_size() -> None:
    """Measured on their glyphs, a heading's lines differ by a tenth (一 is
    low, a bracket tall); grouping sizes alone could split the heading into
    two tiers when another heading's size lies just below it."""
    from banmian.model import TextLine
    from banmian.sources.image import even_sizes

    body = [TextLine("绿道沿线的村庄都通了公交车", (300, 100 + 14 * k, 420, 110 + 14 * k), 9.4) for k in range(30)]
    heading = [TextLine(text, (40, 100 + 20 * k, 130, 117 + 20 * k), size)
               for k, (text, size) in enumerate([("城市绿道连通", 16.4), ("十二个公园和", 15.65),
                                                 ("六个村庄（", 17.2), ("通讯）", 17.2)])]
    other = TextLine("市民骑行游览田园风光", (40, 600, 200, 614), 13.8)
    even_sizes(body + heading + [other])
    assert len({ln.size for ln in heading}) == 1, [ln.size for ln in heading]
    assert other.size != heading[0].size


def test_a_padded_vertical_byline_is_one_vertical_line() -> None:
    """A two-character name set vertically and padded to three characters
    (江 / space / 畅) leaves a character's height between its glyphs, which the
    detector boxes one by one; exactly centred one under the other they are one line."""
    first = ocr.OcrLine("江", (500, 300, 534, 334), 0.99)
    second = ocr.OcrLine("畅", (500, 362, 534, 396), 0.99)
    stacked = ocr.stack_singles([first, second])
    assert [(ln.text, ln.vertical) for ln in stacked] == [("江畅", True)]
    apart = ocr.stack_singles([first, ocr.OcrLine("畅", (500, 380, 534, 414), 0.99)])
    assert len(apart) == 2  # a line and more apart: not one name


def test_a_continued_parts_first_paragraph_may_close_a_quote_opened_before() -> None:
    """A part continued from another page may open with the end of a
    quotation opened there (…“改革 / （上接第1版）要一步步来。”李明认为，“…”):
    the recogniser read its closing quote as opening, and pairing, with no
    quote open before the paragraph, kept it opening. A continued part's
    first paragraph may close one; any other paragraph still may not."""
    from banmian.model import Article
    from banmian.ocr_pages import mend_quotes

    read = "发展要一步步来。“李明认为，“改革要稳字当头。”"
    article = Article("a1", paragraphs=[read, read])
    article.continued_from = 1
    mend_quotes(article)
    assert article.paragraphs == ["发展要一步步来。”李明认为，“改革要稳字当头。”", read]
    fresh = Article("a2", paragraphs=[read])
    mend_quotes(fresh)
    assert fresh.paragraphs == [read]
