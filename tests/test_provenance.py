"""Provenance: every output field names the source blocks it came from, and
the check that compares them catches a layout that loses or misplaces text.

The pages are built here (text pages, and PDF pages with PyMuPDF); the
mutations are made to the parser's output, as a faulty layout would."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import banmian
from banmian.model import Edition, Role
from banmian.provenance import check_provenance

TEXT_PAGE = """江城日报 2020年1月15日 星期三 第3版 要闻

十件民生实事确定

■ 记者 周明远 通讯员 李晓

本报讯 1月14日，市政府召开常务会议，研究部署今年
的民生实事项目。会议确定了十件实事，涵盖教育、医
疗、养老和交通等方面。

　　会议要求各部门倒排工期，确保年底前全部完成。市
长王建国出席会议并讲话。

新图书馆开门迎客

本报讯 城东新图书馆昨日开馆，首日接待读者三千余
人次。馆内设有少儿阅览区和数字阅读体验区。

　　开馆首日，不少市民一早便在门口排队等候入馆。
"""

def _text_edition() -> Edition:
    return banmian.parse_text(TEXT_PAGE, enrich=False)


def _pdf_edition(tmp_path: Path) -> Edition:
    pymupdf = pytest.importorskip("pymupdf")
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "pdf"))
    from pdf_samples import BODY_A, BODY_B, BODY_C, Story, newspaper_page, save

    doc = pymupdf.open()
    newspaper_page(doc, 2, [
        Story("十件民生实事确定", [BODY_A, BODY_C], columns=3, opener="■ 记者 周明远", kicker="市政府常务会议确定"),
        Story("新图书馆开门迎客", [BODY_B], columns=3),
    ])
    return banmian.parse(save(doc, tmp_path / "page-02.pdf"), enrich=False)


@pytest.fixture(params=["text", "pdf"])
def edition(request: pytest.FixtureRequest, tmp_path: Path) -> Edition:
    return _text_edition() if request.param == "text" else _pdf_edition(tmp_path)


def _first_with(edition: Edition, what: str):  # noqa: ANN202
    for article in edition.articles:
        if what == "paragraphs" and len(article.paragraphs) >= 2:
            return article
        if what == "bylines" and article.bylines:
            return article
    pytest.fail(f"the test page lost its {what}: {[a.to_dict() for a in edition.articles]}")


def test_every_field_is_traced_to_its_blocks(edition: Edition) -> None:
    assert len(edition.articles) == 2
    assert check_provenance(edition) == []
    for article in edition.articles:
        prov = article.provenance
        assert prov.title and len(prov.paragraphs) == len(article.paragraphs)
        ids = {b.id for b in article.blocks}
        for block in article.blocks:
            assert block.id and block.role
        assert all(i in ids for ids_ in prov.paragraphs for i in ids_)


def test_dropping_a_paragraph_is_caught(edition: Edition) -> None:
    article = _first_with(edition, "paragraphs")
    article.paragraphs.pop()
    assert check_provenance(edition)
    article.provenance.paragraphs.pop()  # dropped with its provenance: its blocks are in no paragraph
    assert any("in no paragraph" in p for p in check_provenance(edition))


def test_moving_a_byline_is_caught(edition: Edition) -> None:
    source = _first_with(edition, "bylines")
    target = next(a for a in edition.articles if a is not source)
    target.bylines.append(source.bylines.pop(0))
    target.provenance.bylines.append(source.provenance.bylines.pop(0))
    assert any("byline" in p for p in check_provenance(edition))


def test_swapping_two_blocks_roles_is_caught(edition: Edition) -> None:
    article = edition.articles[0]
    title = next(b for b in article.blocks if b.role == Role.TITLE)
    body = next(b for b in article.blocks if b.role == Role.BODY)
    title.role, body.role = body.role, title.role
    assert any("role" in p for p in check_provenance(edition))


def test_moving_text_between_paragraphs_is_caught(edition: Edition) -> None:
    article = _first_with(edition, "paragraphs")
    article.paragraphs[0], article.paragraphs[1] = article.paragraphs[1], article.paragraphs[0]
    assert check_provenance(edition)


def test_provenance_survives_json(edition: Edition) -> None:
    data = json.loads(json.dumps(edition.to_dict(), ensure_ascii=False))
    article = data["pages"][0]["articles"][0]
    assert article["provenance"]["paragraphs"] and article["blocks"]
    assert {"id", "role", "text"} <= set(article["blocks"][0])
    back = Edition.from_dict(copy.deepcopy(data))
    assert check_provenance(back) == []
    assert back.to_dict() == data


def test_pdf_blocks_carry_page_and_bbox(tmp_path: Path) -> None:
    edition = _pdf_edition(tmp_path)
    for article in edition.articles:
        for block in article.blocks:
            assert block.page == 2
            x0, y0, x1, y1 = block.bbox
            assert 0 <= x0 < x1 <= edition.pages[0].width and 0 <= y0 < y1 <= edition.pages[0].height


def test_text_blocks_carry_their_line_range() -> None:
    edition = _text_edition()
    lines = TEXT_PAGE.splitlines()
    for article in edition.articles:
        for block in article.blocks:
            assert block.line_start is not None
            assert lines[block.line_start - 1].strip() == block.lines[0].strip()
