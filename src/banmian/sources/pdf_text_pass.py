"""MuPDF's text pass over one PDF page as PyMuPDF's dict, without the images' data.

``page.get_text("dict")`` turns every image it keeps into bytes (a CMYK JPEG
is decoded and encoded again, most others become PNGs): on a real newspaper
page a third of the whole extraction. The PDF source wants an image's box
and its place in the drawing order only. So the image blocks are taken out
of the text page's block list while PyMuPDF writes the dict, and put back
at once (MuPDF frees them with the page); the dict gets a block with the box
in each image's place, as PyMuPDF would have kept it. Pages with small
images only, and where PyMuPDF's objects are not as this expects, get the
plain call.
"""

from __future__ import annotations

from typing import Any

#: MuPDF's FZ_STEXT_BLOCK_IMAGE
_IMAGE_BLOCK = 1
#: pixels in a page's images below which their bytes cost less than walking the block list
_BIG_IMAGES = 250_000


def text_dict(page: Any, flags: int) -> dict[str, Any]:
    """``page.get_text("dict", flags=flags)``, image blocks holding their box only."""
    return text_pass(page, flags)[0]


def text_pass(page: Any, flags: int) -> tuple[dict[str, Any], Any]:
    """:func:`text_dict` and the text page it was read from (its glyphs' boxes
    are there for the few spans that need them)."""
    textpage = page.get_textpage(flags=flags)
    if sum(image[2] * image[3] for image in page.get_images(full=True)) < _BIG_IMAGES:
        return textpage.extractDICT(cb=page.cropbox), textpage
    try:
        stext = textpage.this.m_internal
        blocks = []
        block = stext.first_block
        while block is not None:
            blocks.append(block)
            block = block.next
        images = [index for index, block in enumerate(blocks) if block.type == _IMAGE_BLOCK]
        area = stext.mediabox
        area = (area.x0, area.y0, area.x1, area.y1)
    except AttributeError:  # another PyMuPDF: its own way
        return textpage.extractDICT(cb=page.cropbox), textpage
    if not images:
        return textpage.extractDICT(cb=page.cropbox), textpage
    kept = [index for index, block in enumerate(blocks) if block.type != _IMAGE_BLOCK]
    try:
        for before, after in zip(kept, kept[1:]):
            blocks[before].next = blocks[after]
        if kept:
            blocks[kept[-1]].next = None
        stext.first_block = blocks[kept[0]] if kept else None
        data = textpage.extractDICT(cb=page.cropbox)
    finally:  # the page's own list again, every image in it, before anything else reads or frees it
        for before, after in zip(blocks, blocks[1:]):
            before.next = after
        blocks[-1].next = None
        stext.first_block = blocks[0]
    if any(not 0 <= block.get("number", -1) < len(kept) for block in data["blocks"]):
        return textpage.extractDICT(cb=page.cropbox), textpage  # a PyMuPDF that numbers blocks its own way
    placed = [(kept[block["number"]], block) for block in data["blocks"]]
    for index in images:
        box = blocks[index].bbox
        box = (box.x0, box.y0, box.x1, box.y1)
        if _inside(box, area) and _meets(box, area):  # as PyMuPDF keeps an image block
            placed.append((index, {"number": index, "type": _IMAGE_BLOCK, "bbox": box}))
    placed.sort(key=lambda item: item[0])
    data["blocks"] = []
    for index, block in placed:
        block["number"] = index
        data["blocks"].append(block)
    return data, textpage


def _empty(box: tuple[float, float, float, float]) -> bool:
    return box[0] >= box[2] or box[1] >= box[3]


def _inside(box: tuple[float, float, float, float], area: tuple[float, float, float, float]) -> bool:
    """MuPDF's fz_contains_rect(area, box)."""
    if _empty(box):
        return True
    if _empty(area):
        return False
    return area[0] <= box[0] and area[1] <= box[1] and area[2] >= box[2] and area[3] >= box[3]


def _meets(box: tuple[float, float, float, float], area: tuple[float, float, float, float]) -> bool:
    """The boxes overlap (MuPDF's intersection is not empty)."""
    return not _empty((max(box[0], area[0]), max(box[1], area[1]), min(box[2], area[2]), min(box[3], area[3])))
