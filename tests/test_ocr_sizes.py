"""Line sizes of an OCR page (issue 12): a body line holding a Latin word is
body text, though the word's ascenders and descenders make its ink taller
than the Han glyphs' around it. Built from the recogniser's line records."""

from __future__ import annotations

from banmian.sources import image as image_source
from banmian.sources import ocr

DPI = 200
SCALE = 72.0 / DPI
GLYPH = 25  # px: the Han glyphs' ink height of a 9.5-point body at 200 dpi


def _line(text: str, y: int, ink_height: float, x: int = 150) -> ocr.OcrLine:
    width = 29 * len(text)
    return ocr.OcrLine(text, (x - 3, y - 3, x + width + 3, y + GLYPH + 3), 0.98, ink=(x, x + width),
                       ink_height=ink_height)


def _sizes(lines: list[ocr.OcrLine]) -> dict[str, float]:
    image_source._BY_PITCH.clear()
    text_lines = [image_source._text_line(ln, SCALE, k) for k, ln in enumerate(lines)]
    image_source.even_sizes(text_lines)
    image_source._BY_PITCH.clear()
    return {ln.text: ln.size for ln in text_lines}


def test_a_body_line_with_a_latin_word_keeps_the_body_size() -> None:
    body = ["国际合作项目进展顺利各方", "双方签署了多项发射服务合", "同将用长征火箭执行发射任"]
    lines = [_line(text, 100 + 40 * k, GLYPH) for k, text in enumerate(body)]
    latin = _line("司与阿根廷Satellogic公司", 100 + 40 * len(body), GLYPH + 2)  # g and l reach past the Han
    sizes = _sizes(lines + [latin])
    assert sizes[latin.text] == sizes[body[0]]


def test_a_heading_with_a_latin_word_is_still_a_heading() -> None:
    body = ["国际合作项目进展顺利各方", "双方签署了多项发射服务合", "同将用长征火箭执行发射任"]
    lines = [_line(text, 200 + 40 * k, GLYPH) for k, text in enumerate(body)]
    heading = _line("5G网络建设提速", 100, 1.6 * GLYPH)
    sizes = _sizes(lines + [heading])
    assert sizes[heading.text] >= 1.4 * sizes[body[0]]
