"""The web reader through FastAPI's TestClient, on both archive backends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from banmian.web.app import create_app  # noqa: E402
from tests.archive.archive_samples import SAMPLE_PAGE_TEXT, edition_may_first  # noqa: E402
from tests.web.conftest import P, TOKEN  # noqa: E402


@pytest.mark.parametrize(("html", "api"), [
    ("/?paper=" + P + "&month=2024-05", "/api/editions?paper=" + P + "&month=2024-05"),
    (f"/editions/{P}/2024-05-01", f"/api/editions/{P}/2024-05-01"),
    (f"/editions/{P}/2024-05-01/pages/1", f"/api/editions/{P}/2024-05-01/pages/1"),
    (f"/articles/{P}/2024-05-01/1/1", f"/api/articles/{P}/2024-05-01/1/1"),
    ("/search?q=%E5%9F%8E%E5%BB%BA", "/api/search?q=%E5%9F%8E%E5%BB%BA"),
    ("/people", "/api/people"),
    ("/people/%E5%91%A8%E6%98%8E%E8%BF%9C", "/api/people/%E5%91%A8%E6%98%8E%E8%BF%9C"),
])
def test_every_html_page_has_a_json_twin(client: TestClient, html: str, api: str) -> None:
    page = client.get(html)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="zh-CN">' in page.text and 'name="viewport"' in page.text
    assert f'href="{api.replace("&", "&amp;")}"' in page.text  # the page links to its twin
    twin = client.get(api)
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
    assert twin.json()


def test_calendar_marks_edition_days(client: TestClient) -> None:
    data = client.get("/api/editions", params={"paper": "江城日报", "month": "2024-05"}).json()
    days = [c["day"] for week in data["weeks"] for c in week if c and c["edition"]]
    assert days == [1, 2]
    html = client.get("/", params={"paper": "江城日报", "month": "2024-05"}).text
    assert "2024年5月" in html and f'href="/editions/{P}/2024-05-01"' in html


def test_page_view_draws_article_zones(client: TestClient) -> None:
    data = client.get(f"/api/editions/{P}/2024-05-01/pages/1").json()
    assert [z["key"] for z in data["zones"]] == [f"江城日报/2024-05-01/01/{i}" for i in (1, 2, 3)]
    html = client.get(f"/editions/{P}/2024-05-01/pages/1").text
    assert html.count('class="zone"') == 3 and 'viewBox="0 0 800.0 1100.0"' in html
    text_mode = client.get(f"/editions/{P}/2024-05-01/pages/2").text
    assert "文本版面" in text_mode and text_mode.count("text-zone") == 2


def test_article_view_shows_every_part(client: TestClient) -> None:
    html = client.get(f"/articles/{P}/2024-05-01/1/1").text
    for part in ("市领导调研重点工程时强调", "江城加快推进城建项目", "——确保年内完成五条道路改造", "记者 陈思远",
                 "本报讯", "倒排工期", "周明远", "江城市委书记", "下转", "春耕时节农事忙"):
        assert part in html, part
    assert f'href="/articles/{P}/2024-05-01/2/1"' in html  # continuation part
    assert f'href="/people/{"%E5%91%A8%E6%98%8E%E8%BF%9C"}"' in html
    caption = client.get(f"/articles/{P}/2024-05-01/1/2").text
    assert "农民在田间驾驶插秧机作业。" in caption and "李青 摄" in caption
    escaped = client.get(f"/articles/{P}/2024-05-01/1/3").text
    assert "<script>alert" not in escaped and "&lt;script&gt;" in escaped


def test_search_page_highlights_and_filters(client: TestClient) -> None:
    html = client.get("/search", params={"q": "城建"}).text
    assert "找到 <b>3</b> 篇" in html and "<mark>城建</mark>" in html
    data = client.get("/api/search", params={"q": "城建", "paper": "海滨晚报"}).json()
    assert [h["key"] for h in data["result"]["hits"]] == ["海滨晚报/2024-05-01/05/1"]
    data = client.get("/api/search", params={"q": "城", "person": "林晓华", "from": "2024-05-01",
                                             "to": "2024-05-01", "page": 1, "section": "要闻"}).json()
    assert [h["key"] for h in data["result"]["hits"]] == ["江城日报/2024-05-01/01/1"]


@pytest.mark.parametrize("query", ["城" * 21, "。。"])
def test_bad_queries_give_400_with_the_reason(client: TestClient, query: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 400 and repr(query) in response.json()["detail"]
    html = client.get("/search", params={"q": query})
    assert html.status_code == 400 and "class=\"error\"" in html.text


@pytest.mark.parametrize("value", ["' OR 1=1 --", "\"; DROP TABLE articles; --", "要闻' OR '1'='1"])
def test_injection_in_parameters_is_harmless(client: TestClient, value: str) -> None:
    """Quotes in the query and the filters are plain text: a search that finds nothing."""
    response = client.get("/api/search", params={"q": value[:20], "section": value, "person": value})
    assert response.status_code == 200
    result = response.json()["result"]
    assert (result["query"], result["total"], result["hits"]) == (value[:20], 0, [])
    assert (result["filters"]["section"], result["filters"]["person"]) == (value, value)
    filtered = client.get("/api/search", params={"q": "城建", "section": value}).json()["result"]
    assert (filtered["total"], filtered["hits"]) == (0, [])  # the filter is compared as a literal
    assert client.get("/api/search", params={"q": "城建", "section": "要闻"}).json()["result"]["total"] > 0
    assert client.get("/api/search", params={"q": "城建"}).json()["result"]["total"] == 3  # nothing was dropped


def test_people_index_and_titles_over_time(client: TestClient) -> None:
    people = client.get("/api/people").json()["people"]
    assert people[0]["name"] == "周明远" and people[0]["articles"] == 3
    person = client.get("/api/people/周明远").json()
    assert [t["title"] for t in person["titles"]] == ["江城市委书记", "江城市市长"]
    html = client.get("/people/周明远").text
    assert "江城市市长" in html and "新建学校九月开学" in html


def test_not_found_pages(client: TestClient) -> None:
    assert client.get(f"/editions/{P}/1999-01-01").status_code == 404
    assert client.get(f"/api/articles/{P}/2024-05-01/9/9").json()["detail"].startswith("no article")
    assert client.get("/people/无名氏").status_code == 404
    assert client.get(f"/editions/{P}/2024-05-01/pages/1/image").status_code == 404  # no image stored


@pytest.mark.parametrize("path", ["/static/../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
                                  "/static/%2e%2e/%2e%2e/etc/passwd", "/editions/..%2F..%2Fetc/2024-05-01",
                                  "/editions/%2e%2e/2024-05-01/pages/1", "/static//etc/passwd"])
def test_path_traversal_is_refused(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404 and "root:" not in response.text


def test_static_files_and_security_headers(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "@media" in css.text
    assert css.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_public_access_is_read_only(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)(f"/api/articles/{P}/2024-05-01/1/1")
        assert response.status_code == 405, method
    assert client.post("/search", data={"q": "城建"}).status_code == 405


def test_openapi_lists_the_json_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/editions/{paper}/{date}", "/api/articles/{paper}/{date}/{number}/{seq}",
                 "/api/people/{name}", "/api/ingest"):
        assert path in spec["paths"], path


def test_ingest_needs_the_token(client: TestClient) -> None:
    body = json.dumps(edition_may_first().to_dict(), ensure_ascii=False).encode()
    headers = {"content-type": "application/json"}
    assert client.post("/api/ingest", content=body, headers=headers).status_code == 401
    wrong = client.post("/api/ingest", content=body, headers={**headers, "authorization": "Bearer nope"})
    assert wrong.status_code == 401
    ok = client.post("/api/ingest", content=body, headers={**headers, "authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json()["articles"] == 5
    assert client.get("/api/search", params={"q": "城建"}).json()["result"]["total"] == 3  # replaced, not doubled


def test_ingest_a_text_page_over_http(client: TestClient) -> None:
    response = client.post("/api/ingest", params={"paper": "江城日报", "date": "2024-06-01", "page": 3},
                           content=SAMPLE_PAGE_TEXT.encode(),
                           headers={"content-type": "text/plain; charset=utf-8", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    assert client.get("/api/search", params={"q": "集中开工"}).json()["result"]["total"] >= 1


def test_ingest_refuses_bad_bodies(client: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/ingest", content=b"{not json", headers={**auth, "content-type": "application/json"}
                       ).status_code == 400
    assert client.post("/api/ingest", content=b'{"schema": "other"}',
                       headers={**auth, "content-type": "application/json"}).status_code == 400
    assert client.post("/api/ingest", content=b"x", headers={**auth, "content-type": "image/png"}).status_code == 415


def test_request_size_limit(client: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    big = ("城" * 40000).encode()  # 120 KB > the 64 KB limit of this app
    assert client.post("/api/ingest", content=big, headers=auth).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while streaming
        for _ in range(20):
            yield b"x" * 8192

    assert client.post("/api/ingest", content=chunks(), headers=auth).status_code == 413
    assert client.get("/api/search", params={"q": "城", "section": "x" * 3000}).status_code == 414


def test_ingest_is_off_without_a_configured_token(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "empty.db"), ingest_token="")
    with TestClient(app) as test_client:
        response = test_client.post("/api/ingest", content=b"{}", headers={"authorization": "Bearer ",
                                                                           "content-type": "application/json"})
        assert response.status_code == 403
        assert "档案库还是空的" in test_client.get("/").text
