"""A part with no headline set under a bar across the page, the article over
the bar ending 4 body sizes over it (its last line short of the bar, no block
or heading between): the bar closes that article's row, and the columns under
it are a part of their own, not the text of the headline far over them
(layout/rule_rows.closes_the_row_over). The guard: the bar 2 body sizes under
the text (read so before this). PDF mode, invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0)
TITLE = "河畔公园完成改造"
PARK = ("城西的河畔公园改造完工，新修的步道沿着河岸延伸了两公里，两旁种上了柳树和月季。"
        "傍晚时分，散步的居民和骑车的孩子来来往往，广场上还有人跳起了舞。"
        "园林部门说，公园里还将增设儿童游乐区和健身器材，方便附近居民休闲锻炼。")
LIBRARY = ("镇上的图书馆搬进了新楼，阅览室宽敞明亮，书架上摆满了新到的图书。"
           "周末一早，不少家长就带着孩子来借书，有的干脆坐在窗边读上一整天。"
           "图书馆还开设了手工课和读书会，每期报名的人都很多。"
           "馆长说，今后还打算把流动书车开进各个村子，让农民在家门口也能借到书。")


def _page(path: Path, gap: float) -> Path:
    doc, page = blank_page(540, 460)
    band_header(page, 4)
    page.insert_text((150, 92), TITLE, fontname="china-s", fontsize=20)
    assert not set_columns(page, PARK, LEFTS, 112 + SIZE, PER, SIZE, LEAD, 5)  # its last line near 182
    bar = 182 + gap * SIZE
    page.draw_rect(pymupdf.Rect(40, bar, 500, bar + 10), color=None, fill=(0.8, 0.2, 0.2))  # a bar across the page
    assert not set_columns(page, LIBRARY, LEFTS, bar + 34 + SIZE, PER, SIZE, LEAD, 6)
    return save(doc, path)


@pytest.mark.parametrize("gap", [2.0, 4.0])
def test_columns_under_a_bar_a_little_under_the_text_over_it_are_a_part(tmp_path, gap):
    by_title = titled_texts(_page(tmp_path / "p.pdf", gap))
    assert set(by_title) == {TITLE, None}, by_title
    assert by_title[TITLE].endswith("休闲锻炼。")
    assert by_title[None].startswith("镇上的图书馆") and by_title[None].endswith("借到书。")
