"""The text pass's dict without the images' bytes: the same blocks, in the
same order, as PyMuPDF's ``get_text("dict")``, each image its box only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.sources.pdf import extract_page  # noqa: E402
from banmian.sources.pdf_text_pass import text_dict  # noqa: E402
from pdf_samples import write_line  # noqa: E402

_FLAGS = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_IMAGES
          | pymupdf.TEXT_COLLECT_VECTORS)


def _photo(width: int, height: int) -> Any:
    """A grey photo in CMYK, as newspapers print them (PyMuPDF re-encodes such a JPEG for its dict)."""
    pix = pymupdf.Pixmap(pymupdf.csCMYK, pymupdf.IRect(0, 0, width, height), False)
    pix.set_rect(pix.irect, (20, 40, 60, 10))
    return pix.tobytes("jpeg")


def _page(tmp_path: Path) -> Any:
    """Text, a photo drawn over part of it, a rule, another photo half off the page, more text."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    for top, text in ((40, "照片上面的一行字"), (120, "照片盖住的一行字")):
        write_line(page, (40, top), text)
    page.insert_image(pymupdf.Rect(30, 100, 230, 200), stream=_photo(700, 400))
    page.draw_line((30, 220), (370, 220), width=0.5)
    page.insert_image(pymupdf.Rect(300, 250, 500, 350), stream=_photo(600, 500))  # half off the page: cut to it
    write_line(page, (40, 260), "照片下面的一行字")
    doc.save(tmp_path / "photo.pdf")
    return pymupdf.open(tmp_path / "photo.pdf")[0]


def _blocks(data: dict[str, Any]) -> list[Any]:
    return [(b["type"], tuple(b["bbox"]), b.get("lines")) for b in data["blocks"]]


def test_images_keep_their_box_and_place_without_their_bytes(tmp_path: Path) -> None:
    page = _page(tmp_path)
    plain = page.get_text("dict", flags=_FLAGS)
    assert [b["type"] for b in plain["blocks"]].count(1) == 2  # both photos are really there
    fast = text_dict(page, _FLAGS)
    assert _blocks(fast) == _blocks(plain)
    assert all("image" not in b for b in fast["blocks"])
    again = text_dict(page, _FLAGS)  # the text page's own block list was put back whole each time
    assert _blocks(again) == _blocks(plain)


def test_text_under_a_photo_drawn_later_is_still_dropped(tmp_path: Path) -> None:
    """The photo's place in the drawing order is kept: the line it covers goes."""
    content = extract_page(_page(tmp_path))
    assert [ln.text for ln in content.lines] == ["照片上面的一行字", "照片下面的一行字"]
    assert [tuple(round(v) for v in box) for box in content.images] == [(42, 100, 218, 200), (340, 250, 400, 300)]
