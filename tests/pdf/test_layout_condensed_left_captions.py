"""A condensed (长体) title keeps the size it was set in, and a caption set
in the column left of its photo is the photo's caption. Pages built the way
test_layout_features.py builds them (feature_pages.py), all text invented."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Caption  # noqa: E402
from banmian.sources.pdf import extract_page  # noqa: E402
from feature_pages import BODY, TEXTS, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402

#: short items in a framed column, each under a title a few characters too long for the frame
ITEMS = [
    ("老街菜场完成改造后开门迎客", "经过三个月施工，老街菜场改造完工，新增摊位四十个、停车位二十个。", "韩露 邹平"),
    ("东门社区食堂推出老年助餐服务", "近日，东门社区食堂推出老年助餐服务，六十岁以上居民用餐可享优惠。", "卢帆"),
    ("城北小学新建塑胶操场投入使用", "城北小学新建的塑胶操场日前投入使用，全校一千余名学生有了运动新场地。", "严冬 宁静"),
]


def _condensed(pg: FeaturePage, x: float, top: float, text: str, size: float, width: float) -> None:
    """``text`` in a bold face at ``size``, squeezed horizontally (长体) into ``width`` points."""
    base = pymupdf.Point(x, top + size * 0.88)
    squeeze = width / (size * len(text))
    pg.page.insert_text(base, text, fontname="china-s", fontsize=size, morph=(base, pymupdf.Matrix(squeeze, 1)))


def _boxed_page(pg: FeaturePage) -> float:
    """Article A over columns 0-1, a frame over column 2 holding the short
    items, article B over columns 3-4; article C across the page below."""
    pg.header(4, "区县新闻")
    a = story(pg, "water", "山区供水工程通水", 0, 2, TOP + 4)
    x0, x1 = column_x(2), span_right(2, 1)
    y, pad = TOP + 4, 5.0
    inner = x1 - x0 - 2 * pad
    yy = y + pad
    for title, text, names in ITEMS:
        _condensed(pg, x0 + pad, yy, title, BODY * 1.15, inner)
        flowed = pg.flow(x0 + pad, yy + BODY * 1.15 * 1.6, [f"{text}（{names}）"], 1, chars=int(inner / BODY))
        yy = flowed.bottom + 8
    pg.frame(x0, y, x1, yy)
    b = story(pg, "rail", "城际铁路年底通车", 3, 2, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b, yy)), align="left")
    return yy


def test_a_condensed_span_keeps_the_size_it_was_set_in():
    """MuPDF sizes a glyph by its matrix's area, so a title squeezed to 80% of
    its width reads 11% smaller than it stands; its height keeps its size."""
    pg = FeaturePage()
    _condensed(pg, 60, 100, "城南公园完成提升改造", 12.0, 12.0 * 10 * 0.8)
    lines = extract_page(pg.page).lines
    assert [round(ln.size, 1) for ln in lines] == [12.0], [(ln.text, ln.size) for ln in lines]


def test_condensed_item_titles_in_a_framed_column(tmp_path):
    """A framed column of short news items, each under a small bold title set
    condensed (长体) to fit the frame's width and closing with its authors
    in brackets: every condensed title is an item's title, not a paragraph
    of the item above it."""
    pg = FeaturePage()
    _boxed_page(pg)
    page = parse(pg, tmp_path)
    check_titles(page, ["山区供水工程通水", "城际铁路年底通车", "万亩晚稻喜获丰收"] + [t for t, _, _ in ITEMS])
    for title, text, names in ITEMS:
        art = find(page, title)
        assert [b.name for b in art.bylines] == names.split(), f"{title}: bylines {art.bylines}"
        check_body(art, [text])


def test_a_caption_in_the_column_left_of_its_photo(tmp_path):
    """A photo over columns 1-2 under the headline, its caption in small
    lines in column 0, flush left and level with the photo's foot, the
    credit closing it; the article's text starts under the photo. The
    caption is the photo's, and the text under it the article's first
    paragraph, not an untitled piece of its own."""
    pg = FeaturePage()
    pg.header(3, "社会")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "文艺巡演进乡村", 22)
    ph0, ph1 = column_x(1), span_right(1, 2)
    pg.photo(ph0, y, ph1, y + 120, fill=True)
    caption = ["村民在文化广场上排练节目，迎接即将", "到来的丰收节。本报记者 林晓峰摄"]  # the column's width
    size = BODY * 0.85
    cy = y + 120 - len(caption) * size * 1.5
    for part in caption:
        pg.line(x0, cy, part, size)
        cy += size * 1.5
    a = pg.flow(x0, y + 130, TEXTS["culture"], 3).bottom
    b = story(pg, "rail", "城际铁路年底通车", 3, 2, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路年底通车", "万亩晚稻喜获丰收"])
    art = find(page, "文艺巡演进乡村")
    assert art.captions == [Caption("村民在文化广场上排练节目，迎接即将到来的丰收节。", "林晓峰")], f"captions {art.captions}"
    check_body(art, TEXTS["culture"])
