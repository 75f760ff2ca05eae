"""A label boxed right under a headline and its byline (短评, 观察) is the
article's column tag: the first column under it, opening with an editor's
note lower than the column beside it, is the headline's text, not a part
with no headline of its own. PDF mode; an invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

from pdf_samples import band_header, set_column  # noqa: E402

NOTE = ("编者按：春节前后，各地记者回到家乡，走进田间地头，记录乡村发展的新变化，今天起本版推出系列报道，"
        "与读者分享记者回乡过年期间的见闻。")
TEXT = ("腊月二十八，车驰在通往家乡的公路上，临街白墙上新涂的宣传画闯入眼帘，几朵正打伞的香菇憨态可掬，"
        "旁边还整齐地写着一行小字，交口三宝。香菇何时竟成了三宝，我不禁心生疑惑，记忆中县里一直都在跟能源打交道，"
        "邻座的大哥笑着说，你太久没回来，那已经是过去时了，现在交口有新三宝，香菇更是一路蹿升，远销国外。")


def _page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=420)
    band_header(page, 3)
    page.insert_text((40, 86), "小香菇成了大产业", fontname="china-ss", fontsize=16)
    page.insert_text((40, 104), "本报记者　李　明", fontname="china-ss", fontsize=9)
    page.draw_rect(pymupdf.Rect(40, 114, 80, 134), color=(0, 0, 0), width=0.8)
    page.insert_text((46, 129), "观察", fontname="china-ss", fontsize=13)
    set_column(page, NOTE, 40, 152, 14, rows=12)
    set_column(page, TEXT, 194, 122, 14, rows=14)
    doc.save(path)
    return path


def test_a_label_right_under_a_headline_tags_its_first_column(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf")), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["小香菇成了大产业"], [
        (a.headline.title, "".join(a.paragraphs)[:12]) for a in articles]
    body = "".join(articles[0].paragraphs)
    assert body.startswith("编者按") and "腊月二十八" in body
