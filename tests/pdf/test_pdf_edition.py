"""Edition level: a multi-page PDF, a folder of page PDFs ordered by the
page number in their header, continuation links and ``--join``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from banmian.cli import main  # noqa: E402
from banmian.layout.join import join_continuations  # noqa: E402
from pdf_samples import BODY_A, BODY_B, BODY_C, BODY_D, Story, newspaper_page, save  # noqa: E402

FIRST_HALF = "市政府昨天召开常务会议，研究部署今年的民生实事项目，会议确定了十件实事，涵盖教育、"
SECOND_HALF = "医疗、养老和交通等方面。会议要求各部门倒排工期，确保年底前全部完成。"


def two_pages(doc: pymupdf.Document) -> None:
    newspaper_page(doc, 1, [
        Story("十件民生实事确定", [BODY_A, FIRST_HALF], columns=3, trailer="（下转第2版）"),
        Story("本周后期将明显降温", [BODY_D], columns=3),
    ])
    newspaper_page(doc, 2, [
        Story("十件民生实事确定", [SECOND_HALF, BODY_C], columns=3, opener="（上接第1版）"),
        Story("新图书馆开门迎客", [BODY_B], columns=3),
    ], section="综合")


def test_multi_page_pdf_links_and_join(tmp_path: Path) -> None:
    doc = pymupdf.open()
    two_pages(doc)
    path = save(doc, tmp_path / "edition.pdf")
    edition = banmian.parse(path, enrich=False)
    assert [(p.number, p.section) for p in edition.pages] == [(1, "要闻"), (2, "综合")]
    first = next(a for a in edition.pages[0].articles if a.headline.title == "十件民生实事确定")
    rest = next(a for a in edition.pages[1].articles if a.headline.title == "十件民生实事确定")
    assert (first.continues_to, first.continued_from) == (2, None)
    assert (rest.continued_from, rest.continues_to) == (1, None)
    assert first.paragraphs[-1] == FIRST_HALF and rest.paragraphs[0] == SECOND_HALF
    assert not any("下转" in p or "上接" in p for a in edition.articles for p in a.paragraphs)

    joined = join_continuations(edition)
    merged = next(a for a in joined.pages[0].articles if a.headline.title == "十件民生实事确定")
    assert merged.paragraphs == [BODY_A.removeprefix("本报讯 "), FIRST_HALF + SECOND_HALF, BODY_C]
    assert merged.continues_to is None
    assert [a.headline.title for a in joined.pages[1].articles] == ["新图书馆开门迎客"]
    assert {b.page for b in merged.blocks} == {1, 2}
    leftovers = "".join(b.text for p in joined.pages for b in p.unassigned).replace("\n", "")
    assert SECOND_HALF[:12] not in leftovers and "上接" not in leftovers  # the merged part left page 2


def test_folder_is_one_edition_in_header_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = pymupdf.open()
    two_pages(doc)
    folder = tmp_path / "2020-01-15"
    folder.mkdir()
    # names that sort the wrong way: the header's 第N版 decides the order
    for index, name in ((0, "b.pdf"), (1, "a.pdf")):
        single = pymupdf.open()
        single.insert_pdf(doc, from_page=index, to_page=index)
        save(single, folder / name)
    assert main(["parse", str(folder), "--no-enrich", "--join"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["edition"] == {"paper": "江城日报", "date": "2020-01-15"}
    assert [p["number"] for p in out["pages"]] == [1, 2]
    titles = [a["headline"]["title"] for p in out["pages"] for a in p["articles"]]
    assert titles.count("十件民生实事确定") == 1
    joined = next(a for p in out["pages"] for a in p["articles"] if a["headline"]["title"] == "十件民生实事确定")
    assert FIRST_HALF + SECOND_HALF in joined["paragraphs"]
    assert joined["bbox"] and all(len(b) == 4 for b in joined["bbox"])


def test_page_number_from_file_name_when_no_header(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((36, 120), "没有报头的版面", fontname="china-s", fontsize=22)
    for i, line in enumerate(["　　开馆首日，不少市民一早就在门口排起长队。", "读者王女士说，新馆环境安静。"]):
        page.insert_text((36, 160 + i * 15), line, fontname="china-ss", fontsize=10)
    path = save(doc, tmp_path / "2020-01-15_page-07.pdf")
    edition = banmian.parse(path, enrich=False)
    assert edition.date == "2020-01-15" and edition.pages[0].number == 7
