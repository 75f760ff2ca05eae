"""POST /api/ingest with a date that names no day answers 400, never 500."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from banmian.web.app import create_app  # noqa: E402
from tests.archive.archive_samples import SAMPLE_PAGE_TEXT, edition_may_first, open_test_archive  # noqa: E402

TOKEN = "test-token-5678"
AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    with open_test_archive("sqlite", tmp_path) as (_archive, url):
        with TestClient(create_app(url, ingest_token=TOKEN), raise_server_exceptions=False) as test_client:
            yield test_client


@pytest.mark.parametrize("date", ["2023-02-30", "2023-13-01"])
def test_text_page_with_an_impossible_date(client: TestClient, date: str) -> None:
    response = client.post("/api/ingest", params={"paper": "江城日报", "date": date},
                           content=SAMPLE_PAGE_TEXT.encode(), headers={**AUTH, "content-type": "text/plain"})
    assert response.status_code == 400 and date in response.json()["detail"]


@pytest.mark.parametrize("where", ["query", "body"])
def test_json_edition_with_an_impossible_date(client: TestClient, where: str) -> None:
    data = edition_may_first().to_dict()
    params = {"date": "2023-02-30"} if where == "query" else {}
    if where == "body":
        data["edition"]["date"] = "2023-02-30"
    response = client.post("/api/ingest", params=params, content=json.dumps(data, ensure_ascii=False).encode(),
                           headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 400 and "2023-02-30" in response.json()["detail"]
    assert client.get("/api/editions").json()["editions"] == []
