"""Geometric layout on a page the test builds: header metadata, headline
tiers by size, paragraphs by indentation, captions with credits, regions."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from banmian.model import Role  # noqa: E402
from pdf_samples import BODY_A, BODY_B, BODY_C, BODY_D, Story, newspaper_page, save  # noqa: E402


@pytest.fixture()
def page_pdf(tmp_path: Path) -> Path:
    doc = pymupdf.open()
    newspaper_page(doc, 3, [
        Story("新图书馆开门迎客", [BODY_A, BODY_B, BODY_C], kicker="城市文化设施再添新地标",
              subtitle="——藏书八十万册 全天向市民开放", columns=3,
              photo=("市民在新馆阅览区读书。", "本报记者 陈晨 摄")),
        Story("本周后期将明显降温", [BODY_D, BODY_B], columns=3),
    ])
    return save(doc, tmp_path / "page-03.pdf")


def test_header_becomes_edition_metadata(page_pdf: Path) -> None:
    edition = banmian.parse(page_pdf, enrich=False)
    page = edition.pages[0]
    assert (edition.paper, edition.date) == ("江城日报", "2020-01-15")
    assert (page.number, page.section) == (3, "要闻")
    assert page.meta["weekday"] == "星期三"
    assert "李明" in page.meta["editors"] and "王芳" in page.meta["editors"]
    texts = " ".join(p for a in page.articles for p in a.paragraphs)
    assert "江城日报" not in texts and "责任编辑" not in texts
    assert {b.role for b in page.unassigned} <= {Role.HEADER, Role.FOOTER}


def test_headline_tiers_paragraphs_caption(page_pdf: Path) -> None:
    page = banmian.parse(page_pdf, enrich=False).pages[0]
    first, second = sorted(page.articles, key=lambda a: a.bbox[0][0])
    assert first.headline.kicker == "城市文化设施再添新地标"
    assert first.headline.title == "新图书馆开门迎客"
    assert first.headline.subtitle == "——藏书八十万册 全天向市民开放"
    assert first.dateline == "本报讯"
    assert first.paragraphs == [BODY_A.removeprefix("本报讯 "), BODY_B, BODY_C]
    assert [(c.text, c.credit) for c in first.captions] == [("市民在新馆阅览区读书。", "陈晨")]
    assert second.headline.title == "本周后期将明显降温" and second.headline.kicker is None
    assert second.paragraphs == [BODY_D, BODY_B]


def test_regions_and_blocks_keep_geometry(page_pdf: Path) -> None:
    page = banmian.parse(page_pdf, enrich=False).pages[0]
    first, second = sorted(page.articles, key=lambda a: a.bbox[0][0])
    assert first.bbox and second.bbox
    right_of_first = max(b[2] for b in first.bbox)
    assert right_of_first <= min(b[0] for b in second.bbox)  # the two zones do not overlap
    for article in page.articles:
        for block in article.blocks:
            assert block.page == 3 and block.bbox is not None
    assert page.to_dict()["articles"][0]["bbox"]


def test_article_ids_and_schema(page_pdf: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from banmian.schema import json_schema

    edition = banmian.parse(page_pdf, enrich=False)
    assert [a.id for a in edition.articles] == ["2020-01-15/03/1", "2020-01-15/03/2"]
    jsonschema.validate(edition.to_dict(), json_schema())
