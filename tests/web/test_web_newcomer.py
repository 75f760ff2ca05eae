"""What a newcomer met in the reader (issue 10, defect 10): a missing icon, bare form
controls, a place list that read as body text, a page image too small on a phone."""

from __future__ import annotations

import json
import re
import struct

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the 'web' extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx: pip install 'banmian[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from banmian.model import Place  # noqa: E402
from tests.archive.archive_samples import edition_may_first  # noqa: E402
from tests.web.conftest import P, TOKEN  # noqa: E402


def css_rules(client: TestClient) -> dict[str, str]:
    """Selector -> declarations of the stylesheet (a rule with several selectors under each)."""
    css = re.sub(r"/\*.*?\*/", "", client.get("/static/style.css").text, flags=re.S)
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        for selector in selectors.split(","):
            rules[" ".join(selector.split())] = rules.get(" ".join(selector.split()), "") + body
    return rules


def test_favicon_is_served(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    reserved, kind, count = struct.unpack("<HHH", icon.content[:6])
    assert (reserved, kind, count) == (0, 1, 1) and icon.content[22:30] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/static/favicon.svg").status_code == 200
    assert 'rel="icon" href="/static/favicon.svg"' in client.get("/").text


def test_paper_select_and_people_prefix_box_are_styled(client: TestClient) -> None:
    rules = css_rules(client)
    for selector in (".papers select", ".prefix input"):
        assert "border:" in rules.get(selector, "") and "font: inherit" in rules[selector], selector
    assert 'class="papers"' in client.get("/").text and "<select" in client.get("/").text
    assert re.search(r'<form class="prefix"[^>]*>\s*<input name="prefix"', client.get("/people").text)


def test_places_are_set_apart_from_the_body(client: TestClient) -> None:
    edition = edition_may_first()
    edition.pages[0].articles[0].places = [Place("江城", ["江东省", "江城市"]), Place("城西区")]
    stored = client.post("/api/ingest", content=json.dumps(edition.to_dict()).encode(),
                         headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"})
    assert stored.status_code == 201, stored.text
    html = client.get(f"/articles/{P}/2024-05-01/1/1").text
    places = re.search(r'<section class="places">(.*?)</section>', html, re.S)
    assert places and "<p" not in places.group(1), "the places must not be a paragraph of the story"
    assert "<h2>文中地点</h2>" in places.group(1) and "<li>江城 <small>江东省 江城市</small></li>" in places.group(1)
    rules = css_rules(client)
    assert "border-top" in rules[".places"] and "list-style: none" in rules[".places ul"]


def test_page_view_offers_zoom_and_the_image_itself(client: TestClient) -> None:
    html = client.get(f"/editions/{P}/2024-05-01/pages/1").text
    toggle = html.index('<input type="checkbox" id="zoom" class="zoom-toggle">')
    assert toggle < html.index('<label for="zoom" class="zoom-label">') < html.index('<div class="sheet-scroll">')
    rules = css_rules(client)
    assert "width: 300%" in rules[".zoom-toggle:checked ~ .sheet-scroll .sheet"]
    assert "overflow: auto" in rules[".sheet-scroll"]
