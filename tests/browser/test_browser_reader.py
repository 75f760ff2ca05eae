"""The reader in a real headless Chromium (Debian's package, driven by Playwright),
on a phone-size screen: calendar -> page -> article zone -> article -> person ->
search with a two-character query. Screenshots go to tests/artifacts/browser/.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from banmian.model import Place
from tests.archive.archive_samples import all_editions, open_test_archive, skip_or_fail

CHROMIUM = os.environ.get("BANMIAN_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "browser"
PHONE = {"width": 390, "height": 844}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"]


def page_png(width: int, height: int) -> bytes:
    """A plain PNG 'scan' of a page: paper colour with grey column lines (made here, no files)."""
    rows = []
    for y in range(height):
        inked = y % 14 in (6, 7, 8) and 30 < y < height - 30
        line = bytearray()
        for x in range(width):
            grey = inked and (x % 260) > 20
            line += bytes((120, 120, 120) if grey else (251, 248, 241))
        rows.append(b"\x00" + bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn", reason="the web reader needs the 'web' extra")
    from banmian.web.app import create_app

    tmp = tmp_path_factory.mktemp("browser")
    with open_test_archive("sqlite", tmp) as (archive, url):
        editions = all_editions()
        editions[0].pages[0].articles[0].places = [Place("江城", ["江东省", "江城市"])]
        archive.ingest(editions[0], images={1: (page_png(400, 550), "image/png")})
        for edition in editions[1:]:
            archive.ingest(edition)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.time() + 20
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("browser tests need Playwright for Python: pip install 'banmian[browser-tests]'")
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                      locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


def shot(page: object, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def fits_phone(page: object) -> bool:
    width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    return width <= PHONE["width"] + 1


def test_reader_journey_on_a_phone(server: str, browser_page: object) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto(server + "/")  # type: ignore[attr-defined]
    expect(page.locator("h2")).to_contain_text("2024年5月 · 江城日报")  # type: ignore[attr-defined]
    days = page.locator("td.has a.day")  # type: ignore[attr-defined]
    expect(days).to_have_count(2)
    assert fits_phone(page)
    shot(page, "1-calendar")

    days.first.click()
    expect(page.locator("h1")).to_contain_text("江城日报")  # type: ignore[attr-defined]
    expect(page.locator("a.page-link")).to_have_count(2)  # type: ignore[attr-defined]
    shot(page, "2-edition")

    page.locator("a.page-link").first.click()  # type: ignore[attr-defined]
    expect(page.locator("h1")).to_have_text("第1版 · 要闻")  # type: ignore[attr-defined]
    zones = page.locator("svg a.zone")  # type: ignore[attr-defined]
    expect(zones).to_have_count(3)
    image_width = page.evaluate("document.querySelector('.sheet img').naturalWidth")  # type: ignore[attr-defined]
    assert image_width == 400  # the page image loaded
    box = page.locator(".sheet").bounding_box()  # type: ignore[attr-defined]
    assert box and box["width"] <= PHONE["width"] and abs(box["height"] / box["width"] - 1100 / 800) < 0.05
    assert fits_phone(page)
    shot(page, "3-page")

    zones.first.click()
    expect(page.locator("article h1")).to_have_text("江城加快推进城建项目")  # type: ignore[attr-defined]
    expect(page.locator("article .kicker")).to_have_text("市领导调研重点工程时强调")  # type: ignore[attr-defined]
    expect(page.locator("article .subtitle")).to_contain_text("确保年内完成五条道路改造")  # type: ignore[attr-defined]
    expect(page.locator(".bylines")).to_contain_text("记者 陈思远")  # type: ignore[attr-defined]
    expect(page.locator(".dateline")).to_have_text("本报讯")  # type: ignore[attr-defined]
    expect(page.locator(".cont a")).to_have_text("第2版")  # type: ignore[attr-defined]
    expect(page.locator("a[rel=next]")).to_contain_text("春耕时节农事忙")  # type: ignore[attr-defined]
    assert fits_phone(page)
    shot(page, "4-article")

    page.locator("a.person", has_text="周明远").click()  # type: ignore[attr-defined]
    expect(page.locator("h1")).to_have_text("周明远")  # type: ignore[attr-defined]
    expect(page.locator("table.titles tbody tr")).to_have_count(2)  # type: ignore[attr-defined]
    expect(page.locator("table.titles")).to_contain_text("江城市市长")  # type: ignore[attr-defined]
    expect(page.locator("ul.list li")).to_have_count(3)  # type: ignore[attr-defined]
    shot(page, "5-person")

    box = page.locator("header.top input[name=q]")  # type: ignore[attr-defined]
    box.fill("城建")
    box.press("Enter")
    expect(page.locator("p.count")).to_contain_text("找到 3 篇")  # type: ignore[attr-defined]
    expect(page.locator("li.hit")).to_have_count(3)  # type: ignore[attr-defined]
    expect(page.locator("li.hit mark").first).to_have_text("城建")  # type: ignore[attr-defined]
    assert fits_phone(page)
    shot(page, "6-search")

    page.locator("summary").click()  # type: ignore[attr-defined]
    page.locator("select[name=paper]").select_option("海滨晚报")  # type: ignore[attr-defined]
    page.locator("form.search button").click()  # type: ignore[attr-defined]
    expect(page.locator("li.hit")).to_have_count(1)  # type: ignore[attr-defined]
    expect(page.locator("li.hit .hit-title")).to_have_text("海滨城建新规出台")  # type: ignore[attr-defined]
    shot(page, "7-search-filtered")


def test_text_mode_page_reads_too(server: str, browser_page: object) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto(server + "/editions/江城日报/2024-05-01/pages/2")  # type: ignore[attr-defined]
    zones = page.locator("a.text-zone")  # type: ignore[attr-defined]
    expect(zones).to_have_count(2)
    zones.nth(1).click()
    expect(page.locator("article h1")).to_have_text("老旧小区改造惠及万户")  # type: ignore[attr-defined]
    shot(page, "8-text-mode-article")


def test_page_image_zooms_when_tapped_on_a_phone(server: str, browser_page: object) -> None:
    """Scaled to a phone's width the page image cannot be read: a tap on 放大版面 makes it
    three times as wide, scrolling inside its frame (the page itself stays phone-wide)."""
    from playwright.sync_api import expect

    page = browser_page
    page.goto(server + "/editions/江城日报/2024-05-01/pages/1")  # type: ignore[attr-defined]
    sheet = page.locator(".sheet")  # type: ignore[attr-defined]
    narrow = sheet.bounding_box()
    page.locator("label.zoom-label").tap()  # type: ignore[attr-defined]
    expect(page.locator(".zoom-out")).to_be_visible()  # type: ignore[attr-defined]
    wide = sheet.bounding_box()
    assert narrow and wide and wide["width"] > 2.4 * narrow["width"]
    assert fits_phone(page)  # the frame scrolls, not the page
    shot(page, "9-page-zoomed")
    page.locator("svg a.zone").first.tap()  # type: ignore[attr-defined]  # zones still lead to their articles
    expect(page.locator("article h1")).to_have_text("江城加快推进城建项目")  # type: ignore[attr-defined]
    places = page.locator("section.places")  # type: ignore[attr-defined]
    expect(places).to_contain_text("江城")
    indent = places.locator("li").first.evaluate("e => getComputedStyle(e).textIndent")
    assert indent == "0px"  # not set like a body paragraph


def test_form_controls_are_styled(server: str, browser_page: object) -> None:
    page = browser_page
    for path, selector in (("/", "form.papers select"), ("/people", "form.prefix input[name=prefix]")):
        page.goto(server + path)  # type: ignore[attr-defined]
        style = page.locator(selector).evaluate(  # type: ignore[attr-defined]
            "e => { const s = getComputedStyle(e); return [s.borderTopLeftRadius, s.fontFamily, s.borderTopColor]; }")
        body_font = page.evaluate("getComputedStyle(document.body).fontFamily")  # type: ignore[attr-defined]
        assert style[0] == "4px" and style[1] == body_font and style[2] == "rgb(221, 211, 192)", (path, style)
