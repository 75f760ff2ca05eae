"""A run-in byline in brackets at the start of an article's first paragraph,
after its dateline, its three names set with no space between them and the
bracket wrapped inside the last name (本报讯（记者郭建华周敏罗 / 佳怡）正文): the
names were read as one run of eight glyphs, no byline, and the bracket stayed
in the text. Three names run together are now cut (glued_names._three_run_together).
Invented text, a page built with tests/pdf/pdf_samples.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import FONT, HEAD_FONT, LINE, blank_page, header, page_articles, save, set_column  # noqa: E402

_TITLE = "城郊菜农迎来好收成"
_REST = ("今年入冬以来，城郊的几个蔬菜基地陆续迎来采收旺季，大棚里的黄瓜、番茄长势喜人，"
         "菜农们忙着采摘、装箱，发往城里的超市和农贸市场。")


def _article(path, opening: str, wrapped: str):
    """The titled article of a page whose first paragraph opens with ``opening`` (dateline and
    bracketed names) and goes on in a column opening with ``wrapped`` (the bracket's tail)."""
    doc, page = blank_page(595, 842)
    header(page, 2)
    x, per = 40.0, 16
    page.insert_text((x, 130), _TITLE, fontname=HEAD_FONT, fontsize=20)
    page.insert_text((x + 20, 170), opening, fontname=FONT, fontsize=10)
    set_column(page, wrapped + _REST, x, 170 + LINE, per, indent=False)
    return next(a for a in page_articles(save(doc, path)) if a.headline.title == _TITLE)


def test_three_names_run_together_in_an_opening_bracket_are_the_bylines(tmp_path):
    article = _article(tmp_path / "run_in.pdf", "本报讯（记者郭建华周敏罗", "佳怡）")
    assert [b.name for b in article.bylines] == ["郭建华", "周敏", "罗佳怡"]
    assert article.paragraphs[0].startswith("今年入冬以来")


def test_three_names_set_apart_by_spaces_keep_the_printed_cut(tmp_path):
    """A guard: the printed spaces, not the surnames, cut names set apart (（记者 林晨 吴立 邵明 / 文）: by
    the surnames alone 林晨吴立邵明文 would read 吴立邵 and 明文)."""
    article = _article(tmp_path / "spaced.pdf", "本报讯 （记者 林晨 吴立 邵明", "文）")
    assert [b.name for b in article.bylines] == ["林晨", "吴立", "邵明文"]
