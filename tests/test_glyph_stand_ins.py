"""Look-alike code points in extracted text (⽇ for 日): a PDF's ToUnicode map
or an extractor gives them; banmian reads the ideograph they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest

import banmian
from banmian.sources.glyphs import unify_ideographs

# a Kangxi radical or a compatibility ideograph for each of 日 人 生 文 一 不
STAND_INS = "\u2f47\u2f08\u2f63\u2f42\u2f00\uf967"


def test_stand_ins_become_the_ideographs_they_stand_for() -> None:
    assert unify_ideographs(STAND_INS) == "日人生文一不"
    assert unify_ideographs("\u22ef\u22ef") == "……"  # Adobe-GB1's ellipsis glyph


def test_punctuation_and_ordinary_text_are_left_as_they_are() -> None:
    text = "江城日报，２０２０年。“公园”（Ａ）"  # full-width forms NFKC would change
    assert unify_ideographs(text) is text


def _page(title: str, body: str) -> str:
    lines = ["江城日报", "2020年3月5日 星期四", "第4版 城建", "", title, "", "本报记者 李明远", ""]
    return "\n".join(lines + [body, "", body.replace("公园", "绿地"), ""])


BODY = "　　今年江城计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，方便周边居民休闲。"


def test_text_mode_reads_the_ideographs() -> None:
    stand_in_title = "江城新建三座公园 " + STAND_INS[0] + "夜开放"
    article = banmian.parse_text(_page(stand_in_title, BODY), enrich=False).articles[0]
    assert article.headline.title == "江城新建三座公园 日夜开放"


def test_pdf_mode_reads_the_ideographs(tmp_path: Path) -> None:
    pymupdf = pytest.importorskip("pymupdf")
    font_file = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")  # Debian's fonts-wqy-zenhei
    if not font_file.exists():
        pytest.skip(f"{font_file} is absent (apt-get install fonts-wqy-zenhei): a font with the stand-ins' glyphs")
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    page.insert_font(fontname="zenhei", fontfile=str(font_file))
    page.insert_text((40, 60), "市民" + STAND_INS + "报", fontname="zenhei", fontsize=12)
    path = tmp_path / "stand-ins.pdf"
    doc.save(path)
    assert STAND_INS in pymupdf.open(path)[0].get_text()  # the text layer has the stand-ins
    from banmian.sources.pdf import read_pdf

    assert [ln.text for ln in next(read_pdf(path)).lines] == ["市民日人生文一不报"]
