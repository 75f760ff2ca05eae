"""The article view shows where each paragraph sits on its page: a paragraph
clicked lights up the lines it came from (its provenance) on the page image."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf", reason="the pdf extra (pymupdf) is not installed")
pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")

import banmian  # noqa: E402
from banmian.archive import open_archive  # noqa: E402

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))
from pdf_samples import BODY_A, BODY_C, Story, newspaper_page, save  # noqa: E402


def test_a_paragraph_links_to_its_lines_on_the_page(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from banmian.web.app import create_app

    doc = pymupdf.open()
    newspaper_page(doc, 2, [Story("十件民生实事确定", [BODY_A, BODY_C], columns=3)])
    edition = banmian.parse(save(doc, tmp_path / "page-02.pdf"), enrich=False)
    article = edition.articles[0]
    assert len(article.paragraphs) == 2
    url = str(tmp_path / "a.db")
    with open_archive(url) as archive:
        archive.ingest(edition)
    with TestClient(create_app(url)) as client:
        html = client.get(f"/articles/{edition.paper}/{edition.date}/2/1").text
    by_id = {b.id: b for b in article.blocks}
    for i, ids in enumerate(article.provenance.paragraphs, 1):
        assert f'href="#on-page-{i}"' in html
        group = re.search(rf'<g id="on-page-{i}" class="para-zone">(.*?)</g>', html)
        assert group, f"paragraph {i} has no zone on the page"
        xs = sorted(float(x) for x in re.findall(r'<rect x="([\d.]+)"', group.group(1)))
        assert xs == sorted(round(by_id[b].bbox[0], 2) for b in ids)
    assert html.count('class="para-zone"') == len(article.paragraphs)
