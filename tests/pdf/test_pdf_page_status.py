"""PDF inputs: metadata is checked before any parsing, and a page whose
layout fails is exported as failed (never dropped silently)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from banmian.cli import main  # noqa: E402
from banmian.layout import geometric  # noqa: E402
from pdf_samples import BODY_B, BODY_C, BODY_D, Story, newspaper_page, save  # noqa: E402


def two_page_pdf(path: Path) -> Path:
    doc = pymupdf.open()
    newspaper_page(doc, 1, [Story("新图书馆开门迎客", [BODY_B, BODY_C], columns=3)])
    newspaper_page(doc, 2, [Story("本周后期将明显降温", [BODY_D], columns=3)], section="综合")
    return save(doc, path)


@pytest.mark.parametrize(("meta", "message"), [
    ({"date": "15/01/2020"}, "date must be YYYY-MM-DD, got '15/01/2020'"),
    ({"date": "2020-1-15"}, "date must be YYYY-MM-DD, got '2020-1-15'"),
    ({"page": 0}, "page must be a positive whole number, got 0"),
    ({"page": "3"}, "page must be a positive whole number, got '3'"),
])
def test_bad_metadata_is_refused_for_a_pdf(tmp_path: Path, meta: dict, message: str) -> None:
    path = two_page_pdf(tmp_path / "edition.pdf")
    with pytest.raises(banmian.UsageError) as caught:
        banmian.parse(path, enrich=False, **meta)
    assert str(caught.value) == message


def test_metadata_is_checked_before_the_pdf_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from banmian.sources import pdf

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the PDF was read before the metadata was checked")

    monkeypatch.setattr(pdf, "read_pdf", must_not_run)
    broken = tmp_path / "page-01.pdf"
    broken.write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(banmian.UsageError, match="'15/01/2020'"):
        banmian.parse(broken, date="15/01/2020", enrich=False)


def test_a_good_date_makes_the_ids(tmp_path: Path) -> None:
    edition = banmian.parse(two_page_pdf(tmp_path / "edition.pdf"), date="2020-01-16", enrich=False)
    assert [a.id for a in edition.articles] == ["2020-01-16/01/1", "2020-01-16/02/1"]


def test_parse_many_fails_each_input_on_a_bad_date(tmp_path: Path) -> None:
    path = two_page_pdf(tmp_path / "edition.pdf")
    results = list(banmian.parse_many([path], date="15/01/2020", enrich=False))
    assert [(r.status, r.error) for r in results] == [("failed", "date must be YYYY-MM-DD, got '15/01/2020'")]


@pytest.fixture()
def second_page_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = geometric.build_pdf_page

    def build(content, source=None, number=None):  # type: ignore[no-untyped-def]
        if content.index == 1:
            raise ValueError("grid of zero columns")
        return real(content, source=source, number=number)

    monkeypatch.setattr(geometric, "build_pdf_page", build)


WARNING = "page 2: layout failed (ValueError: grid of zero columns); its text is left out"


@pytest.mark.usefixtures("second_page_fails")
def test_a_failed_page_is_in_the_json_with_its_status_and_warning(tmp_path: Path) -> None:
    doc = banmian.parse(two_page_pdf(tmp_path / "edition.pdf"), enrich=False).to_dict()
    assert [(p["number"], p["status"], p["warnings"]) for p in doc["pages"]] == [
        (1, "parsed", []), (2, "failed", [WARNING])]
    assert doc["pages"][1]["articles"] == [] and doc["pages"][1]["size"] == [842.0, 1191.0]
    assert [a["headline"]["title"] for a in doc["pages"][0]["articles"]] == ["新图书馆开门迎客"]


@pytest.mark.usefixtures("second_page_fails")
def test_parse_many_reports_an_input_with_a_failed_page_as_partial(tmp_path: Path) -> None:
    path = two_page_pdf(tmp_path / "edition.pdf")
    [result] = banmian.parse_many([path], enrich=False)
    assert (result.status, result.error) == ("partial", None)
    assert result.warnings == [WARNING]


@pytest.mark.usefixtures("second_page_fails")
def test_cli_names_the_failed_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = two_page_pdf(tmp_path / "edition.pdf")
    assert main(["parse", str(path), "--no-enrich"]) == 0  # partial: the rest is written
    out, err = capsys.readouterr()
    assert [p["status"] for p in json.loads(out)["pages"]] == ["parsed", "failed"]
    assert f"edition.pdf: warning: {WARNING}" in err


def test_every_page_parsed_is_parsed(tmp_path: Path) -> None:
    [result] = banmian.parse_many([two_page_pdf(tmp_path / "edition.pdf")], enrich=False)
    assert (result.status, result.warnings) == ("parsed", [])
    assert [p.status for p in result.edition.pages] == ["parsed", "parsed"]
