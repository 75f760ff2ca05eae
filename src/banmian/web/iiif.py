"""IIIF for the reader: an Image API 3 service per page image and a
Presentation 3 manifest per edition, so Mirador or Universal Viewer open an
edition by its manifest URL (``/iiif/{paper}/{date}/manifest.json``).

Page images are the ones rendered from the PDF once, at ingest, and kept in
the archive; the service decodes each at most once while it is in use (a
small cache of decoded pages) and keeps recent answers (tiles, thumbnails).
A canvas has the size of its page image in pixels; each article zone (its
``bbox`` in points) becomes an annotation on it, scaled to those pixels,
whose body links to the article's page in the reader. Only pages with an
image get a canvas (a text-mode page has nothing to show). Responses carry
``Access-Control-Allow-Origin: *``: viewers load them from other sites.
"""

from __future__ import annotations

import html
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from ..errors import UsageError
from .iiif_image import FORMATS, QUALITIES, Plan, plan, render

IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json"
PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json"
JSON_LD = 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"'
CORS = {"Access-Control-Allow-Origin": "*"}
TILE = 512


class _Lru:
    """A small thread-safe least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
            return None

    def put(self, key: Any, value: Any) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


def add_iiif_routes(app: FastAPI, archive: Callable[[], Any], check_path: Callable[[str, str], None],
                    page_number: Any, article_url: Callable[[str], str]) -> None:
    """Add the Image API and the manifests to the reader's ``app`` (the reader gives
    its archive, its path check, its page-number parameter and its article URLs)."""
    decoded = _Lru(4)  # decoded page images: ~10 MB each at 110 dpi
    answers = _Lru(256)  # encoded tiles and sizes
    render_lock = threading.Lock()

    def page_image(paper: str, date: str, number: int) -> tuple[Any, int]:
        """The decoded page image and a checksum of its bytes (a re-ingested page is a new image)."""
        check_path(paper, date)
        found = archive().page_image(paper, date, number)
        if not found:
            raise HTTPException(404, f"page {number} of {paper!r} {date!r} has no image (a text-mode page or no page)")
        data = found[0]
        key = (paper, date, number, len(data), zlib.crc32(data))
        image = decoded.get(key)
        if image is None:
            image = _decode(data)
            decoded.put(key, image)
        return image, key[-1]

    sizes = _Lru(1024)  # (page, checksum) -> (width, height): a manifest needs sizes, not pixels

    def image_size(paper: str, date: str, number: int) -> tuple[int, int]:
        """The page image's size, read from its header (no decoding)."""
        found = archive().page_image(paper, date, number)
        if not found:
            raise HTTPException(404, f"page {number} of {paper!r} {date!r} has no image")
        key = (paper, date, number, len(found[0]), zlib.crc32(found[0]))
        size = sizes.get(key)
        if size is None:
            size = _header_size(found[0])
            sizes.put(key, size)
        return size  # type: ignore[no-any-return]

    def service_id(request: Request, paper: str, date: str, number: int) -> str:
        return f"{_base(request)}/iiif/{quote(paper, safe='')}/{date}/pages/{number}"

    @app.get("/iiif/{paper}/{date}/pages/{number}", include_in_schema=False)
    def image_base(request: Request, paper: str, date: str, number: int = page_number) -> Response:
        return RedirectResponse(service_id(request, paper, date, number) + "/info.json", 303, headers=CORS)

    @app.get("/iiif/{paper}/{date}/pages/{number}/info.json", summary="IIIF Image API 3 information of a page image")
    def image_info(request: Request, paper: str, date: str, number: int = page_number) -> Response:
        image, _ = page_image(paper, date, number)
        width, height = image.size
        info = {
            "@context": IMAGE_CONTEXT, "id": service_id(request, paper, date, number), "type": "ImageService3",
            "protocol": "http://iiif.io/api/image", "profile": "level1", "width": width, "height": height,
            "maxWidth": width, "maxHeight": height,
            "tiles": [{"width": TILE, "scaleFactors": [f for f in (1, 2, 4, 8, 16) if f == 1 or TILE * f < 2 * max(width, height)]}],
            "sizes": [{"width": max(1, width // f), "height": max(1, height // f)} for f in (8, 4, 2)],
            "extraQualities": [q for q in QUALITIES if q != "default"], "extraFormats": ["png"],
            "extraFeatures": ["regionByPct", "regionSquare", "sizeByPct", "sizeByConfinedWh", "cors",
                              "jsonldMediaType", "baseUriRedirect"],
        }
        accept = request.headers.get("accept", "")
        media = JSON_LD if "application/ld+json" in accept else "application/json"
        return JSONResponse(info, media_type=media, headers=CORS)

    @app.get("/iiif/{paper}/{date}/pages/{number}/{region}/{size}/{rotation}/{quality_format}",
             summary="IIIF Image API 3: a region of a page image at a size, as JPEG or PNG")
    def image(paper: str, date: str, region: str, size: str, rotation: str, quality_format: str,
              number: int = page_number) -> Response:
        quality, dot, fmt = quality_format.rpartition(".")
        if not dot:
            raise UsageError(f"{quality_format!r} must be quality.format, e.g. default.jpg")
        img, checksum = page_image(paper, date, number)
        todo: Plan = plan(*img.size, region, size, rotation, quality, fmt)
        key = (paper, date, number, checksum, todo)
        data = answers.get(key)
        if data is None:
            with render_lock:  # one decoded image, and Pillow on two cores: one rendering at a time
                data = render(img, todo)
            answers.put(key, data)
        return Response(data, media_type=FORMATS[fmt][1],
                        headers={**CORS, "Cache-Control": "public, max-age=86400",
                                 "Link": f'<{IMAGE_CONTEXT}>;rel="profile"'})

    @app.get("/iiif/{paper}/{date}/manifest.json", summary="IIIF Presentation 3 manifest of an edition")
    def manifest(request: Request, paper: str, date: str) -> Response:
        check_path(paper, date)
        edition = archive().edition(paper, date)
        if not edition:
            raise HTTPException(404, f"no edition of {paper!r} on {date!r}")
        canvases = []
        for p in edition["pages"]:
            if not p.get("has_image"):
                continue
            page = archive().page(paper, date, p["number"]) or {}
            canvases.append(_canvas(request, page, image_size(paper, date, p["number"]),
                                    service_id(request, paper, date, p["number"]),
                                    article_url))
        if not canvases:
            raise HTTPException(404, f"{paper!r} of {date!r} has no page images (a text-mode edition): "
                                     "a IIIF viewer would have nothing to show")
        base = _base(request)
        body = {
            "@context": PRESENTATION_CONTEXT, "id": f"{base}/iiif/{quote(paper, safe='')}/{date}/manifest.json",
            "type": "Manifest",
            "label": {"zh": [f"{paper} {date}"]},
            "metadata": [{"label": {"zh": ["报纸"], "en": ["Paper"]}, "value": {"zh": [paper]}},
                         {"label": {"zh": ["日期"], "en": ["Date"]}, "value": {"none": [date]}}],
            "homepage": [{"id": f"{base}/editions/{quote(paper, safe='')}/{date}", "type": "Text",
                          "label": {"zh": [f"{paper} {date}"]}, "format": "text/html"}],
            "viewingDirection": "left-to-right", "behavior": ["individuals"],
            "items": canvases,
        }
        return JSONResponse(body, media_type="application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"",
                            headers=CORS)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _header_size(data: bytes) -> tuple[int, int]:
    try:
        from PIL import Image
    except ImportError:
        raise HTTPException(501, "the IIIF image service needs Pillow: pip install 'banmian[formats]'") from None
    import io

    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            return image.size  # type: ignore[no-any-return]
    except (OSError, ValueError) as exc:  # UnidentifiedImageError is an OSError
        raise HTTPException(404, f"the stored page image cannot be read ({exc})") from None


def _decode(data: bytes) -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise HTTPException(501, "the IIIF image service needs Pillow: pip install 'banmian[formats]'") from None
    import io

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise HTTPException(404, f"the stored page image cannot be read ({exc})") from None
    return image


def _canvas(request: Request, page: dict[str, Any], size: tuple[int, int], service: str,
            article_url: Callable[[str], str]) -> dict[str, Any]:
    """One page: its image painted on a canvas of the image's pixel size, its article zones as annotations."""
    width, height = size
    number = page["number"]
    canvas_id = f"{service}/canvas"
    label = f"第{number}版" + (f" {page['section']}" if page.get("section") else "")
    scale_x = width / page["width"] if page.get("width") else 0.0
    scale_y = height / page["height"] if page.get("height") else 0.0
    zones = []
    for article in page.get("articles", []):
        title = article["headline"].get("title") or article["headline"].get("kicker") or "（无标题）"
        link = _base(request) + article_url(article["key"])
        for i, (x0, y0, x1, y1) in enumerate(article.get("bbox") or [], 1):
            if not scale_x:
                break
            xywh = ",".join(str(round(v)) for v in (x0 * scale_x, y0 * scale_y, max(1.0, (x1 - x0) * scale_x),
                                                     max(1.0, (y1 - y0) * scale_y)))
            zones.append({
                "id": f"{canvas_id}/articles/{article['seq']}/{i}", "type": "Annotation", "motivation": "commenting",
                "body": {"type": "TextualBody", "format": "text/html", "language": "zh",
                         "value": f'<p><a href="{html.escape(link)}">{html.escape(title)}</a></p>'},
                "target": f"{canvas_id}#xywh={xywh}",
                "seeAlso": [{"id": link, "type": "Text", "format": "text/html", "label": {"zh": [title]}}],
            })
    canvas: dict[str, Any] = {
        "id": canvas_id, "type": "Canvas", "label": {"zh": [label]}, "width": width, "height": height,
        "items": [{"id": f"{canvas_id}/paint", "type": "AnnotationPage", "items": [{
            "id": f"{canvas_id}/paint/image", "type": "Annotation", "motivation": "painting", "target": canvas_id,
            "body": {"id": f"{service}/full/max/0/default.jpg", "type": "Image", "format": "image/jpeg",
                     "width": width, "height": height,
                     "service": [{"id": service, "type": "ImageService3", "profile": "level1"}]},
        }]}],
    }
    if zones:
        canvas["annotations"] = [{"id": f"{canvas_id}/articles", "type": "AnnotationPage", "items": zones}]
    return canvas
