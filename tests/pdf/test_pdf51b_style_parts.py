"""Rows parted by white space only: an article's text is set in one size and
face, so a row of columns set in another, under a band of white space, is
another article's text (here one whose headline is on another page), not
the rest of the article over it (PDF mode; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pymupdf = pytest.importorskip("pymupdf")

LEFTS = (40.0, 194.0, 348.0)
WIDTH = 140.0
OWN = ("新区今年围绕产业升级和民生改善两条主线推出一批重点项目全区固定资产投资保持较快增长"
       "管委会有关负责人介绍新开工的项目涉及先进制造现代物流和社区服务等领域预计年内新增就业岗位三千余个"
       "为保障项目顺利推进新区建立了项目专班制度由专人跟踪协调用地审批和资金等问题做到当天问题当天解决"
       "新区还将继续优化营商环境为企业提供更加便利的服务让更多项目早日落地见效。")
REST = ("街坊们提着碗陆续赶来掌柜的说这门手艺传到他手里已是第四代守着老方法做豆腐图的是一个实在"
        "街坊们吃着放心如今年轻的徒弟也学会了点卤的火候还在网上开了小店把老街的味道送到了更远的地方"
        "每逢节日订单多起来一家人忙到深夜也不觉得累掌柜的说只要有人爱吃这门手艺就不会断在他的手里"
        "老街改造以后来往的游客越来越多小店门前常常排起长队。")


def _columns(page, text: str, top: float, size: float) -> float:
    """Flow ``text`` into the three columns at ``size`` (the first line
    indented two), as many lines a column as it takes; the row's foot."""
    per = int(WIDTH // size)
    rows = -(-(len(text) + 2) // (3 * per))
    lead = 1.5 * size
    k = 0
    for x in LEFTS:
        for n in range(rows):
            first = k == 0
            take = per - 2 if first else per
            if k < len(text):
                page.insert_text((x + (2 * size if first else 0), top + size + n * lead), text[k:k + take],
                                 fontname="china-ss", fontsize=size)
            k += take
    return top + size + (rows - 1) * lead + 0.3 * size


def _page(path: Path, headline: bool, rest_size: float, vertical: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=560, height=420)
    page.insert_text((40, 50), "河西日报  2025年3月6日 星期四  第5版  城市", fontname="china-ss", fontsize=9)
    page.draw_line((40, 58), (520, 58))
    top = 80.0
    if vertical:  # set 竖排 right of its columns, their tops level with its own
        for k, ch in enumerate("项目提速"):
            page.insert_text((500, top + 18 + 20 * k), ch, fontname="china-s", fontsize=18)
    elif headline:
        page.insert_text((40, 95), "新区重点项目建设提速", fontname="china-s", fontsize=24)
        top = 115.0
    foot = _columns(page, OWN, top, 10.0)
    _columns(page, REST, foot + 18.0, rest_size)  # white space only between the rows
    doc.save(path)
    return path


def _articles(path: Path) -> dict[str | None, str]:
    articles = banmian.parse(str(path), enrich=False).pages[0].articles
    return {a.headline.title: "".join(a.paragraphs) for a in articles}


def test_a_row_in_another_size_under_white_space_is_not_the_articles_over_it(tmp_path):
    by_title = _articles(_page(tmp_path / "p.pdf", headline=True, rest_size=11.0))
    assert set(by_title) == {"新区重点项目建设提速", None}, by_title
    assert by_title["新区重点项目建设提速"].endswith("早日落地见效。")
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")


def test_a_row_in_another_size_under_a_vertical_headlines_columns_is_not_its(tmp_path):
    """The columns on one side of the headline only: that side's text is its own."""
    by_title = _articles(_page(tmp_path / "p.pdf", headline=False, rest_size=11.0, vertical=True))
    assert set(by_title) == {"项目提速", None}, by_title
    assert by_title["项目提速"].endswith("早日落地见效。")
    assert by_title[None].startswith("街坊们提着碗") and by_title[None].endswith("常常排起长队。")


def test_two_headless_rows_in_two_sizes_are_two_parts(tmp_path):
    articles = banmian.parse(str(_page(tmp_path / "p.pdf", headline=False, rest_size=11.0)),
                             enrich=False).pages[0].articles
    texts = sorted("".join(a.paragraphs) for a in articles)
    assert len(texts) == 2, texts
    assert texts[0].startswith("新区今年") and texts[0].endswith("早日落地见效。")
    assert texts[1].startswith("街坊们提着碗") and texts[1].endswith("常常排起长队。")


def test_a_row_in_the_articles_own_size_under_white_space_stays_its(tmp_path):
    """The same rows in one size: nothing parts them (no style cue)."""
    by_title = _articles(_page(tmp_path / "p.pdf", headline=True, rest_size=10.0))
    assert set(by_title) == {"新区重点项目建设提速"}, by_title
