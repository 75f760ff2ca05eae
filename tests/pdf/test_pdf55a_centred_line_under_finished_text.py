"""A line set centred inside a column, under a finished paragraph across a
little white space, is that column's subheading: it goes on from no foot of
another column. Text running on from a column's foot starts at its column's
left edge; a line a body size or more in from the edge does not
(layout/ownership._set_inside). The page: on the left a column of another
article whose foot breaks off mid-sentence, on the right an article whose
first column holds a centred subheading set at the body size. PDF mode, an
invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import FONT, HEAD_FONT, band_header, blank_page, save, set_column, set_columns, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
LEFT = ("本报讯 连日来，城郊的草莓园迎来了采摘高峰，不少市民带着孩子前来体验采摘的乐趣。"
        "园主介绍，今年的草莓个头大、口感甜，周末每天接待游客上千人次，园里还新开了亲子农场和手工作坊，"
        "吸引了更多家庭前来游玩，也带动了周边的农家乐和")
FIRST = ("今年以来，市里出台了一系列稳就业的措施，为企业减负，为求职者搭桥。"
         "一季度，全市新增就业岗位一万多个，高校毕业生就业率保持稳定。")
SUB = "稳住基本盘"
AFTER = ("为了帮助企业招到合适的人，人社部门组织了多场线上招聘会，把岗位信息送到求职者的手机上。"
         "不少企业负责人说，线上招聘省时省力，招到的人也更对口。"
         "下一步，市里还将加大职业技能培训的力度，让更多劳动者掌握一技之长。")


def _page(path: Path) -> Path:
    doc, page = blank_page(580, 460)
    band_header(page, 3)
    page.insert_text((40, 92), "草莓熟了", fontname=HEAD_FONT, fontsize=18)
    left = set_column(page, LEFT, 40, 120, PER, SIZE, LEAD)
    assert not left
    page.insert_text((170, 92), "稳就业措施落地见效", fontname=HEAD_FONT, fontsize=20)
    assert not set_column(page, FIRST, 170, 120, PER, SIZE, LEAD)
    rows = (len(FIRST) + 2 + PER - 1) // PER
    y = 120 + (rows - 1) * LEAD + 2.5 * SIZE + 4  # a little white space under the finished paragraph
    page.insert_text((170 + (PER - len(SUB)) * SIZE / 2, y), SUB, fontname=FONT, fontsize=SIZE)  # centred
    rest = set_column(page, AFTER, 170, y + LEAD + 12, PER, SIZE, LEAD, 8)
    assert not set_columns(page, rest, (300.0, 430.0), 120, PER, SIZE, LEAD, 14, indent=False)
    return save(doc, path)


def test_a_centred_line_under_finished_text_is_its_columns_subheading(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"草莓熟了", "稳就业措施落地见效"}, by_title
    text = by_title["稳就业措施落地见效"]
    assert SUB in text and text.index(SUB) < text.index("为了帮助企业") and text.endswith("一技之长。"), text
    assert SUB not in by_title["草莓熟了"]
