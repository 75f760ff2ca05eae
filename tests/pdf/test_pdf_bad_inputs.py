"""Bad PDFs give clear errors or results, never a traceback; in a folder
the other files still parse."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

import banmian  # noqa: E402
from banmian.cli import main  # noqa: E402
from banmian.errors import PdfError  # noqa: E402
from pdf_samples import BODY_B, BODY_C, Story, newspaper_page, save  # noqa: E402

ZERO_PAGES = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
              b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
              b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def good_pdf(path: Path, number: int = 1) -> Path:
    doc = pymupdf.open()
    newspaper_page(doc, number, [Story("正常的版面", [BODY_B, BODY_C], columns=3)])
    return save(doc, path)


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "edition"
    folder.mkdir()
    good = good_pdf(folder / "page-01.pdf")
    data = good.read_bytes()
    truncated = folder / "page-02.pdf"
    truncated.write_bytes(data[: len(data) // 3])
    doc = pymupdf.open(good)
    encrypted = folder / "page-03.pdf"
    doc.save(encrypted, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="secret")
    zero = folder / "page-04.pdf"
    zero.write_bytes(ZERO_PAGES)
    not_pdf = folder / "page-05.pdf"
    not_pdf.write_text("这不是PDF文件，只是一段文字。", encoding="utf-8")
    empty = folder / "page-06.pdf"
    empty.write_bytes(b"")
    return {"good": good, "truncated": truncated, "encrypted": encrypted, "zero": zero,
            "not_pdf": not_pdf, "empty": empty}


@pytest.mark.parametrize("name, message", [
    ("encrypted", "page-03.pdf: the PDF is encrypted"),
    ("zero", "page-04.pdf: the PDF has no pages"),
    ("not_pdf", "page-05.pdf: not a PDF file"),
    ("empty", "page-06.pdf: the file is empty"),
])
def test_clear_error(bad_files: dict[str, Path], name: str, message: str) -> None:
    with pytest.raises(PdfError) as caught:
        banmian.parse(bad_files[name], enrich=False)
    assert message in str(caught.value)


REPAIRED = "page-02.pdf: damaged file, repaired by MuPDF: text may be missing"


def test_truncated_file_is_repaired_and_says_so(bad_files: dict[str, Path]) -> None:
    """MuPDF repairs the file cut after its first third; what survived is the
    header: the page says the file was damaged, and no text is invented."""
    edition = banmian.parse(bad_files["truncated"], enrich=False)
    [page] = edition.pages
    assert (page.status, page.warnings) == ("parsed", [REPAIRED])
    assert page.to_dict()["warnings"] == [REPAIRED]
    assert (edition.date, page.meta.get("weekday")) == ("2020-01-15", "星期三")  # the header survived the cut
    good = banmian.parse(bad_files["good"], enrich=False).articles[0]
    good_text = good.headline.title + "".join(good.paragraphs)
    for article in edition.articles:
        assert all(p in good_text for p in article.paragraphs)


def test_truncated_file_left_with_its_header_has_no_article(bad_files: dict[str, Path]) -> None:
    edition = banmian.parse(bad_files["truncated"], enrich=False)
    assert edition.articles == [] and edition.paper == "江城日报"


def test_folder_keeps_going(bad_files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    folder = bad_files["good"].parent
    results = {Path(r.source).name: r for r in banmian.parse_many([folder])}
    assert (results["page-01.pdf"].status, results["page-01.pdf"].warnings) == ("parsed", [])
    assert REPAIRED in results["page-02.pdf"].warnings
    for name in ("page-03.pdf", "page-04.pdf", "page-05.pdf", "page-06.pdf"):
        assert results[name].status == "failed" and name in (results[name].error or "")
    code = main(["parse", str(folder), "--no-enrich", "-f", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "正常的版面" in out
    assert "Traceback" not in err and "page-03.pdf" in err


def test_five_hundred_pages(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for number in range(1, 501):
        page = doc.new_page(width=595, height=842)
        page.insert_text((50, 80), f"第{number}版", fontname="china-s", fontsize=12)
        page.insert_text((50, 120), "本页只有一行正文，用来检查很长的文件。", fontname="china-ss", fontsize=10)
    path = save(doc, tmp_path / "big.pdf")
    start = time.perf_counter()
    edition = banmian.parse(path, enrich=False)
    assert len(edition.pages) == 500
    assert [p.number for p in edition.pages[:3]] == [1, 2, 3]
    assert time.perf_counter() - start < 60


def test_page_limit_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from banmian.sources import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 2)
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page()
    path = save(doc, tmp_path / "three.pdf")
    with pytest.raises(PdfError, match="three.pdf: 3 pages, more than the 2"):
        banmian.parse(path, enrich=False)
