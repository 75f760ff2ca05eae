"""What OCR lines must look like before they enter the layout engine (issue
12): column logos are pictures, a vertical byline beside a column is one
vertical line with its own size, a header's boxes stop at the header's rule.
Each test builds its own small input; the last one draws a whole boxed
column with Pillow and a Debian CJK font (fonts-wqy-zenhei, which .ci/run
installs) and parses it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("rapidocr", reason="the 'ocr' extra is not installed")
np = pytest.importorskip("numpy")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from banmian.model import TextLine  # noqa: E402
from banmian.sources import ocr  # noqa: E402
from banmian.sources.image import _text_line, even_sizes  # noqa: E402
from banmian.sources.ocr_lines import attach_quote_marks, clip_to_rules, split_graphic_labels  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _row(text: str, x0: float, y0: float, size: float = 30) -> ocr.OcrLine:
    width = len(text) * size
    return ocr.OcrLine(text, (x0, y0, x0 + width, y0 + size), 0.99, ink=(x0 + 3, x0 + width - 3),
                       ink_height=size - 8)


def test_a_vertical_byline_beside_a_column_is_stacked() -> None:
    """A vertical author name stands a gutter right of a column's lines, each
    of its characters level with a body line: it is still one vertical line."""
    body = [_row("这条老街两旁的商铺大多开了几十", 100, 100 + 34 * k) for k in range(8)]
    name = [ocr.OcrLine(ch, (580, 134 + 34 * k, 614, 168 + 34 * k), 0.99, ink=(585, 609), ink_height=24)
            for k, ch in enumerate("王小明")]
    stacked = ocr.stack_singles(body + name)
    vertical = [ln for ln in stacked if ln.vertical]
    assert [ln.text for ln in vertical] == ["王小明"], [ln.text for ln in stacked]
    assert vertical[0].ink == (585, 609)


def test_two_line_ends_cut_off_beside_their_rows_are_not_stacked() -> None:
    """Two characters one under the other, each on a row of text (the
    detector cut the last character of two lines): no vertical line."""
    body = [_row("这条老街两旁的商铺大多开了几", 100, 100 + 34 * k) for k in range(2)]
    ends = [ocr.OcrLine(ch, (552 + 6 * k, 100 + 34 * k, 584 + 6 * k, 130 + 34 * k), 0.99) for k, ch in enumerate("十年")]
    stacked = ocr.stack_singles(body + ends)
    assert not any(ln.vertical for ln in stacked), [(ln.text, ln.vertical) for ln in stacked]


def test_a_vertical_line_is_sized_by_its_glyphs_width_and_keeps_it() -> None:
    """A padded vertical name (王 / space / 明) has a pitch far larger than
    its size, and its box is wider than its glyphs: its size comes from the
    width of its ink, and evening the sizes of the page leaves it alone."""
    name = ocr.OcrLine("王明", (580, 100, 620, 200), 0.99, vertical=True, ink=(586, 613))
    line = _text_line(name, 0.36, 0)
    assert line.size == pytest.approx(27 * 0.36 / 0.92, abs=0.05)
    body = [TextLine("绿道沿线的村庄都通了公交车", (300, 100 + 14 * k, 420, 110 + 14 * k), 9.4) for k in range(30)]
    subheads = [TextLine("村里来了新公交", (40, 600 + 20 * k, 200, 614 + 20 * k), 12.0) for k in range(3)]
    even_sizes(body + subheads + [line])
    assert line.size == pytest.approx(27 * 0.36 / 0.92, abs=0.05)


def test_a_logo_in_a_display_face_or_on_a_plate_is_a_picture() -> None:
    """A few characters at heading size whose box is mostly ink or a grey
    plate are a column logo; a headline in a book face leaves its box paper."""
    gray = np.full((1200, 1600), 250, np.uint8)
    rows = [ocr.OcrLine("这条老街两旁的商铺大多", (100, 300 + 40 * k, 500, 330 + 40 * k), 0.99) for k in range(10)]
    gray[100:190, 100:460] = 200  # the logo's grey plate
    logo = ocr.OcrLine("思想园地", (100, 100, 460, 190), 0.9)
    gray[820:830, 100:700] = 30  # a headline's strokes: most of its box stays paper
    title = ocr.OcrLine("城市绿道连通乡村", (100, 800, 700, 890), 0.99)
    kept, labels = split_graphic_labels(gray, rows + [logo, title])
    assert labels == [logo.box]
    assert title in kept and logo not in kept


def test_on_a_blurred_scan_a_short_heavy_headline_is_no_logo() -> None:
    """Blur and a heavy face darken every box of a scan, the body lines' too:
    a short headline as much darker than paper as a logo on a clean page is
    measured against the body lines' boxes, and stays text."""
    gray = np.full((1200, 1600), 230, np.uint8)
    rows = [ocr.OcrLine("这条老街两旁的商铺大多", (100, 300 + 40 * k, 500, 330 + 40 * k), 0.99) for k in range(10)]
    for k in range(10):
        gray[300 + 40 * k:330 + 40 * k, 100:500] = 218  # each body box's median: 12 under the paper
    heading = ocr.OcrLine("新闻速览", (100, 100, 460, 190), 0.99)
    gray[100:190, 100:460] = 212
    kept, labels = split_graphic_labels(gray, rows + [heading])
    assert labels == [] and heading in kept


def test_a_masthead_box_reaching_below_the_header_rule_stops_at_it() -> None:
    """The detector's box of a masthead at the left end of the header rule
    reaches a little below the rule: it stops at the rule, so the header band
    (everything above the rule) takes it in."""
    masthead = TextLine("江城日报", (4, 7, 99, 52), 40.0)
    date = TextLine("2020年1月15日星期三", (700, 32, 820, 44), 11.0)
    body = TextLine("这条老街两旁的商铺大多开了几十年", (100, 80, 300, 92), 9.0)
    rule = (100.0, 47.0, 1000.0, 50.0)
    clipped = clip_to_rules([masthead, date, body], [rule])
    assert clipped[0].bbox == (4, 7, 99, 47.0)
    assert clipped[1] is date and clipped[2] is body


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


@pytest.mark.skipif(not FONT.exists(), reason="fonts-wqy-zenhei is not installed (.ci/run installs it)")
def test_a_boxed_column_with_a_logo_a_vertical_headline_and_byline(tmp_path: Path) -> None:
    """A boxed column as 理论 pages set it: a logo on a grey plate over the
    text, the headline set vertically at the right and the author's name
    vertically between it and the text. One article: the vertical headline,
    the vertical byline, the column's text; the logo is no headline."""
    import banmian

    page = Image.new("RGB", (1100, 1000), "white")
    d = ImageDraw.Draw(page)
    d.rectangle((60, 60, 1040, 940), outline="black", width=3)
    d.rectangle((90, 90, 360, 170), fill=(175, 175, 175))
    d.text((105, 100), "思想园地", font=_font(60), fill="white")
    text = ("　　绿道建设坚持因地制宜，尽量保留原有树木和水系，并在沿线设置了休息驿站和自行车租赁点。"
            "市民可以步行或骑行，沿途欣赏田园风光。据介绍，全市首条环城绿道全长四十二公里，"
            "串联起沿线的十二个公园和六个村庄。今年还将新建三条支线，让更多村庄连上绿道。")
    body = _font(28)
    lines = [text[i:i + 22] for i in range(0, len(text), 22)]
    for k, line in enumerate(lines):
        d.text((90, 200 + k * 44), line, font=body, fill="black")
    for k, ch in enumerate("城乡绿道连万家"):
        d.text((930, 120 + k * 100), ch, font=_font(80), fill="black")
    for k, ch in enumerate("王小明"):
        d.text((790, 320 + k * 36), ch, font=_font(32), fill="black")
    path = tmp_path / "column.png"
    page.save(path, dpi=(200, 200))
    articles = banmian.parse(path, enrich=False).articles
    assert len(articles) == 1, [(a.headline.title, a.paragraphs[:1]) for a in articles]
    article = articles[0]
    assert article.headline.title == "城乡绿道连万家"
    assert [b.name for b in article.bylines] == ["王小明"]
    assert "".join(article.paragraphs).startswith("绿道建设坚持因地制宜")


def test_a_headings_quote_marks_boxed_apart_are_its_quotes() -> None:
    """A heading's large “ and ” are boxed apart from its words (a mark fills
    only the top of its square) and read as II; the one just left of the
    heading opens its quote, the one wrapped alone onto the next row closes
    it, and the heading's box takes that row in (its subtitle stays near)."""
    title = TextLine("城市绿道连通乡村", (683, 121, 853, 139), 17.0)
    opening = TextLine("II", (665, 122, 675, 131), 7.8)
    closing = TextLine("11", (664, 144, 674, 153), 7.8)
    body = TextLine("II号线昨天开通，沿线设站十二座", (665, 300, 800, 311), 10.0)
    out = attach_quote_marks([title, opening, closing, body])
    assert [ln.text for ln in out] == ["“城市绿道连通乡村”", "II号线昨天开通，沿线设站十二座"]
    assert out[0].bbox == (664, 121, 853, 153)


def test_a_wrapped_subtitles_last_characters_keep_its_size() -> None:
    """The last two characters of a subtitle wrapped onto their own line,
    measured by their box alone, once fell to the body size and out of the
    subtitle; they take the size of the line they end."""
    from banmian.sources import image as image_source

    body = [ocr.OcrLine("绿道沿线的村庄都通了公交车", (300, 400 + 40 * k, 700, 430 + 40 * k), 0.99,
                        ink=(303, 697), ink_height=26) for k in range(20)]
    subtitle = ocr.OcrLine("——访市交通局局长王", (100, 200, 520, 236), 0.99, ink=(103, 517), ink_height=31)
    tail = ocr.OcrLine("小明", (100, 240, 170, 272), 0.99, ink=(103, 160), ink_height=26)
    measured = image_source.MeasuredLines()
    lines = [_text_line(ln, 0.36, k, measured) for k, ln in enumerate(body + [subtitle, tail])]
    even_sizes(lines, measured)
    assert lines[-1].size == lines[-2].size > lines[0].size


def test_a_bullet_square_opening_a_line_is_seen() -> None:
    """The recogniser drops a ■ or ● that opens a paragraph; the line's first blob
    of ink, solid (a disc: but for its corners) and square and apart from the
    characters, is that bullet. A character's strokes (a hollow 口), a ring or a bar (一) are not."""
    def crop_with(first: np.ndarray) -> np.ndarray:
        crop = np.full((40, 200, 3), 255, np.uint8)
        crop[8:8 + first.shape[0], 10:10 + first.shape[1]] = first[..., None]
        crop[6:34, 60:62] = 0  # the strokes of the characters after it
        crop[6:8, 60:90] = 0
        return crop
    solid = np.zeros((16, 16), np.uint8)
    hollow = np.full((16, 16), 255, np.uint8)
    hollow[:2], hollow[-2:], hollow[:, :2], hollow[:, -2:] = 0, 0, 0, 0
    bar = np.zeros((3, 24), np.uint8)
    assert ocr.leading_square(crop_with(solid))
    assert not ocr.leading_square(crop_with(hollow))
    assert not ocr.leading_square(crop_with(bar))
    y, x = np.mgrid[0:16, 0:16]
    disc = np.where((y - 7.5) ** 2 + (x - 7.5) ** 2 <= 64, 0, 255).astype(np.uint8)
    assert ocr.leading_bullet(crop_with(disc)) == "●" and ocr.leading_bullet(crop_with(solid)) == "■"
    assert ocr.leading_bullet(crop_with(hollow)) is None and ocr.leading_bullet(crop_with(bar)) is None
    ring = np.where(((y - 7.5) ** 2 + (x - 7.5) ** 2 <= 64) & ((y - 7.5) ** 2 + (x - 7.5) ** 2 >= 25), 0, 255)
    assert ocr.leading_bullet(crop_with(ring.astype(np.uint8))) is None  # a ring (○, 。) is no bullet
    grey = np.full((16, 16), 110, np.uint8)  # a dense glyph blurred on a scan: its box filled with grey
    assert ocr.leading_bullet(crop_with(grey)) is None and not ocr.leading_square(crop_with(grey))


def test_a_dash_pair_read_half_as_yi_is_mended() -> None:
    from banmian.sources.ocr_lines import mend_dashes

    assert mend_dashes("沿线的新亮点—一新建的车站已通车") == "沿线的新亮点——新建的车站已通车"
    assert mend_dashes("城南—城北公交线路") == "城南—城北公交线路"  # a route keeps its single dash
    assert mend_dashes("三件大事——一是修路") == "三件大事——一是修路"
    assert mend_dashes("2013—2016年") == "2013—2016年"


def test_a_wrapped_subtitles_last_three_characters_and_stop_keep_its_size() -> None:
    """A subtitle a fifth over the body wrapped its last three characters
    and full stop onto a line of their own (…对接发 / 展合作。): too few
    glyphs to be measured, sized by their box, the line fell to the body
    size, out of the subtitle, and opened the article's body. It takes the
    size of the line it ends."""
    from banmian.sources import image as image_source

    body = [ocr.OcrLine("绿道沿线的村庄都通了公交车", (300, 400 + 40 * k, 700, 430 + 40 * k), 0.99,
                        ink=(303, 697), ink_height=26) for k in range(20)]
    subtitle = ocr.OcrLine("——访市交通局局长谈绿道的规划和建", (100, 200, 620, 236), 0.99, ink=(103, 617), ink_height=31)
    tail = ocr.OcrLine("设好。", (100, 240, 215, 276), 0.99, ink=(103, 200), ink_height=31)
    measured = image_source.MeasuredLines()
    lines = [_text_line(ln, 0.36, k, measured) for k, ln in enumerate(body + [subtitle, tail])]
    even_sizes(lines, measured)
    assert lines[-1].size == lines[-2].size > lines[0].size
