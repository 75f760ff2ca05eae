"""Line sizes of an OCR page (issue 12): a body line holding a Latin word is
body text, though the word's ascenders and descenders make its ink taller
than the Han glyphs' around it. Built from the recogniser's line records."""

from __future__ import annotations

from typing import Any

import pytest

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
    measured = image_source.MeasuredLines()
    text_lines = [image_source._text_line(ln, SCALE, k, measured) for k, ln in enumerate(lines)]
    image_source.even_sizes(text_lines, measured)
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


# --- a brief's title set half a point over its body ------------------------------------------------

BODY_PX = 26.4  # a 9.5-point square at 200 dpi
TITLE_PX = 27.8  # 10 points


def _row(text: str, x: float, y: float, pitch: float) -> ocr.OcrLine:
    """A line set solid at ``pitch`` px a character, its glyphs' ink as tall as the body's."""
    ink = (x + 1, x + pitch * (len(text) - (0.6 if text[-1] in "）。，" else 0)) - 2)  # a mark's ink: its square's left
    return ocr.OcrLine(text, (x - 3, y - 3, ink[1] + 3, y + GLYPH + 3), 0.98, ink=ink, ink_height=GLYPH)


def _brief_page(monkeypatch: Any) -> Any:
    """Two briefs side by side, each a title flush left (the second's
    wrapped onto a short second line) over a body whose first line is
    indented two squares; every glyph as tall as the body's, the titles'
    squares 10 points wide. Scanned with the recogniser's answer given."""
    np = pytest.importorskip("numpy")
    lines = []
    for left, title in ((100, ["开春训练忙"]), (520, ["江城队暂列第三（体坛", "快讯）"])):
        y = 100
        for part in title:
            lines.append(_row(part, left, y, TITLE_PX))
            y += 40
        body = ["消防某中队队员正开展", "演练节后假期刚刚结束队员们便", "投入新一轮业务训练在训练安排",
                "上紧盯薄弱环节把登高破拆救援", "和体能技能作为日常必练内容进", "行反复训练队伍士气高涨效果好",
                "各级干部亲自上阵带头演练示范", "全体队员以饱满热情投入到演练"]
        for k, text in enumerate(body):
            lines.append(_row(text, left + (2 * BODY_PX if k == 0 else 0), y, BODY_PX))
            y += 40
    page = np.full((700, 1000, 3), 255, np.uint8)
    for ln in lines:  # ink where the lines are, so the page is not blank
        page[int(ln.box[1]) + 4:int(ln.box[3]) - 4, int(ln.ink[0]):int(ln.ink[1]):7] = 0
    monkeypatch.setattr(ocr, "recognise", lambda image: [ocr.OcrLine(ln.text, ln.box, ln.confidence, ink=ln.ink,
                                                                      ink_height=ln.ink_height) for ln in lines])
    monkeypatch.setattr(image_source, "estimate_skew", lambda gray, limit=5.0: 0.0)
    return image_source.scan_page(page, DPI)


def test_a_briefs_title_a_size_over_its_body_is_a_heading(monkeypatch: Any) -> None:
    scanned = _brief_page(monkeypatch)
    size = {ln.text: ln.size for ln in scanned.content.lines}
    body = size["演练节后假期刚刚结束队员们便"]
    assert size["开春训练忙"] >= 1.03 * body
    assert size["江城队暂列第三（体坛"] >= 1.03 * body and size["快讯）"] == size["江城队暂列第三（体坛"]
    assert size["消防某中队队员正开展"] == body and size["行反复训练队伍士气高涨效果好"] == body


def test_a_paragraphs_short_last_line_set_wide_stays_body(monkeypatch: Any) -> None:
    """A paragraph's last line (its marks read so that its pitch looks wide)
    under a body line that runs on into it is body text, not a title."""
    lines = [_row(text, 100, 100 + 40 * k, BODY_PX) for k, text in enumerate(
        ["消防某中队队员正开展演练节后", "假期刚刚结束队员们便投入新一", "轮业务训练在训练安排上突出重", "点难点把登高破拆救援和体能技",
         "能作为日常必练内容进行反复训", "练队伍士气高涨效果很好各级干", "部亲自上阵带头演练示范全体队", "员以饱满热情投入到演练当中发",
         "挥好排头兵"])]
    lines.append(_row("的作用", 100, 100 + 40 * 9, TITLE_PX))
    lines += [_row(text, 100 + (2 * BODY_PX if k == 0 else 0), 100 + 40 * (10 + k), BODY_PX)
              for k, text in enumerate(["江北第二净水厂是本市境", "内目前唯一的大型供水厂项目"])]
    measured = image_source.MeasuredLines()
    text_lines = image_source.even_sizes([image_source._text_line(ln, SCALE, k, measured) for k, ln in enumerate(lines)],
                                         measured)
    pitches = {id(tl): image_source._pitch(tl.text, (ln.ink[1] - ln.ink[0]) * SCALE, ink=True)
               for ln, tl in zip(lines, text_lines)}
    from banmian.sources.ocr_lines import lift_short_headings

    sizes = {ln.text: ln.size for ln in lift_short_headings(text_lines, pitches)}
    assert sizes["的作用"] == sizes["能作为日常必练内容进行反复训"]


def test_a_columns_first_line_as_wide_as_the_next_stays_body(monkeypatch: Any) -> None:
    """A column's first line, continuing a paragraph from the column before
    (no line above it), set as wide as the line under it: body text, though
    its pitch looks wide."""
    body = ["消防某中队队员正开展演练节后", "假期刚刚结束队员们便投入新一", "轮业务训练在训练安排上突出重", "点难点把登高破拆救援和体能技",
            "能作为日常必练内容进行反复训", "练队伍士气高涨效果很好各级干", "部亲自上阵带头演练示范全体队", "员以饱满热情投入到演练当中发",
            "挥好排头兵的作用更加明显了", "江北第二净水厂是本市境内目前"]
    lines = [_row("关于做好社区志愿服务若干规", 600, 100, BODY_PX * 14 / 13)]
    lines += [_row(text, 600, 140 + 40 * k, BODY_PX) for k, text in enumerate(body)]
    measured = image_source.MeasuredLines()
    text_lines = image_source.even_sizes([image_source._text_line(ln, SCALE, k, measured) for k, ln in enumerate(lines)],
                                         measured)
    pitches = {id(tl): image_source._pitch(tl.text, (ln.ink[1] - ln.ink[0]) * SCALE, ink=True)
               for ln, tl in zip(lines, text_lines)}
    from banmian.sources.ocr_lines import lift_short_headings

    sizes = {ln.text: ln.size for ln in lift_short_headings(text_lines, pitches)}
    assert sizes["关于做好社区志愿服务若干规"] == sizes[body[0]]


def test_which_lines_were_measured_is_the_callers_record_not_the_modules() -> None:
    """Which lines were sized on their glyphs was once kept in a module-level
    set of ids: one page's marks stayed for the next call (and a freed
    line's id is handed to a new line). The record is the caller's: a
    subtitle's wrapped tail keeps the subtitle's size only when the lines
    were measured into the record handed to even_sizes."""
    body = [ocr.OcrLine("城西新区的菜市场都换了新招牌", (300, 400 + 40 * k, 700, 430 + 40 * k), 0.99,
                        ink=(303, 697), ink_height=26) for k in range(20)]
    subtitle = ocr.OcrLine("——记区环卫所所长李", (100, 200, 520, 236), 0.99, ink=(103, 517), ink_height=31)
    tail = ocr.OcrLine("青禾", (100, 240, 170, 272), 0.99, ink=(103, 160), ink_height=26)
    unrecorded = [image_source._text_line(ln, 0.36, k) for k, ln in enumerate(body + [subtitle, tail])]
    image_source.even_sizes(unrecorded)
    assert unrecorded[-1].size == unrecorded[0].size  # nothing recorded: the short tail is sized as the body
    measured = image_source.MeasuredLines()
    recorded = [image_source._text_line(ln, 0.36, k, measured) for k, ln in enumerate(body + [subtitle, tail])]
    image_source.even_sizes(recorded, measured)
    assert recorded[-1].size == recorded[-2].size > recorded[0].size


def test_a_title_wrapped_onto_two_even_lines_short_of_its_column_is_a_heading() -> None:
    """A title a size over its body wrapped onto two lines of five squares
    each (level on both sides, so neither the line under nor the line over
    tells it from a paragraph's lines), over a paragraph whose lines reach
    the column's edge well past them: the two lines are the heading."""
    title = ["春风拂面暖", "山乡处处新"]
    body = ["村里的新路修到了家门口老人", "们坐在路边晒太阳孩子们在广", "场上追逐嬉戏一派祥和景象让", "人感到格外温暖这几年变化真",
            "大家家户户都盖起了新楼房村", "民的日子越过越红火人人脸上", "都挂着笑容村干部说今年还要", "继续修路建桥让大家出行更方",
            "便更安全明年还要建一座新的", "文化广场丰富大家的业余生活"]
    lines = [_row(text, 100, 100 + 40 * k, TITLE_PX) for k, text in enumerate(title)]
    lines += [_row(text, 100 + (2 * BODY_PX if k == 0 else 0), 180 + 40 * k, BODY_PX)
              for k, text in enumerate(["每逢佳节山村热闹" + body[0][:4]] + body[1:])]
    measured = image_source.MeasuredLines()
    text_lines = image_source.even_sizes([image_source._text_line(ln, SCALE, k, measured) for k, ln in enumerate(lines)],
                                         measured)
    pitches = {id(tl): image_source._pitch(tl.text, (ln.ink[1] - ln.ink[0]) * SCALE, ink=True)
               for ln, tl in zip(lines, text_lines)}
    from banmian.sources.ocr_lines import lift_short_headings

    sizes = {ln.text: ln.size for ln in lift_short_headings(text_lines, pitches)}
    assert sizes[title[0]] >= 1.03 * sizes[body[1]] and sizes[title[1]] == sizes[title[0]]
    assert sizes[body[1]] == sizes[body[5]]


def test_two_even_lines_reaching_their_columns_edge_stay_body() -> None:
    """Two lines set wide and level on both sides inside a paragraph whose
    next line ends where they end (a column's justified lines): body text."""
    body = ["村里的新路修到了家门口老人", "们坐在路边晒太阳孩子们在广", "场上追逐嬉戏一派祥和景象让", "人感到格外温暖这几年变化真",
            "大家家户户都盖起了新楼房村", "民的日子越过越红火人人脸上", "都挂着笑容村干部说今年还要", "继续修路建桥让大家出行更方",
            "便更安全明年还要建一座新的", "文化广场丰富大家的业余生活"]
    wide = ["春风拂面暖意浓浓", "山乡处处新貌展现"]  # as wide as the body's 13 squares at a wider pitch
    pitch = BODY_PX * 13 / 8
    lines = [_row(text, 100, 100 + 40 * k, BODY_PX) for k, text in enumerate(body[:3])]
    lines += [_row(text, 100, 220 + 40 * k, pitch) for k, text in enumerate(wide)]
    lines += [_row(text, 100, 300 + 40 * k, BODY_PX) for k, text in enumerate(body[3:])]
    measured = image_source.MeasuredLines()
    text_lines = image_source.even_sizes([image_source._text_line(ln, SCALE, k, measured) for k, ln in enumerate(lines)],
                                         measured)
    pitches = {id(tl): image_source._pitch(tl.text, (ln.ink[1] - ln.ink[0]) * SCALE, ink=True)
               for ln, tl in zip(lines, text_lines)}
    from banmian.sources.ocr_lines import lift_short_headings

    sizes = {ln.text: ln.size for ln in lift_short_headings(text_lines, pitches)}
    assert sizes[wide[0]] == sizes[wide[1]] == sizes[body[0]]
