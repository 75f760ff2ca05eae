"""A column opening with a dateline, in a box with its article's other dated
items, is not given to the undated article whose column opens level with it
beside the box: the box's edge parts them as a rule does
(layout/dateline_owners.datelines_apart). The page: a framed article of two
dated items stacked in one column; right of the frame, a gutter away, an
article whose text opens with no dateline, its first column level with the
first item. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import HEAD_FONT, band_header, blank_page, save, set_column, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
FIRST = "本报北京3月2日电 全市首批二十座口袋公园日前建成开放，市民在家门口就能散步健身。"
SECOND = "本报北京3月3日电 市区新开通三条社区公交线路，连接居民小区和地铁站，方便市民出行。"
STORY = ("春耕时节，田野里一派忙碌景象，农机手驾驶着播种机在地里来回穿梭，一天能播种上百亩。"
         "合作社负责人说，今年全村的土地都实现了机械化播种，用工比往年少了一半，种子和化肥也统一采购，"
         "成本降了不少。村里还请来农技员现场指导，教大家科学施肥、病虫害防治，为丰收打下基础。")


def _page(path: Path) -> Path:
    doc, page = blank_page(560, 420)
    band_header(page, 2)
    page.draw_rect(pymupdf.Rect(36, 70, 196, 300), color=(0, 0, 0), width=0.8)
    page.insert_text((60, 92), "城区两则", fontname=HEAD_FONT, fontsize=16)
    top = 120
    assert not set_column(page, FIRST, 46, top, PER, SIZE, LEAD)
    assert not set_column(page, SECOND, 46, top + 6 * LEAD, PER, SIZE, LEAD)
    page.insert_text((240, 92), "春耕机声响田间", fontname=HEAD_FONT, fontsize=18)
    assert not set_columns(page, STORY, (208.0, 358.0), top, PER, SIZE, LEAD)
    return save(doc, path)


def test_a_dated_item_in_a_box_stays_with_the_box(tmp_path):
    texts = titled_texts(_page(tmp_path / "p.pdf"))
    story = next(t for title, t in texts.items() if title and "春耕" in title)
    assert "口袋公园" not in story and story.startswith("春耕时节"), texts
    boxed = [t for t in texts.values() if "口袋公园" in t]
    assert len(boxed) == 1 and "社区公交" in boxed[0], texts
