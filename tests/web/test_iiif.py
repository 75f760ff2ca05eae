"""IIIF in the reader: the Image API 3 service of page images and the Presentation 3
manifest of an edition, through FastAPI's TestClient on SQLite."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")
Image = pytest.importorskip("PIL.Image", reason="the IIIF image service needs the 'formats' extra (Pillow)")
jsonschema = pytest.importorskip("jsonschema")

from fastapi.testclient import TestClient  # noqa: E402

from banmian.web.app import create_app  # noqa: E402
from tests.archive.archive_samples import all_editions, open_test_archive  # noqa: E402
from tests.web.conftest import P  # noqa: E402
from tests.web.iiif_schema import INFO_SCHEMA, MANIFEST_SCHEMA  # noqa: E402

BASE = f"/iiif/{P}/2024-05-01"
SERVICE = f"http://testserver{BASE}/pages/1"


def page_image(width: int = 400, height: int = 550) -> bytes:
    """A page 'scan' (made here): paper colour, a dark block top left, where article 1 sits."""
    image = Image.new("RGB", (width, height), (251, 248, 241))
    image.paste((40, 40, 40), (10, 10, 260, 280))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with open_test_archive("sqlite", tmp_path_factory.mktemp("iiif")) as (archive, url):
        editions = all_editions()
        archive.ingest(editions[0], images={1: (page_image(), "image/png")})  # page 2 is a text page
        for edition in editions[1:]:
            archive.ingest(edition)
        with TestClient(create_app(url)) as test_client:
            yield test_client


def test_info_json(client: TestClient) -> None:
    response = client.get(f"{BASE}/pages/1/info.json")
    assert response.status_code == 200 and response.headers["access-control-allow-origin"] == "*"
    info = response.json()
    jsonschema.validate(info, INFO_SCHEMA)
    assert (info["id"], info["width"], info["height"], info["profile"]) == (SERVICE, 400, 550, "level1")
    ld = client.get(f"{BASE}/pages/1/info.json", headers={"Accept": "application/ld+json"})
    assert ld.headers["content-type"] == 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"'
    redirect = client.get(f"{BASE}/pages/1", follow_redirects=False)
    assert (redirect.status_code, redirect.headers["location"]) == (303, SERVICE + "/info.json")


@pytest.mark.parametrize(("path", "mime", "size", "pixel"), [
    ("full/max/0/default.jpg", "image/jpeg", (400, 550), (40, 40, 40)),
    ("full/200,/0/default.png", "image/png", (200, 275), (40, 40, 40)),
    ("full/,110/0/default.png", "image/png", (80, 110), (40, 40, 40)),
    ("full/pct:50/0/default.png", "image/png", (200, 275), (40, 40, 40)),
    ("300,300,100,250/max/0/default.png", "image/png", (100, 250), (251, 248, 241)),  # outside the dark block
    ("0,0,100,100/50,50/0/gray.png", "image/png", (50, 50), 40),
    ("pct:0,0,50,50/!100,100/0/default.png", "image/png", (73, 100), (40, 40, 40)),
    ("square/max/0/default.png", "image/png", (400, 400), (40, 40, 40)),
    ("350,500,100,100/max/0/default.png", "image/png", (50, 50), (251, 248, 241)),  # cut at the image's edge
])
def test_image_requests(client: TestClient, path: str, mime: str, size: tuple[int, int], pixel: object) -> None:
    response = client.get(f"{BASE}/pages/1/{path}")
    assert response.status_code == 200 and response.headers["content-type"] == mime
    image = Image.open(io.BytesIO(response.content))
    assert image.size == size
    probe = image.getpixel((image.size[0] // 4, image.size[1] // 4))
    if isinstance(pixel, tuple) and mime == "image/jpeg":
        assert all(abs(a - b) <= 8 for a, b in zip(probe, pixel))  # JPEG is lossy
    else:
        assert probe == pixel


@pytest.mark.parametrize(("path", "message"), [
    ("5000,0,10,10/max/0/default.jpg", "region '5000,0,10,10' lies outside the 400x550 image"),
    ("0,0,0,10/max/0/default.jpg", "region '0,0,0,10' has no area"),
    ("left/max/0/default.jpg", "region 'left' is not full, square, x,y,w,h or pct:x,y,w,h"),
    ("pct:120,0,10,10/max/0/default.jpg", "region 'pct:120,0,10,10': percentages run from 0 to 100"),
    ("full/800,/0/default.jpg", "size '800,' asks for 800x1100, larger than the 400x550 region"),
    ("full/^800,/0/default.jpg", "size '^800,': upscaling (^) is not supported"),
    ("full/0,/0/default.jpg", "size '0,' gives an empty image (0x0)"),
    ("full/big/0/default.jpg", "size 'big' is not max"),
    ("full/!100,/0/default.jpg", "size '!100,': !w,h needs both a width and a height"),
    ("full/99999999999999999999,/0/default.jpg", "upscaling is not offered"),
    ("full/max/90/default.jpg", "rotation '90' is not supported: only 0"),
    ("full/max/!0/default.jpg", "rotation '!0' is not supported"),
    ("full/max/0/sepia.jpg", "quality 'sepia' is not offered"),
    ("full/max/0/default.tif", "format 'tif' is not offered"),
    ("full/max/0/default", "'default' must be quality.format"),
])
def test_bad_requests_are_400_with_the_reason(client: TestClient, path: str, message: str) -> None:
    response = client.get(f"{BASE}/pages/1/{path}")
    assert response.status_code == 400, response.text
    assert message in response.json()["detail"]
    assert response.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize(("path", "status"), [
    (f"{BASE}/pages/2/info.json", 404),  # a text page: no image
    (f"{BASE}/pages/2/full/max/0/default.jpg", 404),
    (f"{BASE}/pages/9/info.json", 404),
    (f"/iiif/{P}/2024-05-02/manifest.json", 404),  # a text-mode edition: nothing to show
    (f"/iiif/{P}/2031-01-01/manifest.json", 404),
    (f"/iiif/{P}/not-a-date/manifest.json", 404),
    (f"{BASE}/pages/99999999999999999999/info.json", 422),
    (f"{BASE}/pages/-1/full/max/0/default.jpg", 422),
])
def test_missing_things_are_4xx(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_manifest_has_a_canvas_per_page_image_and_an_annotation_per_zone(client: TestClient) -> None:
    response = client.get(f"{BASE}/manifest.json")
    assert response.status_code == 200 and response.headers["access-control-allow-origin"] == "*"
    manifest = response.json()
    jsonschema.validate(manifest, MANIFEST_SCHEMA)
    assert manifest["id"] == f"http://testserver{BASE}/manifest.json"
    assert manifest["label"] == {"zh": ["江城日报 2024-05-01"]}
    [canvas] = manifest["items"]  # page 2 is a text page: no canvas
    assert (canvas["label"], canvas["width"], canvas["height"]) == ({"zh": ["第1版 要闻"]}, 400, 550)
    painting = canvas["items"][0]["items"][0]
    assert painting["target"] == canvas["id"]
    assert painting["body"]["service"][0]["id"] == SERVICE
    assert client.get(painting["body"]["id"].removeprefix("http://testserver")).status_code == 200
    zones = canvas["annotations"][0]["items"]
    # the zones of page 1 (800 x 1100 points) scaled to the 400 x 550 image
    assert [z["target"].split("#xywh=")[1] for z in zones] == ["10,10,250,270", "270,10,120,270", "10,290,380,250"]
    links = [z["seeAlso"][0]["id"] for z in zones]
    assert links == [f"http://testserver/articles/{P}/2024-05-01/1/{n}" for n in (1, 2, 3)]
    assert [z["seeAlso"][0]["label"]["zh"][0] for z in zones] == ["江城加快推进城建项目", "春耕时节农事忙", "图书馆延长开放时间"]
    assert zones[0]["body"]["value"] == f'<p><a href="{links[0]}">江城加快推进城建项目</a></p>'
    assert client.get(links[0].removeprefix("http://testserver")).status_code == 200
    # the edition page links the manifest, and its JSON twin says where it is
    assert client.get(f"/api/editions/{P}/2024-05-01").json()["iiif_manifest"] == f"{BASE}/manifest.json"
    assert f'href="{BASE}/manifest.json"' in client.get(f"/editions/{P}/2024-05-01").text
    assert "iiif_manifest" not in client.get(f"/api/editions/{P}/2024-05-02").json()


def test_the_reader_page_view_is_unchanged(client: TestClient) -> None:
    html = client.get(f"/editions/{P}/2024-05-01/pages/1").text
    assert html.count('class="zone"') == 3 and f'src="/editions/{P}/2024-05-01/pages/1/image"' in html


def test_a_damaged_stored_image_is_a_404_not_a_500(tmp_path: Path) -> None:
    with open_test_archive("sqlite", tmp_path) as (archive, url):
        archive.ingest(all_editions()[0], images={1: (b"\x89PNG not really", "image/png")})
        with TestClient(create_app(url), raise_server_exceptions=False) as test_client:
            for path in ("/manifest.json", "/pages/1/info.json", "/pages/1/full/max/0/default.jpg"):
                response = test_client.get(BASE + path)
                assert response.status_code == 404, (path, response.text)
                assert "the stored page image cannot be read" in response.json()["detail"]
