"""PDF pages are stored with a rendered page image and their article zones."""

from __future__ import annotations

from pathlib import Path

import pytest

from banmian.archive.base import Archive
from banmian.archive.ingest import ingest_paths

pymupdf = pytest.importorskip("pymupdf", reason="PDF pages need the 'pdf' extra: pip install 'banmian[pdf]'")

BODY = ["本报讯 日前，江城市委书记周明远率队调研", "城建工作，要求倒排工期、挂图作战。周明",
        "远强调，要把群众出行放在首位，确保道路", "年内通车。"]


def make_pdf(path: Path) -> None:
    """A one-page PDF made here: a headline and a short body in a CJK font built into PyMuPDF."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "江城加快推进城建项目", fontname="china-s", fontsize=22)
    for row, line in enumerate(BODY):
        page.insert_text((60, 130 + 16 * row), line, fontname="china-s", fontsize=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)


def test_pdf_page_is_stored_with_image_and_zones(empty_archive: tuple[Archive, str], tmp_path: Path) -> None:
    archive = empty_archive[0]
    make_pdf(tmp_path / "2024-05-03" / "page-01.pdf")
    report = ingest_paths(archive, [tmp_path / "2024-05-03"], paper="江城日报", enrich=False, workers=1)
    assert report.failures == [] and report.pages == 1 and report.articles >= 1
    page = archive.page("江城日报", "2024-05-03", 1)
    assert (page["width"], page["height"], page["has_image"]) == (595.0, 842.0, True)
    assert all(len(box) == 4 for a in page["articles"] for box in a["bbox"]) and page["articles"][0]["bbox"]
    image, kind = archive.page_image("江城日报", "2024-05-03", 1)
    assert kind == "image/png" and image.startswith(b"\x89PNG") and len(image) > 1000
    assert archive.search("挂图作战")["total"] == 1


def test_failed_inputs_are_reported_and_the_rest_stored(empty_archive: tuple[Archive, str], tmp_path: Path) -> None:
    archive = empty_archive[0]
    folder = tmp_path / "2024-05-04"
    make_pdf(folder / "page-01.pdf")
    (folder / "page-02.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    report = ingest_paths(archive, [folder], paper="江城日报", enrich=False, workers=1)
    assert [source for source, _ in report.failures] == [str(folder / "page-02.pdf")]
    assert report.pages == 1 and archive.stats()["pages"] == 1
