"""A column set right under another article's jump note (（下转第N版）) goes on
from the foot on its left, not from the note over it: the note ends its
article's text on this page, so nothing under it runs on from it. The page:
an article whose fourth column closes on the note, and under it, across white
space only, an article whose headline is centred over its first three columns
while its fourth column rises to the headline's top, right under the note,
opening mid-sentence where the third column breaks off (layout/ownership).
PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import FONT, band_header, blank_page, save, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
LEFTS = (40.0, 170.0, 300.0, 430.0)
UPPER = ("河口镇今年把修缮老街当作头等大事来抓，先后请来多位老工匠，按照原来的样子修补青砖灰瓦。"
         "镇上的干部挨家挨户征求意见，把居民最关心的排水和电线问题列进了清单。"
         "施工队白天干活，晚上把材料码放整齐，尽量不打扰街坊们的生活。"
         "修好的老街上，茶馆、书店和手工作坊陆续开张，周末常常有外地游客专程赶来。"
         "镇里还准备把老街的故事编成小册子，请老人们讲一讲当年码头上的热闹景象。"
         "一位在老街住了六十多年的老人说，看到老房子又有了精气神，心里比什么都高兴。"
         "下一步，镇上打算在老街尽头建一座小小的展览馆，摆放居民捐出的老物件。")
LOWER = ("清晨六点，果园里已经有了忙碌的身影。合作社的技术员带着几位年轻人修剪枝条，一边干一边讲解要领。"
         "这几年，村里引进了新品种，又建起了冷库和分拣车间，水果从枝头到餐桌的时间缩短了一大半。"
         "合作社负责人告诉记者，过去果子熟了只能等着收购商上门，价格说了不算，如今通过网上订单，"
         "不少果子还没摘就已经卖出去了。为了让更多村民掌握技术，合作社每个月办一次培训班，"
         "请农业专家到地头手把手地教，参加培训的村民越来越多，连在外打工的年轻人也回来了几个。"
         "一位刚回村的小伙子说，在家门口就能挣到钱，还能照顾老人孩子，这样的日子很踏实。"
         "村里还计划明年开辟一片采摘园，让城里人周末来体验摘果子的乐趣，也给果农多添一份收入。到那时，果园就不只是种果子的地方了。")


def _page(path: Path) -> Path:
    doc, page = blank_page(580, 560)
    band_header(page, 2)
    page.insert_text((40, 90), "老街修缮留住乡愁", fontname=FONT, fontsize=20)
    rest = set_columns(page, UPPER, LEFTS, 118, PER, SIZE, LEAD, 6)
    assert not rest
    used = len(UPPER) - (3 * 6 * PER - 2)  # characters in the fourth column
    last_row = (used + PER - 1) // PER
    page.insert_text((540 - 7 * SIZE, 118 + last_row * LEAD), "（下转第3版）", fontname=FONT, fontsize=SIZE)
    top = 118 + last_row * LEAD + 2.2 * SIZE  # white space only under the note
    title = "果园里的新日子"
    page.insert_text(((40 + 410) / 2 - len(title) * 9, top + 16), title, fontname=FONT, fontsize=18)
    first = LOWER[: 3 * 7 * PER - 2]
    assert first[-1] not in "。！？，"  # the third column breaks off mid-sentence
    assert not set_columns(page, first, LEFTS[:3], top + 46, PER, SIZE, LEAD, 7)
    assert not set_columns(page, LOWER[len(first):], LEFTS[3:], top + SIZE, PER, SIZE, LEAD, 10, indent=False)
    return save(doc, path)


def test_a_column_under_a_jump_note_goes_on_from_the_foot_on_its_left(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"老街修缮留住乡愁", "果园里的新日子"}, by_title
    assert by_title["老街修缮留住乡愁"].endswith("摆放居民捐出的老物件。"), by_title["老街修缮留住乡愁"][-40:]
    assert by_title["果园里的新日子"].startswith("清晨六点")
    assert by_title["果园里的新日子"].endswith("种果子的地方了。"), by_title["果园里的新日子"][-40:]
