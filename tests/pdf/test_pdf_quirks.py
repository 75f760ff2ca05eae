"""Real-world PDF quirks, each on a PDF the test builds itself."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from banmian.model import Byline  # noqa: E402
from banmian.sources.pdf import read_pdf  # noqa: E402
from pdf_samples import (BODY_B, BODY_C, Story, draw_char_by_char, draw_digits_in_latin_font,  # noqa: E402
                         draw_fake_bold, newspaper_page, save, write_line)

DIGITS = "本报讯 2019年12月31日，全市共有3A级以上景区58家，接待游客1200万人次，同比增长8.5%。"


def _only_article(path: Path) -> banmian.model.Article:  # type: ignore[name-defined]
    articles = banmian.parse(path, enrich=False).articles
    assert len(articles) == 1, [a.headline for a in articles]
    return articles[0]


def test_characters_drawn_one_by_one(tmp_path: Path) -> None:
    doc = pymupdf.open()
    newspaper_page(doc, 1, [Story("逐字绘制的正文", [BODY_B, BODY_C], columns=3, body_drawer=draw_char_by_char)])
    article = _only_article(save(doc, tmp_path / "chars.pdf"))
    assert article.paragraphs == [BODY_B, BODY_C]


def test_digits_and_latin_in_another_font(tmp_path: Path) -> None:
    doc = pymupdf.open()
    newspaper_page(doc, 1, [Story("景区接待游客创新高", [DIGITS, BODY_B], columns=3,
                                  body_drawer=draw_digits_in_latin_font)])
    path = save(doc, tmp_path / "digits.pdf")
    spans = {s["font"] for b in pymupdf.open(path)[0].get_text("dict")["blocks"]
             for ln in b.get("lines", ()) for s in ln["spans"]}
    assert "Helvetica" in spans  # the quirk is really there
    article = _only_article(path)
    assert article.dateline == "本报讯"
    assert article.paragraphs == [DIGITS.removeprefix("本报讯 "), BODY_B]


def test_a_line_takes_the_font_of_its_chinese_text(tmp_path: Path) -> None:
    """A line with more digits (in their own Latin font) than Chinese is still
    set in its Chinese font: a face change there tells a subheading."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    draw_digits_in_latin_font(page, (40, 100), "结构由12.8:50.3:36.9调整为", 10)
    lines = next(read_pdf(save(doc, tmp_path / "ratio.pdf"))).lines
    assert [ln.text for ln in lines] == ["结构由12.8:50.3:36.9调整为"]
    assert lines[0].font != "Helvetica", lines[0].font


def test_spaces_lost_inside_a_byline(tmp_path: Path) -> None:
    lead = "本报讯（记者陈晓辉通讯员吴敏杰）昨天上午，全市春季植树活动在城东公园举行，三千多名志愿者参加。"
    doc = pymupdf.open()
    newspaper_page(doc, 1, [Story("春季植树活动启动", [lead, BODY_B], columns=3)])
    article = _only_article(save(doc, tmp_path / "byline.pdf"))
    assert article.dateline == "本报讯"
    assert article.bylines == [Byline("记者", "陈晓辉"), Byline("通讯员", "吴敏杰")]
    assert article.paragraphs[0].startswith("昨天上午")


def test_fake_bold_is_kept_once(tmp_path: Path) -> None:
    doc = pymupdf.open()
    newspaper_page(doc, 1, [Story("双重绘制的粗体标题", [BODY_B, BODY_C], columns=3, head_drawer=draw_fake_bold)])
    path = save(doc, tmp_path / "bold.pdf")
    raw = pymupdf.open(path)[0].get_text()
    assert raw.count("双重绘制的粗体标题") == 2  # drawn twice in the file
    title_lines = [ln for c in read_pdf(path) for ln in c.lines if "粗体标题" in ln.text]
    assert len(title_lines) == 1 and title_lines[0].bold
    article = _only_article(path)
    assert article.headline.title == "双重绘制的粗体标题"
    assert article.paragraphs == [BODY_B, BODY_C]


def test_vertical_headline_reads_top_to_bottom(tmp_path: Path) -> None:
    """竖排: a headline of single characters stacked in a column at the left
    of the article, beside its body."""
    doc = pymupdf.open()
    page = newspaper_page(doc, 1, [Story("", [BODY_B, BODY_C], columns=3)], ncols=6)
    for i, ch in enumerate("竖排标题"):  # a column of big characters left of the body's first column
        page.insert_text((8, 150 + i * 26), ch, fontname="china-s", fontsize=24)
    path = save(doc, tmp_path / "vertical.pdf")
    lines = [ln for c in read_pdf(path) for ln in c.lines if ln.vertical]
    assert [ln.text for ln in lines] == ["竖排标题"]
    article = _only_article(path)
    assert article.headline.title == "竖排标题"
    assert article.paragraphs == [BODY_B, BODY_C]


def test_vertical_headline_with_half_width_brackets_and_digits(tmp_path: Path) -> None:
    """Half-width glyphs (a bracket, digits) centred in the column of a 竖排
    headline are part of it: one line, 月光白(2019), not three pieces."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=400)
    y = 60.0
    for ch in "月光白(2019)":
        wide = not ch.isascii()
        width = 24 if wide else pymupdf.get_text_length(ch, fontname="helv", fontsize=24)
        page.insert_text((100 + (24 - width) / 2, y), ch, fontname="china-s" if wide else "helv", fontsize=24)
        y += 27
    lines = next(read_pdf(save(doc, tmp_path / "brackets.pdf"))).lines
    assert [(ln.text, ln.vertical) for ln in lines] == [("月光白(2019)", True)]


def test_rotated_text_is_read_as_one_line(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = newspaper_page(doc, 1, [Story("旋转文字的页面", [BODY_B], columns=3)])
    page.insert_text((820, 600), "本版广告经营许可证号", fontname="china-s", fontsize=8, rotate=90)
    path = save(doc, tmp_path / "rotated.pdf")
    rotated = [ln for c in read_pdf(path) for ln in c.lines if ln.vertical]
    assert [ln.text for ln in rotated] == ["本版广告经营许可证号"]


def test_text_hidden_under_an_image_is_dropped(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = newspaper_page(doc, 1, [Story("遮盖文字的图片", [BODY_B, BODY_C], columns=3)])
    page.insert_text((500, 700), "这段文字被图片盖住了", fontname="china-ss", fontsize=10)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
    pix.clear_with(90)
    page.insert_image(pymupdf.Rect(480, 680, 700, 760), pixmap=pix, keep_proportion=False)
    page.insert_text((490, 740), "图上的说明文字", fontname="china-s", fontsize=9)  # drawn after: visible
    path = save(doc, tmp_path / "hidden.pdf")
    assert "被图片盖住" in pymupdf.open(path)[0].get_text()  # PyMuPDF alone returns it
    texts = [ln.text for c in read_pdf(path) for ln in c.lines]
    assert not any("被图片盖住" in t for t in texts)
    assert "图上的说明文字" in texts


def _type3_page_with_unmapped_glyphs() -> bytes:
    """A PDF whose Type3 font has glyph names no Unicode table knows and no
    ToUnicode map; PyMuPDF then adds a line of normal CJK text."""
    glyph = b"1000 0 0 0 750 750 d1 0 0 750 750 re f"
    content = b"BT /F1 20 Tf 50 300 Td <0102> Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 600] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << /g1 6 0 R /g2 6 0 R >> /Encoding << /Type /Encoding /Differences [1 /g1 /g2] >> "
        b"/FirstChar 1 /LastChar 2 /Widths [1000 1000] >>",
        b"<< /Length %d >>\nstream\n" % len(glyph) + glyph + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    doc = pymupdf.open(stream=out, filetype="pdf")
    doc[0].insert_text((50, 400), "本报讯 这一行正文能正常提取，上面两个字形无法映射。", fontname="china-ss", fontsize=10)
    return doc.tobytes()


def test_glyphs_without_unicode_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "unmapped.pdf"
    path.write_bytes(_type3_page_with_unmapped_glyphs())
    contents = list(read_pdf(path))
    assert any("2 glyph(s) have no Unicode mapping" in w for w in contents[0].warnings)
    texts = [ln.text for ln in contents[0].lines]
    assert "\ufffd\ufffd" in texts  # marked, not silently turned into control characters
    results = list(banmian.parse_many([path]))
    assert results[0].ok and any("no Unicode mapping" in w for w in results[0].warnings)


def test_image_only_page_needs_ocr(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 40, 60), False)
    pix.clear_with(200)
    page.insert_image(page.rect, pixmap=pix)
    path = save(doc, tmp_path / "scan.pdf")
    from banmian.sources import ocr

    if ocr.available():  # the 'ocr' extra reads it: a blank scan gives no article and says so
        page = banmian.parse(path, enrich=False).pages[0]
        assert page.articles == [] and page.ocr is not None and page.ocr["source"] == "pdf-image"
        assert any("blank page" in w or "no text found" in w for w in page.warnings)
    with pytest.MonkeyPatch.context() as mp:  # without the extra: the error names it
        mp.setattr(ocr, "available", lambda: False)
        with pytest.raises(banmian.errors.PdfError, match=r"scan.pdf.*only images.*'ocr' extra"):
            banmian.parse(path)


def test_stroked_glyphs_are_bold(tmp_path: Path) -> None:
    """Chinese fonts seldom have a bold face: pages embolden by filling and
    stroking the glyphs (text render mode 2). That is bold; plain fill is not."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    for top, text, mode in ((40, "加粗的小标题", 2), (80, "正文的一行文字", 0)):
        write_line(page, (40, top), text, render_mode=mode)
    path = save(doc, tmp_path / "stroked.pdf")
    lines = {ln.text: ln.bold for ln in next(read_pdf(path)).lines}
    assert lines == {"加粗的小标题": True, "正文的一行文字": False}


def _stroked_heading_page(path: Path) -> Path:
    """A bold heading (glyphs filled and stroked), a plain line, and a frame
    drawn round a box of text after it."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    for top, text, mode in ((40, "加粗的小标题", 2), (80, "正文的一行文字", 0), (140, "框里的一行字", 0)):
        write_line(page, (40, top), text, render_mode=mode)
    page.draw_rect((34, 124, 120, 146), width=0.7)
    return save(doc, path)


def test_glyph_outlines_drawn_after_the_text_are_bold_not_frames(tmp_path: Path) -> None:
    """Some PDF writers (cairo among them) set fake bold as the text filled,
    then the glyphs' outlines stroked as paths over it. The paths are the
    text's ink: its line is bold, and no piece of them is a frame or a rule."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    for top, text in ((40, "加粗的小标题"), (80, "正文的一行文字")):
        write_line(page, (40, top), text)
        if top == 40:  # the heading's outlines: a glyph's straight strokes and curves, then the whole line
            shape = page.new_shape()
            shape.draw_rect((52, 33, 53.5, 39.5))
            shape.draw_rect((71, 35, 78, 36.2))
            shape.finish(width=0.4, color=(0, 0, 0))
            shape.draw_bezier((41, 39), (50, 31), (80, 40), (98, 32))
            shape.draw_line((98, 32), (99, 39))
            shape.finish(width=0.4, color=(0, 0, 0))
            shape.commit()
    page.draw_rect((34, 124, 120, 146), width=0.7)  # a frame drawn after the text above it is a frame
    content = next(read_pdf(save(doc, tmp_path / "outlined.pdf")))
    assert {ln.text: ln.bold for ln in content.lines} == {"加粗的小标题": True, "正文的一行文字": False}
    assert [tuple(round(v) for v in box) for box in content.boxes] == [(34, 124, 120, 146)]
    assert content.rules == []


def test_stroked_heading_redrawn_by_cairo_stays_bold(tmp_path: Path) -> None:
    """The same page through a real writer that outlines stroked glyphs."""
    import shutil
    import subprocess

    if shutil.which("pdftocairo") is None:
        pytest.skip("pdftocairo (poppler-utils) is not installed")
    original = _stroked_heading_page(tmp_path / "stroked.pdf")
    redrawn = tmp_path / "redrawn.pdf"
    subprocess.run(["pdftocairo", "-pdf", str(original), str(redrawn)], check=True, capture_output=True)
    content = next(read_pdf(redrawn))
    assert {ln.text: ln.bold for ln in content.lines} == {
        "加粗的小标题": True, "正文的一行文字": False, "框里的一行字": False}
    assert [tuple(round(v) for v in box) for box in content.boxes] == [(34, 124, 120, 146)]


def test_page_number_and_section_apart_with_no_space_glyph() -> None:
    """A writer that draws no glyph for a space (cairo) leaves only the gap:
    the page number and the section more than half a character apart are two
    words (7　理论), so the header still gives both. (Built from spans: MuPDF
    itself puts a space into such a gap on the pages PyMuPDF writes.)"""
    from banmian.sources.pdf_spans import Span as _Span, build_lines as _build_lines

    spans = [_Span("7", (890.3, 10.9, 908.6, 48.8), 33.1, False, 40.65, font="F"),
             _Span("理论", (928.2, 10.9, 997.3, 48.8), 33.1, False, 40.65, font="F"),
             _Span("一行正文的文字", (100.0, 100.0, 170.0, 110.0), 10.0, False, 108.0, font="F")]
    assert [ln.text for ln in _build_lines(spans)] == ["7 理论", "一行正文的文字"]


def test_stroked_heading_in_a_page_placed_whole_stays_bold(tmp_path: Path) -> None:
    """A page placed whole into another, smaller one (imposition, a resize)
    is drawn as a form: the stroke that makes its heading bold is set inside
    the form, not in the page's own content."""
    original = pymupdf.open(_stroked_heading_page(tmp_path / "stroked.pdf"))
    placed = pymupdf.open()
    sheet = placed.new_page(width=original[0].rect.width * 0.7, height=original[0].rect.height * 0.7)
    sheet.show_pdf_page(sheet.rect, original, 0)
    content = next(read_pdf(save(placed, tmp_path / "placed.pdf")))
    assert {ln.text: ln.bold for ln in content.lines} == {
        "加粗的小标题": True, "正文的一行文字": False, "框里的一行字": False}


def test_a_page_stored_on_its_side_reads_as_shown(tmp_path: Path) -> None:
    """A page turned in a viewer and saved is stored on its side with a
    /Rotate: MuPDF gives its text as stored (lines running down the page);
    the parser reads it as the reader sees it."""
    doc = pymupdf.open()
    newspaper_page(doc, 1, [Story("江城新建三座公园", [BODY_B, BODY_C], columns=2)])
    path = save(doc, tmp_path / "upright.pdf")
    upright = banmian.parse(path, enrich=False).pages[0]
    original = pymupdf.open(path)
    turned = pymupdf.open()
    sheet = turned.new_page(width=original[0].rect.height, height=original[0].rect.width)
    sheet.show_pdf_page(sheet.rect, original, 0, rotate=90)
    sheet.set_rotation(90)
    page = banmian.parse(save(turned, tmp_path / "turned.pdf"), enrich=False).pages[0]
    titles = [a.headline.title for a in page.articles]
    assert titles == [a.headline.title for a in upright.articles] == ["江城新建三座公园"]
    assert page.articles[0].paragraphs == upright.articles[0].paragraphs == [BODY_B, BODY_C]
    assert (page.width, page.height) == (upright.width, upright.height)


def test_narrow_columns_a_tight_gutter_apart_are_not_joined() -> None:
    """Three columns of nine characters, a gutter of under a character between
    them, set in a face other than the page's body: a short line (a
    paragraph's indented first) or a justified one beside the next column's
    line is no heading's two phrases. Their edges are the columns' edges,
    which many lines share."""
    from banmian.sources.pdf_spans import Span as _Span, build_lines as _build_lines

    size, lefts, width = 8.2, (551.5, 636.6, 721.7), 77.9
    rows = [("日电　近日，江城市", "这批化石对当地研究", "都是生长在一亿多年"),
            ("考古所在城北青石山", "很重要。", "以前的古老松柏树，"),
            ("一处工地的施工现场", "青石—白沙一带", "树干的年轮清晰可"),
            ("发现一批古树化石", "的化石分布在江城市", "见，有的树干直径达"),
            ("中，有一段长约八米", "西北部，年代都较早", "一米多，十分少见。"),
            ("的完整古树干化石。", "的古森林遗存群。", "专家们表示，这批")]
    spans = []
    for k, row in enumerate(rows):
        top = 150.0 + 13.4 * k
        for x0, text in zip(lefts, row):
            start = x0 + 2 * size if text.startswith("青石—") else x0  # an indented first line
            end = x0 + len(text) * size if text.endswith("。") and len(text) < 9 else x0 + width  # justified
            spans.append(_Span(text, (start, top, end, top + size), size, False, top + 7, font="Ming"))
    spans += [_Span("页面正文用的是另一种字体的一行文字" * 2, (40.0, 400.0 + 12 * k, 400.0, 409.0 + 12 * k), 9.0, False,
                    407.0 + 12 * k, font="Song") for k in range(20)]
    texts = {ln.text for ln in _build_lines(spans) if ln.y0 < 300}
    assert texts == {text for row in rows for text in row}, sorted(texts)
