"""A photo's credit set sideways along its right edge (本报记者 张三摄 turned to run up the gutter) is the
credit of the caption under the photo (PDF mode); a turned line that is no credit stays out of it."""

from __future__ import annotations

import banmian
import pymupdf

_BODY = ("春节前夕，青川县各地群众忙着赶制年货，集市上人头攒动，处处洋溢着节日的喜庆气氛。"
         "县里还组织了迎新春文艺演出，丰富群众的节日生活。") * 3


def _page(path, turned: str):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((40, 60), "2026年2月10日 星期二 第4版 社会", fontname="china-ss", fontsize=9)
    page.draw_line((40, 70), (802, 70))
    page.insert_text((60, 120), "年味渐浓集市旺", fontname="china-s", fontsize=24)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 40), 0)
    pix.set_rect(pix.irect, (120, 140, 160))
    page.insert_image(pymupdf.Rect(60, 140, 360, 340), pixmap=pix)
    page.insert_text((372, 330), turned, fontname="china-ss", fontsize=8, rotate=90)
    page.insert_text((60, 356), "二月八日，青川县城关镇的集市上，群众在选购年货。", fontname="china-ss", fontsize=9)
    y = 390
    for i in range(0, len(_BODY), 20):
        page.insert_text((60, y), _BODY[i:i + 20], fontname="china-ss", fontsize=10.5)
        y += 16
    doc.save(path)
    return path


def test_turned_credit_is_the_captions(tmp_path):
    (article,) = banmian.parse(_page(tmp_path / "p.pdf", "本报记者 周岚摄"), enrich=False).articles
    (caption,) = article.captions
    assert caption.text.startswith("二月八日") and caption.credit and "周岚" in caption.credit


def test_turned_line_that_is_no_credit_is_not_taken(tmp_path):
    (article,) = banmian.parse(_page(tmp_path / "p.pdf", "年货市场供应充足"), enrich=False).articles
    (caption,) = article.captions
    assert not caption.credit and "年货市场" not in caption.text
