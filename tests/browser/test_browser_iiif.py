"""IIIF in a real headless Chromium: a viewer's view of an edition. From a page of
another origin (a viewer's site, so CORS must allow it) the browser reads the
edition's manifest, loads its first canvas image through the Image API at two
sizes and a region, and follows an article annotation to the reader."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote

import pytest

from tests.browser.test_browser_reader import browser_page, server, shot  # noqa: F401  (fixtures)

PAPER = quote("江城日报", safe="")


class _ViewerPage(BaseHTTPRequestHandler):
    """An empty page on another port: another origin, as a viewer's own site is."""

    def do_GET(self) -> None:  # noqa: N802
        body = b"<!doctype html><title>viewer</title><body></body>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def viewer() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _ViewerPage)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    thread.join(5)


def fetch_json(page: Any, url: str) -> Any:
    return page.evaluate("async url => { const r = await fetch(url); return {status: r.status, "
                         "kind: r.type, body: await r.json()}; }", url)


def test_a_viewer_opens_an_edition_by_its_manifest(server: str, browser_page: object,  # noqa: F811
                                                   viewer: str) -> None:
    page: Any = browser_page
    edition = f"{server}/editions/{PAPER}/2024-05-01"
    page.goto(edition)
    manifest_url = page.locator("a.iiif-manifest").get_attribute("href")
    assert manifest_url == f"/iiif/{PAPER}/2024-05-01/manifest.json"

    # a viewer on a site of its own (Mirador, Universal Viewer): another origin, so CORS must allow it
    page.goto(viewer)
    got = fetch_json(page, server + manifest_url)
    assert (got["status"], got["kind"]) == (200, "cors")  # read across origins: CORS allowed it
    manifest = got["body"]
    assert manifest["type"] == "Manifest" and manifest["label"] == {"zh": ["江城日报 2024-05-01"]}
    # the reader's own JSON twins (not offered to other origins): read as the test, not as the viewer
    edition_json = page.request.get(f"{server}/api/editions/{PAPER}/2024-05-01").json()
    with_images = [p["number"] for p in edition_json["pages"] if p["has_image"]]
    assert with_images == [1] and len(manifest["items"]) == 1  # page 2 is a text page
    canvas = manifest["items"][0]
    service = canvas["items"][0]["items"][0]["body"]["service"][0]["id"]
    assert service == f"{server}/iiif/{PAPER}/2024-05-01/pages/1"

    info = fetch_json(page, service + "/info.json")
    assert info["kind"] == "cors"
    assert (info["body"]["width"], info["body"]["height"]) == (canvas["width"], canvas["height"]) == (400, 550)

    requests = {"small": "full/100,/0/default.jpg", "medium": "full/,275/0/default.png",
                "region": "0,0,200,120/max/0/gray.jpg"}
    imgs = "".join(f'<img id="{k}" src="{service}/{v}">' for k, v in requests.items())
    page.evaluate("html => { document.body.innerHTML = html; }", imgs)
    page.wait_for_function("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    sizes = page.evaluate("Object.fromEntries([...document.images].map(i => [i.id, [i.naturalWidth, i.naturalHeight]]))")
    assert sizes == {"small": [100, 138], "medium": [200, 275], "region": [200, 120]}
    shot(page, "10-iiif-images")

    page_json = page.request.get(f"{server}/api/editions/{PAPER}/2024-05-01/pages/1").json()
    zones = canvas["annotations"][0]["items"]
    expected = [(a["headline"]["title"], f"{server}/articles/{PAPER}/2024-05-01/1/{a['seq']}")
                for a in page_json["articles"] for _ in a["bbox"]]
    assert [(z["seeAlso"][0]["label"]["zh"][0], z["seeAlso"][0]["id"]) for z in zones] == expected
    assert len(zones) == 3
    x, y, w, h = (int(v) for v in zones[0]["target"].split("#xywh=")[1].split(","))
    bx0, by0, bx1, by1 = page_json["articles"][0]["bbox"][0]
    scale = canvas["width"] / page_json["width"]
    assert (x, y, w, h) == (round(bx0 * scale), round(by0 * scale), round((bx1 - bx0) * scale),
                            round((by1 - by0) * scale))

    page.goto(zones[0]["seeAlso"][0]["id"])
    assert page.locator("article h1").inner_text() == "江城加快推进城建项目"
