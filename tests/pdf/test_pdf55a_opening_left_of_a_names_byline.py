"""An article's first column stands left of its headline, level with its top
(a headline narrower than its article), and runs on mid-sentence into the
column under the headline's byline, a line of names alone with no role. A
line of names is no text of the article (layout/opening_columns: the column
under it is the article's first), so the column on the left, opening a
paragraph after the neighbour's finished text, is this article's opening,
not the rest of the neighbour. PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import HEAD_FONT, band_header, blank_page, save, set_column, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
NEIGHBOUR = ("社区食堂开张以来，每天中午都坐满了附近的老人。饭菜荤素搭配，价格实惠，行动不便的老人还可以预约送餐上门。"
             "志愿者们轮流来帮忙，有的打饭，有的收拾碗筷，还有的陪老人聊聊天。"
             "一位老人说，以前一个人在家做饭，常常凑合一顿，现在天天能吃上热乎饭，心里暖和多了。"
             "社区负责人表示，下一步将增加早餐供应，让老人们的一日三餐更有保障。")
OPENING = ("清晨七点，调解室门口已经排起了队。"
           "来的人有的为邻里纠纷，有的为工资拖欠，老周一一记下，再约好时间上门了解情况。"
           "这些年，他调解过的纠纷有上千件，街坊们都说，有事找老周，心里就有了底。"
           "他常说，调解工作没有捷径，靠的就是一趟趟地跑、一遍遍地讲，把道理说")
REST = ("到人的心坎上。前不久，一个小区因为停车位的事吵得不可开交，老周连着去了五个晚上，"
        "挨家挨户听意见，最后大家坐在一起商量出了办法。"
        "如今，街道把他的经验整理成册，还成立了以他名字命名的工作室，带出了一批年轻的调解员。"
        "老周说，只要大家信得过，他就一直干下去。")


def _page(path: Path) -> Path:
    doc, page = blank_page(700, 420)
    band_header(page, 7)
    page.insert_text((40, 96), "社区食堂暖人心", fontname=HEAD_FONT, fontsize=20)
    assert not set_columns(page, NEIGHBOUR, (40.0, 170.0), 126, PER, SIZE, LEAD, 8)
    assert OPENING[-1] not in "。！？，"
    assert not set_column(page, OPENING, 300, 86, PER, SIZE, LEAD)
    page.insert_text((430, 96), "街巷里的", fontname=HEAD_FONT, fontsize=20)
    page.insert_text((430, 120), "调解能手", fontname=HEAD_FONT, fontsize=20)
    page.insert_text((430, 144), "韩　松　　罗晓岚", fontname=HEAD_FONT, fontsize=SIZE)  # names alone, no role
    assert not set_columns(page, REST, (430.0, 560.0), 170, PER, SIZE, LEAD, 9, indent=False)
    return save(doc, path)


def test_a_first_column_left_of_its_headline_over_a_names_byline_opens_its_article(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"社区食堂暖人心", "街巷里的调解能手"}, by_title
    assert by_title["社区食堂暖人心"].endswith("更有保障。"), by_title
    assert by_title["街巷里的调解能手"].startswith("清晨七点") and by_title["街巷里的调解能手"].endswith("一直干下去。")
