"""A figure pulled out of a report's text in large type with a short label in small type under it
(86.5亿元 / 全年外贸进出口) repeats what the text says: it is no paragraph and does not cut the sentence
running past it from one column to the next (PDF mode). A figure called out over a sentence in the
body's type (a 数读 box) stays the article's paragraph."""

from __future__ import annotations

import banmian
import pymupdf

_COL1 = "青川县去年外贸进出口总额达到八十六点五亿元，同比增长百分之十二，创历史新高。其中，出口农产品和"
_COL2 = "竹编工艺品增长最快，带动了上万名群众就业增收。县商务局负责人表示，今年将继续培育外贸新业态。"


def _page(path, label_size: float):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((40, 50), "2026年3月14日 星期六 第3版 经济", fontname="china-ss", fontsize=9)
    page.draw_line((40, 60), (802, 60))
    page.insert_text((100, 110), "青川外贸创新高", fontname="china-s", fontsize=24)
    for col, (x, text) in enumerate(((40, _COL1), (220, _COL2))):
        y = 140
        for i in range(0, len(text), 10):
            page.insert_text((x, y), text[i:i + 10], fontname="china-ss", fontsize=10.5)
            y += 16
        if col == 0:  # the figure at the first column's foot, the sentence going on in the next column
            page.insert_text((50, y + 24), "86.5亿元", fontname="china-s", fontsize=24)
            page.insert_text((60, y + 40), "全年外贸进出口", fontname="china-ss", fontsize=label_size)
    doc.save(path)
    return path


def test_pulled_figure_is_no_paragraph(tmp_path):
    (article,) = banmian.parse(_page(tmp_path / "p.pdf", 8.0), enrich=False).articles
    assert article.paragraphs == [_COL1 + _COL2]


def test_figure_over_text_in_body_type_is_kept():
    from banmian.layout.decorations import decoration_lines
    from banmian.model import TextLine

    figure = TextLine("86.5亿元", (50, 300, 150, 324), 24.0)
    small = TextLine("全年外贸进出口", (60, 326, 140, 334), 8.0)
    body_type = TextLine("全年外贸进出口", (60, 326, 140, 336.5), 10.5)
    assert decoration_lines([figure, small], 10.5) == [figure, small]
    assert decoration_lines([figure, body_type], 10.5) == []
