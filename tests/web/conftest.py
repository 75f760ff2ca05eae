"""The reader over each backend, holding the fictional editions, through FastAPI's TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.archive.archive_samples import BACKENDS

TOKEN = "test-token-1234"
P = "%E6%B1%9F%E5%9F%8E%E6%97%A5%E6%8A%A5"  # 江城日报, URL-quoted


@pytest.fixture(params=BACKENDS)
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
    pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")
    from fastapi.testclient import TestClient

    from banmian.web.app import create_app
    from tests.archive.archive_samples import all_editions, open_test_archive

    with open_test_archive(request.param, tmp_path) as (archive, url):
        for edition in all_editions():
            archive.ingest(edition)
        app = create_app(url, ingest_token=TOKEN, max_body_bytes=64 * 1024)
        with TestClient(app) as test_client:
            yield test_client
