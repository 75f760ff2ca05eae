"""Bad requests get a 4xx with a reason, never a 500 (issue 10, defects 6, 7 and 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from banmian.archive import open_archive  # noqa: E402
from banmian.errors import ArchiveError  # noqa: E402
from tests.archive.archive_samples import SAMPLE_PAGE_TEXT, edition_may_first  # noqa: E402
from tests.web.conftest import P, TOKEN  # noqa: E402

AUTH = {"authorization": f"Bearer {TOKEN}"}
JSON = {**AUTH, "content-type": "application/json"}


def edition_json(**changes: object) -> bytes:
    data = edition_may_first().to_dict()
    data.update(changes)
    return json.dumps(data, ensure_ascii=False).encode()


@pytest.mark.parametrize("path", [
    f"/editions/{P}/2024-05-01/pages/99999999999999999999",
    f"/api/editions/{P}/2024-05-01/pages/99999999999999999999",
    f"/editions/{P}/2024-05-01/pages/9223372036854775808/image",
    f"/api/articles/{P}/2024-05-01/1/99999999999999999999",
    f"/articles/{P}/2024-05-01/99999999999999999999/1",
    f"/api/editions/{P}/2024-05-01/pages/0",
    f"/api/editions/{P}/2024-05-01/pages/-1",
])
def test_huge_page_numbers_are_refused_with_a_reason(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500, (path, response.status_code)
    assert response.text and "Internal Server Error" not in response.text


@pytest.mark.parametrize(("body", "expected"), [
    (edition_json(pages=[1]), "pages.0"),
    (edition_json(pages="abc"), "pages"),
    (b'{"schema": "banmian/1", "pages": ' + b"[" * 30_000 + b"]" * 30_000 + b"}", "recursion"),
    (b"[" * 30_000 + b"]" * 30_000, "recursion"),
    (edition_json(pages=[{"number": 1e23, "articles": []}]), "pages.0.number"),
    (edition_json(pages=[{"number": 99999999999999999999, "articles": []}]), "pages.0.number"),
    (edition_json(pages=[{"number": 1, "articles": [{"id": "x", "bbox": [[1, 2, 3]]}]}]), "bbox"),
    (edition_json(pages=[{"number": 1, "articles": [{"id": "x", "continues_to": "第二版"}]}]), "continues_to"),
    (edition_json(pages=[{"number": 1, "articles": [], "unassigned": [{"role": "nonsense", "text": "x"}]}]),
     "role"),
    (b'"just a string"', "body is not a banmian/1 edition"),
    (b"\xff\xfe not utf-8", "body is not a banmian/1 edition"),
    (edition_json(edition={"paper": None, "date": "2024-05-01"}), "paper name is needed"),
    (edition_json(edition={"paper": "江城日报", "date": None}), "needs a date"),
    (edition_json(edition={"paper": "..", "date": "2024-05-01"}), "'..'"),
])
def test_bad_ingest_bodies_are_refused_with_a_reason(client: TestClient, body: bytes, expected: str) -> None:
    response = client.post("/api/ingest", content=body, headers=JSON)
    assert 400 <= response.status_code < 500, response.text[:300]
    assert expected in response.json()["detail"]


def test_a_text_page_without_a_paper_is_refused_with_a_reason(client: TestClient) -> None:
    response = client.post("/api/ingest", params={"date": "2024-06-01"}, content=SAMPLE_PAGE_TEXT.encode(),
                           headers={**AUTH, "content-type": "text/plain; charset=utf-8"})
    assert response.status_code == 400 and "?paper=" in response.json()["detail"]


@pytest.mark.parametrize("paper", ["..", ".", "a..b", "江城\x01日报", " "])
def test_paper_names_the_reader_cannot_show_are_refused(client: TestClient, paper: str) -> None:
    response = client.post("/api/ingest", params={"paper": paper, "date": "2024-06-01"},
                           content=SAMPLE_PAGE_TEXT.encode(), headers={**AUTH, "content-type": "text/plain"})
    assert 400 <= response.status_code < 500 and "paper" in response.text
    assert paper not in client.get("/api/editions").json()["papers"]


@pytest.mark.parametrize("authorization", [TOKEN, f"Basic {TOKEN}", f"Token {TOKEN}", f"Bearer{TOKEN}",
                                           "Bearer ", f"{TOKEN} Bearer"])
def test_only_the_bearer_scheme_is_accepted(client: TestClient, authorization: str) -> None:
    response = client.post("/api/ingest", content=edition_json(),
                           headers={"content-type": "application/json", "authorization": authorization})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    accepted = client.post("/api/ingest", content=edition_json(),
                           headers={"content-type": "application/json", "authorization": f"bearer {TOKEN}"})
    assert accepted.status_code == 201  # the scheme's name is case-insensitive (RFC 7235)


def test_size_refusals_carry_the_security_headers(client: TestClient) -> None:
    too_large = client.post("/api/ingest", content=b"x" * 70_000, headers={**AUTH, "content-type": "text/plain"})
    too_long = client.get("/api/search", params={"q": "城", "section": "x" * 3000})
    for response, status in ((too_large, 413), (too_long, 414)):
        assert response.status_code == status
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("paper", ["..", "江城..日报", "a\\b", "江城\n日报"])
def test_the_archive_refuses_paper_names_the_reader_cannot_show(tmp_path: Path, paper: str) -> None:
    """Whatever stores it (``banmian ingest --paper``, the API, the library)."""
    edition = edition_may_first()
    edition.paper = paper
    with open_archive(tmp_path / "names.db") as archive:
        with pytest.raises(ArchiveError, match="usable paper name"):
            archive.ingest(edition)
        assert archive.papers() == []


def test_a_busy_archive_is_503_with_retry_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer holding the SQLite archive past the busy timeout: try again, not a 500."""
    import sqlite3

    from banmian.archive import sqlite as sqlite_backend
    from banmian.web.app import create_app

    monkeypatch.setattr(sqlite_backend, "BUSY_TIMEOUT_SECONDS", 0.2)
    db = tmp_path / "busy.db"
    app = create_app(str(db), ingest_token=TOKEN)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with TestClient(app) as client:
            response = client.post("/api/ingest", content=edition_json(), headers=JSON)
            assert response.status_code == 503 and response.headers["retry-after"] == "5"
            assert "busy" in response.json()["detail"]
    finally:
        other.close()


def test_a_page_stored_without_a_number_can_still_be_read(client: TestClient) -> None:
    """The archive stores such a page as number 0; bounding the URL's numbers must not hide it."""
    edition = edition_may_first()
    edition.pages = edition.pages[1:]
    edition.pages[0].number = None
    stored = client.post("/api/ingest", content=json.dumps(edition.to_dict()).encode(), headers=JSON)
    assert stored.status_code == 201, stored.text
    assert client.get(f"/api/editions/{P}/2024-05-01/pages/0").status_code == 200
    assert client.get(f"/articles/{P}/2024-05-01/0/1").status_code == 200
