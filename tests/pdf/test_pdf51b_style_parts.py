"""Rows parted by white space only: an article's text is set in one size and
face, so a row of columns set in another, under a band of white space, is
another article's text (here one whose headline is on another page), not
the rest of the article over it (PDF mode; invented pages drawn with PyMuPDF)."""

from __future__ import annotations

from pathlib import Path

import banmian
import pytest

pytest.importorskip("pymupdf")

from pdf_samples import OLD_STREET, PROJECTS, band_header, blank_page, page_articles, save, set_columns, texts_by_title  # noqa: E402

LEFTS = (40.0, 194.0, 348.0)
WIDTH = 140.0


def _columns(page, text: str, top: float, size: float) -> float:
    """Flow ``text`` into the three columns at ``size`` (the first line
    indented two), as many lines a column as it takes; the row's foot."""
    per = int(WIDTH // size)
    rows = -(-(len(text) + 2) // (3 * per))
    lead = 1.5 * size
    set_columns(page, text, LEFTS, top + size, per, size, lead, rows)
    return top + size + (rows - 1) * lead + 0.3 * size


def _page(path: Path, headline: bool, rest_size: float, vertical: bool = False) -> Path:
    doc, page = blank_page(560, 420)
    band_header(page, 5)
    top = 80.0
    if vertical:  # set 竖排 right of its columns, their tops level with its own
        for k, ch in enumerate("项目提速"):
            page.insert_text((500, top + 18 + 20 * k), ch, fontname="china-s", fontsize=18)
    elif headline:
        page.insert_text((40, 95), "新区重点项目建设提速", fontname="china-s", fontsize=24)
        top = 115.0
    foot = _columns(page, PROJECTS, top, 10.0)
    _columns(page, OLD_STREET, foot + 18.0, rest_size)  # white space only between the rows
    return save(doc, path)


def _articles(path: Path) -> dict[str | None, str]:
    articles = page_articles(path)
    return texts_by_title(articles)


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
