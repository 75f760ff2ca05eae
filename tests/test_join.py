"""``--join`` in text mode: the merged part leaves page 2 entirely (its text appears once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import banmian
from banmian.cli import main
from banmian.layout.join import join_continuations
from banmian.model import Edition

PAGE_1 = ("江城日报 2024年5月1日 星期三 第1版 要闻\n\n十件民生实事确定\n\n"
          "本报讯 市政府昨天召开常务会\n议，研究部署今年的民生实事项\n目，会议确定了十件实事，涵盖\n教育、\n（下转第2版）\n")
PAGE_2 = ("江城日报 2024年5月1日 星期三 第2版 综合\n\n（上接第1版）\n"
          "医疗、养老和交通等方面。会议\n要求各部门倒排工期，确保年底\n前全部完成。\n\n"
          "新图书馆开门迎客\n\n本报讯 开馆首日，不少市民一早\n就在门口排起长队。\n")
MERGED = ("市政府昨天召开常务会议，研究部署今年的民生实事项目，会议确定了十件实事，涵盖教育、"
          "医疗、养老和交通等方面。会议要求各部门倒排工期，确保年底前全部完成。")


def _edition() -> Edition:
    pages = [banmian.parse_text(text, page=n, enrich=False).pages[0] for n, text in ((1, PAGE_1), (2, PAGE_2))]
    return Edition(paper="江城日报", date="2024-05-01", pages=pages)


def _squash(text: str) -> str:
    return "".join(text.split())


def test_joined_part_leaves_nothing_behind_on_its_page() -> None:
    edition = join_continuations(_edition())
    first, second = edition.pages
    assert [a.paragraphs for a in first.articles] == [[MERGED]]
    assert [a.headline.title for a in second.articles] == ["新图书馆开门迎客"]
    assert [(b.role, b.text) for b in second.unassigned] == [("header", "江城日报 2024年5月1日 星期三 第2版 综合")]
    assert [(b.role, b.text) for b in first.unassigned] == [("header", "江城日报 2024年5月1日 星期三 第1版 要闻")]
    merged = first.articles[0]
    assert {b.page for b in merged.blocks} == {1, 2}  # the part's blocks go with it, keeping their page


def test_joined_text_appears_once_in_the_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "2024-05-01"
    folder.mkdir()
    (folder / "page-01.txt").write_text(PAGE_1, encoding="utf-8")
    (folder / "page-02.txt").write_text(PAGE_2, encoding="utf-8")
    assert main(["parse", str(folder), "--no-enrich", "--join"]) == 0
    doc = json.loads(capsys.readouterr().out)
    printed = _squash(json.dumps([[a["paragraphs"] for a in p["articles"]] + p["unassigned"] for p in doc["pages"]],
                                 ensure_ascii=False))
    assert printed.count("医疗、养老和交通等方面") == 1
    assert printed.count("上接第1版") == 0
    unassigned = [u["text"] for p in doc["pages"] for u in p["unassigned"]]
    merged = doc["pages"][0]["articles"][0]
    assert {b.get("page") for b in merged.get("blocks", [])} <= {1, 2}  # its blocks, if exported, keep their page
    assert unassigned == ["江城日报 2024年5月1日 星期三 第1版 要闻", "江城日报 2024年5月1日 星期三 第2版 综合"]


def test_without_join_both_parts_stay_on_their_pages() -> None:
    edition = _edition()
    assert [len(p.articles) for p in edition.pages] == [1, 2]
    assert [(b.role, b.text) for b in edition.pages[1].unassigned] == [
        ("header", "江城日报 2024年5月1日 星期三 第2版 综合")]
