"""A photo at the foot of an article, the next article's headline right under
its caption (layout/captions.py image_owners, session 57, pdf57b).

The photo stands in the first column of article A, its caption under it, A's
text beside it; article B opens under the caption with its headline, no rule
drawn between. B's text starts a few lines under the caption, yet it does not
run on under the photo: a headline stands between them. The photo and its
caption are A's."""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import FONT, HEAD_FONT, band_header, blank_page, page_articles, save  # noqa: E402

SIZE = 10.0
LEAD = 15.0
PER = 12
LEFTS = (40.0, 170.0)
TOP = 160.0

_A_LEFT = ["老城区改造工程昨天正式", "启动首批涉及十二条街巷", "预计年底前全部完工改造", "内容包括管网更新立面整", "治和停车位增设等多项。"]
_A_RIGHT = ["改造期间施工单位将分段", "围挡尽量减少对居民出行", "的影响沿街商户照常营业", "区里还开通了意见征集热", "线居民可以随时反映问题", "工作人员会在三天内答复", "不少老住户说盼这一天已", "经盼了好多年如今终于等", "到了都说要给施工队伍送", "去热茶和点心表示感谢。"]
_CAPTION = ("施工人员在老街巷口", "铺设新的排水管道。")
_CREDIT = "韩青摄"
_B_TEXT = ["本报讯连接三个乡镇的山", "区公路昨日全线贯通沿线", "两万多名群众出行更加方", "便了当地的茶叶和山货也", "能更快运出大山卖上好价", "钱村民们都很高兴。"]


def _page(tmp_path):
    doc, page = blank_page(320, 560)
    band_header(page, 3, section="城建")
    page.insert_text((LEFTS[0], 135), "老城区改造启动", fontname=HEAD_FONT, fontsize=22)
    for row, line in enumerate(_A_LEFT):
        page.insert_text((LEFTS[0] + (2 * SIZE if row == 0 else 0), TOP + row * LEAD), line, fontname=FONT,
                         fontsize=SIZE)
    photo = pymupdf.Rect(LEFTS[0], TOP + 4 * LEAD + 8, LEFTS[0] + PER * SIZE, TOP + 4 * LEAD + 78)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
    pix.clear_with(150)
    page.insert_image(photo, pixmap=pix, keep_proportion=False)
    y = photo.y1 + 11
    for line in _CAPTION:
        page.insert_text((LEFTS[0], y), line, fontname=HEAD_FONT, fontsize=9)
        y += 12
    page.insert_text((photo.x1 - 9 * len(_CREDIT), y), _CREDIT, fontname=HEAD_FONT, fontsize=9)
    for row, line in enumerate(_A_RIGHT):
        page.insert_text((LEFTS[1], TOP + row * LEAD), line, fontname=FONT, fontsize=SIZE)
    b_title = y + 32  # B's headline right under the caption, across both columns
    page.insert_text((LEFTS[0], b_title), "山区公路全线贯通", fontname=HEAD_FONT, fontsize=20)
    top = b_title + 22
    for k, line in enumerate(_B_TEXT):
        column, row = divmod(k, 3)
        page.insert_text((LEFTS[column] + (2 * SIZE if k == 0 else 0), top + row * LEAD), line, fontname=FONT,
                         fontsize=SIZE)
    return page_articles(save(doc, tmp_path / "photo.pdf"))


def test_a_photo_over_the_next_articles_headline_is_the_article_its_text_stands_beside(tmp_path):
    articles = {a.headline.title: a for a in _page(tmp_path)}
    assert set(articles) == {"老城区改造启动", "山区公路全线贯通"}
    captions = [(c.text, c.credit) for c in articles["老城区改造启动"].captions]
    assert captions == [("".join(_CAPTION), "韩青")]
    assert articles["山区公路全线贯通"].captions == []
