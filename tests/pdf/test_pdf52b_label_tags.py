"""A label boxed right under a headline and its byline (短评, 观察) is the
article's column tag: the first column under it, opening with an editor's
note lower than the column beside it, is the headline's text, not a part
with no headline of its own (``layout/logos_in_block.py`` gives the label's
text to the headline over it). PDF mode; an invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, page_articles, save, set_column  # noqa: E402

NOTE = ("编者按：新春佳节，本报记者分赴各地，走进工厂车间和田间地头，记录基层发展的新气象，今天起本版推出系列报道，"
        "敬请读者关注。")
TEXT = ("清晨六点，县城东边的菌棚里已经亮起了灯，工人们正忙着采摘刚冒头的香菇，一筐筐装上货车运往城里的超市。"
        "合作社负责人介绍，前几年村里还靠种玉米过日子，收入一直不高，后来请来农技员引进大棚种植技术，"
        "如今全村一半以上的农户都种上了香菇，产品还通过网店销到了省外，乡亲们的腰包渐渐鼓了起来。")


def _page(path: Path) -> Path:
    doc, page = blank_page(400, 420)
    band_header(page, 3)
    page.insert_text((40, 86), "小香菇成了大产业", fontname="china-ss", fontsize=16)
    page.insert_text((40, 104), "本报记者　李　明", fontname="china-ss", fontsize=9)
    page.draw_rect(pymupdf.Rect(40, 114, 80, 134), color=(0, 0, 0), width=0.8)
    page.insert_text((46, 129), "观察", fontname="china-ss", fontsize=13)
    set_column(page, NOTE, 40, 152, 14, rows=12)
    set_column(page, TEXT, 194, 122, 14, rows=14)
    return save(doc, path)


def test_a_label_right_under_a_headline_tags_its_first_column(tmp_path):
    articles = page_articles(_page(tmp_path / "p.pdf"))
    assert [a.headline.title for a in articles] == ["小香菇成了大产业"], [
        (a.headline.title, "".join(a.paragraphs)[:12]) for a in articles]
    body = "".join(articles[0].paragraphs)
    assert body.startswith("编者按") and "清晨六点" in body
