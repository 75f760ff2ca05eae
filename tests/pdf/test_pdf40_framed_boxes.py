"""Boxes set among the reports (issue 9, session 40): a notice framed at a
column's foot is an article of its own, headed by its frame's first line
(layout/frame_labels.py heads_a_frame); a box whose words make no sentence
(weather, a contents box) is no article at all (layout/prose_free_boxes.py);
and a line spread out to fill its measure is no larger line
(sources/pdf.py: the size its height shows). Pages built by
feature_pages.py; invented words."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, no_text_anywhere, parse  # noqa: E402
from feature_pages import BODY, CHARS, LEAD, TEXTS, FeaturePage, column_x, span_right  # noqa: E402

_NOTICE = ("本报四月二日第二版刊发的《青禾县新建两座水厂》一文中，“普及率提高五个百分点”应为“普及率提高三个百分点”。"
           "特此更正，并向读者致歉。")


def _report(pg: FeaturePage, first: int, cols: int, title: str, key: str) -> float:
    x0, x1 = column_x(first), span_right(first, cols)
    y = pg.headline(x0, x1, TOP + 4, title, 20.0)
    return pg.flow(x0, y, list(TEXTS[key]), cols).bottom


def test_a_framed_correction_at_a_columns_foot_is_an_article_of_its_own(tmp_path):
    """Under a one-column report, a correction in a thin frame of the
    column's width: its bold heading 更正 is no subheading of the report over
    it (the frame's edge parts them): it heads its own text."""
    pg = FeaturePage()
    pg.header(2, "综合")
    _report(pg, 0, 2, "南岭区三所新校投入使用", "school")
    bottom = _report(pg, 2, 1, "青禾县改造农村供水", "water")
    x0 = column_x(2)
    x1 = x0 + CHARS * BODY
    pg.centered(x0, x1, bottom + 20, "更正", BODY * 1.4, "hei", bold=True)
    pg.flow(x0 + 6, bottom + 20 + BODY * 1.4 * 1.7, [_NOTICE], 1, chars=CHARS - 2)
    height = BODY * 1.4 * 1.7 + LEAD * 7 + 10
    pg.frame(x0, bottom + 14, x1, bottom + 14 + height)
    page = parse(pg, tmp_path)
    check_titles(page, ["南岭区三所新校投入使用", "青禾县改造农村供水", "更正"])
    assert "".join(find(page, "更正").paragraphs).startswith("本报四月二日")
    assert not any("更正" in p for p in find(page, "青禾县改造农村供水").paragraphs)


def _box_beside_report(pg, title: str, topic: str, heading: str, leading: float):
    """A front page's report in the first two columns and, in the third, a
    box's bold heading at its top: the box's left and right edges, its top
    and the line under the heading."""
    pg.header(1, "要闻")
    _report(pg, 0, 2, title, topic)
    x0, x1 = column_x(2), column_x(2) + CHARS * BODY
    top = TOP + 4
    pg.centered(x0, x1, top + 6, heading, BODY * 1.35, "hei", bold=True)
    return x0, x1, top, top + 6 + BODY * 1.35 * leading


def test_a_weather_box_beside_a_report_is_no_article(tmp_path):
    """A frame of the days' weather (a day, its sky, its temperatures) under
    its heading and over who issued it: no sentence in it, so no article,
    and none of its lines joins the report beside it."""
    pg = FeaturePage()
    x0, x1, top, y = _box_beside_report(pg, "南岭区三所新校投入使用", "school", "青禾天气", 1.7)
    for day, sky, temps in (("今天", "阴转多云", "9～17℃"), ("明天", "多云", "11～19℃"), ("后天", "小雨", "10～15℃")):
        pg.line(x0 + 6, y, day, BODY)
        pg.line(x0 + 6 + 3 * BODY, y, sky, BODY)
        pg.right(x1 - 6, y, temps, BODY)
        y += BODY * 1.6
    pg.right(x1 - 6, y, "青禾县气象台发布", BODY * 0.85)
    pg.frame(x0, top, x1, y + BODY + 6)
    page = parse(pg, tmp_path)
    check_titles(page, ["南岭区三所新校投入使用"])
    no_text_anywhere(page, ["阴转多云", "气象台", "青禾天气"])


def test_a_contents_box_is_no_article(tmp_path):
    """A framed contents box (导读): headings of reports inside the paper,
    each with its page flush right. It points elsewhere: no article."""
    pg = FeaturePage()
    x0, x1, top, y = _box_beside_report(pg, "青禾县改造农村供水", "water", "本期导读", 1.8)
    for heading, number in (("南岭新校迎来首批学生", 3), ("河湾镇柳塘村通上自来水", 4), ("秋收时节话丰年", 6)):
        pg.line(x0 + 6, y, heading, BODY)
        pg.right(x1 - 6, y, f"第{number}版", BODY)
        y += LEAD
    pg.frame(x0, top, x1, y + 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["青禾县改造农村供水"])
    no_text_anywhere(page, ["本期导读", "南岭新校迎来首批学生", "第4版"])


def test_a_line_spread_to_fill_its_measure_stays_in_its_paragraph(tmp_path):
    """A line the typesetter spread out to its column's width (the next
    word's opening quote may not end it) is set in the body's size: the
    extractor reads its glyphs wider, not its type larger; the paragraph
    runs on through it."""
    pg = FeaturePage()
    pg.header(2, "综合")
    x0, width = column_x(0), CHARS * BODY
    y = pg.headline(x0, x0 + width, TOP + 4, "柳塘村的新水厂", 20.0)
    lines = ["今年以来，柳塘村新建的水厂", "正式通水，全村三百多户", "“放心水”用上了。村里的老人说", "过去一到夏天就要排队挑水。"]
    for k, text in enumerate(lines):
        x = x0 + (2 * BODY if k == 0 else 0)
        base = pymupdf.Point(x, y + k * LEAD + BODY * 0.88)
        room = width - (2 * BODY if k == 0 else 0)
        morph = (base, pymupdf.Matrix(room / (BODY * len(text)), 1)) if k == 1 else None  # eleven spread to fifteen
        pg.page.insert_text(base, text, fontname="china-s", fontsize=BODY, morph=morph)
    page = parse(pg, tmp_path)
    check_titles(page, ["柳塘村的新水厂"])
    assert len(find(page, "柳塘村的新水厂").paragraphs) == 1, find(page, "柳塘村的新水厂").paragraphs
