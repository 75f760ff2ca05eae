"""The IIIF Image API 3 request grammar and its rendering with Pillow.

``{region}/{size}/{rotation}/{quality}.{format}`` is parsed into a plan
(a crop box and an output size) before any pixel is touched, so a bad
request is a :class:`~banmian.errors.UsageError` (HTTP 400) that quotes the
bad value, never a server error. Supported, beyond level 1: ``square`` and
``pct:`` regions, ``pct:`` and ``!w,h`` sizes, the qualities ``color``,
``gray`` and ``bitonal``, PNG; not supported: upscaling (``^``), rotation
other than 0, mirroring.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError

FORMATS = {"jpg": ("JPEG", "image/jpeg"), "png": ("PNG", "image/png")}
QUALITIES = ("default", "color", "gray", "bitonal")
#: the largest image the service renders (width x height), whatever is asked
MAX_AREA = 25_000_000
_NUMBER = r"\d+(?:\.\d+)?"
_REGION_PX = re.compile(r"^(\d+),(\d+),(\d+),(\d+)$")  # anchored: linear even under search()
_REGION_PCT = re.compile(rf"pct:({_NUMBER}),({_NUMBER}),({_NUMBER}),({_NUMBER})")
_SIZE_WH = re.compile(r"^(!)?(\d+)?,(\d+)?$")
_SIZE_PCT = re.compile(rf"pct:({_NUMBER})")


@dataclass(frozen=True, slots=True)
class Plan:
    """What to cut out (left, top, right, bottom in source pixels) and the size to deliver."""

    box: tuple[int, int, int, int]
    width: int
    height: int
    quality: str
    format: str


def plan(width: int, height: int, region: str, size: str, rotation: str, quality: str, fmt: str) -> Plan:
    """Check a request against an image of ``width`` x ``height``; UsageError when it is bad."""
    if fmt not in FORMATS:
        raise UsageError(f"format {fmt!r} is not offered: use one of {sorted(FORMATS)}")
    if quality not in QUALITIES:
        raise UsageError(f"quality {quality!r} is not offered: use one of {list(QUALITIES)}")
    if rotation not in ("0", "0.0"):
        raise UsageError(f"rotation {rotation!r} is not supported: only 0 (no rotation, no mirroring)")
    box = _region(width, height, region)
    w, h = _size(box[2] - box[0], box[3] - box[1], size)
    return Plan(box, w, h, quality, fmt)


def _region(width: int, height: int, region: str) -> tuple[int, int, int, int]:
    if region == "full":
        return (0, 0, width, height)
    if region == "square":
        side = min(width, height)
        x, y = (width - side) // 2, (height - side) // 2
        return (x, y, x + side, y + side)
    px = _REGION_PX.fullmatch(region)
    pct = _REGION_PCT.fullmatch(region)
    if px:
        x, y, w, h = (int(v) for v in px.groups())
    elif pct:
        px_, py_, pw, ph = (float(v) for v in pct.groups())
        if max(px_, py_) > 100 or min(pw, ph) <= 0:
            raise UsageError(f"region {region!r}: percentages run from 0 to 100 and the size must be above 0")
        x, y = round(px_ * width / 100), round(py_ * height / 100)
        w, h = max(1, round(pw * width / 100)), max(1, round(ph * height / 100))
    else:
        raise UsageError(f"region {region!r} is not full, square, x,y,w,h or pct:x,y,w,h")
    if w <= 0 or h <= 0:
        raise UsageError(f"region {region!r} has no area: width and height must be above 0")
    if x >= width or y >= height:
        raise UsageError(f"region {region!r} lies outside the {width}x{height} image")
    return (x, y, min(width, x + w), min(height, y + h))


def _size(rw: int, rh: int, size: str) -> tuple[int, int]:
    """The delivered size for a region of ``rw`` x ``rh``: never larger than the region
    (upscaling is not offered), never more than :data:`MAX_AREA` pixels."""
    if size.startswith("^"):
        raise UsageError(f"size {size!r}: upscaling (^) is not supported")
    if size == "max":
        w, h = rw, rh
    elif (pct := _SIZE_PCT.fullmatch(size)) is not None:
        scale = float(pct.group(1)) / 100
        if not 0 < scale <= 1:
            raise UsageError(f"size {size!r}: the percentage must be above 0 and at most 100")
        w, h = round(rw * scale), round(rh * scale)
    elif (wh := _SIZE_WH.fullmatch(size)) is not None and (wh.group(2) or wh.group(3)):
        confined, sw, sh = wh.group(1), wh.group(2), wh.group(3)
        if confined:
            if not (sw and sh):
                raise UsageError(f"size {size!r}: !w,h needs both a width and a height")
            scale = min(int(sw) / rw, int(sh) / rh)
            w, h = round(rw * scale), round(rh * scale)
        elif sw and sh:
            w, h = int(sw), int(sh)
        elif sw:
            w, h = int(sw), round(rh * int(sw) / rw)
        else:
            w, h = round(rw * int(sh) / rh), int(sh)  # type: ignore[arg-type]
    else:
        raise UsageError(f"size {size!r} is not max, w,, ,h, pct:n, w,h or !w,h")
    if w > rw or h > rh:
        raise UsageError(f"size {size!r} asks for {w}x{h}, larger than the {rw}x{rh} region: upscaling is not offered")
    if w <= 0 or h <= 0:
        raise UsageError(f"size {size!r} gives an empty image ({w}x{h})")
    if w * h > MAX_AREA:
        raise UsageError(f"size {size!r} asks for {w}x{h} pixels, more than the {MAX_AREA} this service renders")
    return w, h


def render(image: Any, todo: Plan) -> bytes:
    """Cut, scale, convert and encode a loaded Pillow image."""
    from PIL import Image

    out = image.crop(todo.box)
    if out.size != (todo.width, todo.height):
        out = out.resize((todo.width, todo.height), Image.Resampling.LANCZOS)
    if todo.quality == "gray":
        out = out.convert("L")
    elif todo.quality == "bitonal":
        out = out.convert("1")
    elif out.mode not in ("RGB", "L"):
        out = out.convert("RGB")
    if todo.format == "jpg" and out.mode == "1":
        out = out.convert("L")
    buffer = io.BytesIO()
    out.save(buffer, FORMATS[todo.format][0], **({"quality": 85} if todo.format == "jpg" else {}))
    return buffer.getvalue()
