"""A page's graphics as the geometric layout reads them: rules and boxes
parted into separators and frames, the edges a column never runs on across,
text that belongs to a picture, boxed subheadings, and frames that hold a
whole article (kept apart from :mod:`.geometric`, which drives the stages)."""

from __future__ import annotations

from ..model import BBox, PageContent, TextLine, union
from .columns import ColumnBlock
from .frame_labels import smallest_frame
from .roles import BODY, SUBHEADING
from .rules import SOURCE_NOTE, find_continuation
from .segment import HeadingGroup

def separators_and_frames(content: PageContent, body: float) -> tuple[list[BBox], list[BBox]]:
    """Rules and bars separate (a banner's long shaded bar too); larger boxes
    are frames (maybe of an article). A box smaller than three characters every
    way (a bullet, a mark of a logo) parts nothing."""
    separators = list(content.rules)
    frames: list[BBox] = []
    for b in content.boxes:
        w, h = b[2] - b[0], b[3] - b[1]
        if (min(w, h) <= 1.5 * body or max(w, h) >= 8 * min(w, h)) and max(w, h) >= 3 * body:
            separators.append(b)
        if min(w, h) > 1.5 * body:
            frames.append(b)
    return separators, frames


def line_boxes_joined(boxes: list[BBox], body: float) -> list[BBox]:
    """Boxes of one width stacked edge to edge, each a line high, are one box
    drawn line by line (a boxed subheading of several lines, a note in a
    frame): the text in them is one piece, no edge between its lines.
    Returns ``boxes`` itself when no two join (most pages)."""
    tall = 2.5 * body
    low = sorted((b for b in boxes if b[3] - b[1] <= tall), key=lambda b: (round(b[0]), b[1]))
    joined: list[BBox] = []
    changed = False
    for b in low:
        last = joined[-1] if joined else None
        if last is not None and abs(b[0] - last[0]) <= 1 and abs(b[2] - last[2]) <= 1 and -1 <= b[1] - last[3] <= 1.5:
            joined[-1] = (min(last[0], b[0]), last[1], max(last[2], b[2]), max(last[3], b[3]))
            changed = True
        else:
            joined.append(b)
    if not changed:
        return boxes
    return [b for b in boxes if b[3] - b[1] > tall] + joined


def with_caption(im: BBox, caption: list[TextLine]) -> BBox:
    """A photo's box with its caption when the caption stands under it."""
    under = [ln.bbox for ln in caption if ln.y0 >= im[3] - 1]
    return union([im] + under) if under else im


def frame_edges(frames: list[BBox]) -> list[BBox]:
    """The top and bottom edges of frames and bars: a column's lines never
    run on across one (a boxed subheading or a 核心阅读 box stands apart
    from the text above and below it)."""
    return [edge for f in frames for edge in ((f[0], f[1], f[2], f[1]), (f[0], f[3], f[2], f[3]))]


def graphic_text(blocks: list[ColumnBlock], images: list[BBox], body: float
                  ) -> tuple[list[ColumnBlock], list[ColumnBlock]]:
    """Text that is part of a graphic, not of an article: a block that lies
    wholly on an image (an infographic's labels), or a source note
    (数据来源：…, 制图：…) just beside an image. Returns (kept, graphic)."""
    kept: list[ColumnBlock] = []
    graphic: list[ColumnBlock] = []
    for b in blocks:
        x0, y0, x1, y1 = b.bbox
        on_image = any(im[0] - 1 <= x0 and x1 <= im[2] + 1 and im[1] - 1 <= y0 and y1 <= im[3] + 1 for im in images)
        note = SOURCE_NOTE.match(b.lines[0].text) is not None and any(
            min(im[2], x1) - max(im[0], x0) > 0 and min(abs(y0 - im[3]), abs(im[1] - y1)) <= 3 * body
            for im in images)
        (graphic if on_image or note else kept).append(b)
    return kept, graphic


def boxed_subheadings(blocks: list[ColumnBlock], frames: list[BBox], body: float) -> list[BBox]:
    """A short block (one to four lines, no sentence ending inside) that is
    the only text of a frame no wider than a column or two: a boxed
    subheading, one paragraph however its lines are set. Returns their frames."""
    boxed: list[BBox] = []
    for f in frames:
        inside = [b for b in blocks if f[0] - 2 <= b.left and b.right <= f[2] + 2 and f[1] - 2 <= b.top
                  and b.bottom <= f[3] + 2]
        if len(inside) != 1 or inside[0].role != BODY:
            continue
        b = inside[0]
        text = "".join(ln.text for ln in b.lines).strip()
        if len(b.lines) <= 4 and f[3] - f[1] <= 6 * body and text and not any(c in text[:-1] for c in "。！？"):
            b.role = SUBHEADING
            boxed.append(f)
    return boxed


def subheading_frames(groups: list[HeadingGroup], frames: list[BBox]) -> list[BBox]:
    """The frames drawn round subheadings set larger than the body, each of its
    subheading's height or so: like a boxed subheading's in the body's size,
    no wall in its column."""
    out = []
    for g in groups:
        if g.role == SUBHEADING and not g.vertical:
            f = smallest_frame(g.bbox, frames)
            if f is not None and f[3] - f[1] <= 2.5 * (g.bbox[3] - g.bbox[1]) + 4:
                out.append(f)
    return out


def is_region(frame: BBox, blocks: list[ColumnBlock], titles: list[HeadingGroup]) -> bool:
    """A frame around an article (or a boxed column): it holds a headline and
    body text. A frame around text alone (a 核心阅读 box inside an article),
    one subheading or a banner is part of what surrounds it. So is a frame round
    the rest of an article come from another page, its text opening with the
    note that says so (（上接第2版）): a part of its own, with no headline here."""
    def inside(box: BBox) -> bool:
        return frame[0] - 2 <= box[0] and box[2] <= frame[2] + 2 and frame[1] - 2 <= box[1] and box[3] <= frame[3] + 2
    text = [b for b in blocks if b.role == BODY and inside(b.bbox)]
    return bool(text) and (any(inside(t.bbox) for t in titles) or any(_comes_from_elsewhere(b) for b in text))


def _comes_from_elsewhere(b: ColumnBlock) -> bool:
    """The block opens with a note that its text comes from another page."""
    note = find_continuation(b.lines[0].text.strip())
    return note is not None and note.direction == "from" and note.start == 0
