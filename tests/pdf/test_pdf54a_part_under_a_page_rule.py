"""A part with no headline on the page set under a bar across the page: the
article over the bar ends just over it, so the columns under the bar, no
headline over their row, are another article's (one printed with no
headline here), not the text of the headline far over them
(layout/rule_rows.closes_the_row_over), and so is a headline set vertically
beside its text over the bar. A small square mark drawn at the top of the
part (a logo's ornament) is no rule (layout/page_graphics.py). PDF mode,
invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 14
LEFTS = (40.0, 194.0, 348.0)
TITLE = "社区食堂开到家门口"
CANTEEN = ("城东社区的食堂开张一个月，每天中午都坐满了附近的老人和上班族。"
           "食堂的菜价比外面便宜一些，老人凭卡吃饭还能再打折扣。"
           "社区负责人说，下一步还要开设晚餐和送餐服务，让行动不便的老人在家也能吃上热饭。")
ORCHARD = ("山坡上的果园迎来收获季，果农们天不亮就上山采摘，一筐筐苹果很快装满了货车。"
           "这几年村里引进了新品种，又请来技术员手把手教修剪和施肥，苹果的个头和甜度都上去了。"
           "村里还建起了冷库和分拣线，果子不愁卖，价钱也比过去高出不少。"
           "果农们说，日子越过越有盼头，明年还要再多种几亩。")


def _page(path: Path, mark: bool, vertical: bool = False) -> Path:
    doc, page = blank_page(540, 440)
    band_header(page, 4)
    if vertical:  # the headline stacked down the left edge, its text in the columns on its right
        for i, ch in enumerate(TITLE):
            page.insert_text((40, 90 + 12 + i * 12), ch, fontname="china-s", fontsize=12)
        assert not set_columns(page, CANTEEN, (66.0, 206.0, 346.0), 90 + SIZE, 13, SIZE, LEAD, 7)
    else:
        page.insert_text((150, 92), TITLE, fontname="china-s", fontsize=20)
        assert not set_columns(page, CANTEEN, LEFTS, 112 + SIZE, PER, SIZE, LEAD, 5)  # ends on a full line
    page.draw_rect(pymupdf.Rect(40, 206, 500, 216), color=None, fill=(0.8, 0.2, 0.2))  # a bar across the page
    if mark:
        page.draw_rect(pymupdf.Rect(100, 224, 111, 235), color=None, fill=(0.8, 0.2, 0.2))
    assert not set_columns(page, ORCHARD, LEFTS, 240 + SIZE, PER, SIZE, LEAD, 6)
    return save(doc, path)


@pytest.mark.parametrize("mark,vertical", [(False, False), (True, False), (True, True)])
def test_columns_under_a_bar_across_the_page_closing_the_article_over_it_are_a_part(tmp_path, mark, vertical):
    by_title = titled_texts(_page(tmp_path / "p.pdf", mark, vertical))
    assert set(by_title) == {TITLE, None}, by_title
    assert by_title[TITLE].startswith("城东社区") and by_title[TITLE].endswith("吃上热饭。")
    assert by_title[None].startswith("山坡上的果园") and by_title[None].endswith("再多种几亩。")
