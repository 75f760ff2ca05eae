"""A drop cap (首字下沉: a paragraph's first character set three lines tall, the first lines indented round
it) opens the first paragraph and heads no article of its own (PDF mode)."""

from __future__ import annotations

import banmian
import pymupdf

_TEXT = ("春天一到，老屋后面的菜园就热闹起来了。母亲每天天不亮就下地，翻土、浇水、搭架子，"
         "一垄一垄的青菜长得整整齐齐。她说，地是不会亏待勤快人的。") * 3


def _page(path):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((40, 50), "2026年3月14日 星期六 第8版 副刊", fontname="china-ss", fontsize=9)
    page.draw_line((40, 60), (802, 60))
    page.insert_text((120, 110), "老屋后的菜园", fontname="china-s", fontsize=26)
    page.insert_text((40, 173), _TEXT[0], fontname="china-s", fontsize=36)  # the cap, three lines tall
    rest, y = _TEXT[1:], 150
    for i in range(3):  # the lines beside it, indented round it
        page.insert_text((84, y), rest[17 * i:17 * (i + 1)], fontname="china-ss", fontsize=10.5)
        y += 16
    rest = rest[51:]
    for i in range(0, len(rest), 20):
        page.insert_text((40, y), rest[i:i + 20], fontname="china-ss", fontsize=10.5)
        y += 16
    doc.save(path)
    return path


def test_drop_cap_opens_the_first_paragraph(tmp_path):
    (article,) = banmian.parse(_page(tmp_path / "p.pdf"), enrich=False).articles
    assert article.headline.title == "老屋后的菜园"
    assert "".join(article.paragraphs) == _TEXT
