"""Image source: page images (JPG, PNG, TIFF with any number of pages, WebP)
and PDF pages without a text layer, read by OCR into :class:`PageContent`.

Like the PDF source it knows nothing about articles. Per page: decode and
check the image (truncated, tiny, gigantic files are refused with the reason),
deskew it, recognise its lines (:mod:`.ocr`), find what is not text (photos,
rules, frames) from the ink the lines leave uncovered, and hand layout the page
in points (pixels x 72/dpi) with a size per line taken from its box height.
The scale goes with the page, so the pipeline can give boxes back in pixels.

OCR noise that is a property of the recogniser, not of the page layout, is
mended here: ASCII punctuation in Chinese text made full width, a line the
detector cut in two at a wide space joined again.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, InputTooLargeError, UsageError
from ..model import BBox, PageContent, TextLine, within
from . import ocr
from .ocr_lines import (attach_quote_marks, clip_to_rules, even_rows, join_credits, join_level_marks,
                        lift_dash_subtitles, lift_short_headings, open_dateline_brackets, split_graphic_labels,
                        wrapped_closing_brackets)
from .ocr_rows import join_spaced, pull_up_punctuation
from .ocr_text import clean_text, simplify_strays

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"}
#: the resolution assumed when the file does not give a plausible one
DEFAULT_DPI = 200
#: refused before decoding: a page this large is not a newspaper scan (memory)
MAX_PIXELS = 60_000_000
MAX_SIDE = 12_000
#: a page image smaller than this a side holds no readable page
MIN_SIDE = 200
#: an OCR line under this confidence is listed in the page's warnings
LOW_CONFIDENCE = 0.80
#: box height / font size of a line box from the detector (measured on rendered pages)
BOX_PER_SIZE = 1.2
#: ink height / font size of a line of Chinese characters (their glyphs fill most of the square)
INK_PER_SIZE = 0.92
MAX_SKEW_DEGREES = 5.0
#: vertical strips of the page that :func:`estimate_skew` profiles apart (two or three columns each;
#: on 70 clean and turned renders 3 strips missed the turn by at most 0.1 degree, 8 strips by 0.22)
SKEW_STRIPS = 3
#: a page is turned back only when its skew is at least this (degrees): :func:`estimate_skew` read
#: straight renders as turned by up to 0.2 (session 24, 2 of 24 typeset pages), and turning a
#: straight page blurs its glyphs in resampling (a quote opening a line was lost); a real turn this
#: small moves a column's line (300 px) by a pixel or two, which the detector's boxes take
MIN_DESKEW = 0.25


class ImageError(InputError):
    """A page image that cannot be read (damaged, truncated, too small or too large)."""


@dataclass(slots=True)
class ScannedPage:
    """One OCR'd page: its content in points, and how to get back to pixels."""

    content: PageContent
    scale: float  # points per pixel
    pixel_size: tuple[int, int]
    dpi: float
    skew: float = 0.0
    lines: list[TextLine] = field(default_factory=list)  # the OCR lines, in points, with confidence


def _pil() -> Any:
    try:
        from PIL import Image
    except ImportError as exc:
        raise UsageError(ocr.missing_extra_message(exc)) from None
    return Image


def _check_size(name: str, width: int, height: int) -> None:
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise InputTooLargeError(f"{name}: the image is {width}x{height} pixels, more than a page scan may have "
                                 f"({MAX_SIDE} pixels a side, {MAX_PIXELS // 1_000_000} megapixels)")
    if min(width, height) < MIN_SIDE:
        raise ImageError(f"{name}: the image is {width}x{height} pixels, too small to hold a readable page "
                         f"(at least {MIN_SIDE} pixels a side)")


def read_image_pages(path: str | os.PathLike[str]) -> Iterator[tuple[Any, float]]:
    """Each page (frame) of an image file as an RGB numpy array, with its dpi.
    Raises :class:`ImageError` naming the file and what is wrong."""
    import numpy as np

    Image = _pil()
    p = Path(path)
    name = p.name
    bomb_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # opening reads the header only:
    try:  # _check_size refuses a huge image, with its size, before anything is decoded
        img = Image.open(p)
    except FileNotFoundError:
        raise UsageError(f"no such file: {str(p)!r}") from None
    except Exception as exc:  # UnidentifiedImageError, OSError ...
        raise ImageError(f"{name}: not an image Pillow can read ({_short(exc)})") from None
    finally:
        Image.MAX_IMAGE_PIXELS = bomb_limit
    with img:
        frames = getattr(img, "n_frames", 1)
        for index in range(frames):
            try:
                img.seek(index)
                _check_size(name if frames == 1 else f"{name} page {index + 1}", *img.size)
                dpi = _dpi(img.info.get("dpi"))
                rgb = img.convert("RGB")
                array = np.asarray(rgb)
                del rgb  # the page lives on as the array alone while it is read (memory)
                if frames == 1:
                    img.close()
            except (InputTooLargeError, ImageError):
                raise
            except Exception as exc:  # a truncated or damaged file fails while decoding
                raise ImageError(f"{name}: damaged or truncated image ({_short(exc)})") from None
            yield array, dpi


def _dpi(value: Any) -> float:
    """The file's resolution when plausible for a scan (screen defaults are not)."""
    try:
        dpi = float(value[0]) if isinstance(value, (tuple, list)) else float(value)
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    return dpi if 100 <= dpi <= 1200 else DEFAULT_DPI


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


# --- one page ---------------------------------------------------------------------------

def scan_page(image: Any, dpi: float, index: int = 0, name: str = "") -> ScannedPage:
    """OCR one page image into content in points (the source's whole job for one page)."""
    import numpy as np

    label = f"{name} page {index + 1}" if name else f"page {index + 1}"
    gray = _gray(image)
    skew = estimate_skew(gray)
    if abs(skew) < MIN_DESKEW:
        skew = 0.0
    else:
        image, gray = _rotate(image, skew), None
        gray = _gray(image)
    h, w = gray.shape
    scale = 72.0 / dpi
    content = PageContent(index, w * scale, h * scale)
    page = ScannedPage(content, scale, (w, h), dpi, skew)
    if skew:
        content.warnings.append(f"{label}: deskewed by {skew:.2f} degrees")
    if float(np.std(gray)) < 2.0:
        content.warnings.append(f"{label}: blank page, no text found")
        return page
    found, labels = split_graphic_labels(gray, ocr.recognise(image))
    measured = MeasuredLines()
    lines = [_text_line(ln, scale, order, measured) for order, ln in enumerate(found)]
    pitches = {id(tl): p for ln, tl in zip(found, lines) if ln.ink is not None and not ln.vertical
               and (p := _pitch(tl.text, (ln.ink[1] - ln.ink[0]) * scale, ink=True)) is not None}
    images, rules, boxes = find_graphics(gray, [ln.box for ln in found] + labels, image)
    upright = [_to_points(r, scale) for r in rules if r[3] - r[1] > 4 * (r[2] - r[0])]
    lines = lift_short_headings(even_sizes(attach_quote_marks([ln for ln in lines if ln.text]), measured), pitches)
    lines = lift_dash_subtitles(lines)
    lines = join_spaced(lines, upright)
    lines = pull_up_punctuation(join_level_marks(join_credits(lines)))
    lines = wrapped_closing_brackets(open_dateline_brackets(lines))
    lines = [dataclasses.replace(ln, text=t) if t != ln.text else ln
             for ln, t in zip(lines, simplify_strays([ln.text for ln in lines]))]
    lines = clip_to_rules(lines, [_to_points(r, scale) for r in rules])
    content.lines.extend(sorted(lines, key=lambda ln: (ln.y0, ln.x0)))
    page.lines = list(content.lines)
    content.images.extend(_to_points(b, scale) for b in images + labels)
    content.rules.extend(_to_points(b, scale) for b in rules)
    content.boxes.extend(_to_points(b, scale) for b in boxes)
    if not content.lines:
        content.warnings.append(f"{label}: no text found by OCR" + (" (a photograph?)" if images else ""))
    low = [ln for ln in content.lines if ln.confidence is not None and ln.confidence < LOW_CONFIDENCE]
    if low:
        shown = "; ".join(f"{ln.text[:20]!r} ({ln.confidence:.2f})" for ln in low[:20])
        more = f" and {len(low) - 20} more" if len(low) > 20 else ""
        content.warnings.append(f"{label}: {len(low)} OCR line(s) below confidence {LOW_CONFIDENCE}: {shown}{more}")
    return page


def _to_points(box: BBox, scale: float) -> BBox:
    return (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


def _gray(image: Any) -> Any:
    import numpy as np

    if image.ndim == 2:
        return image.astype(np.uint8)
    return (image[..., 0] * 0.299 + image[..., 1] * 0.587 + image[..., 2] * 0.114).astype(np.uint8)


def _text_line(line: ocr.OcrLine, scale: float, order: int, measured: MeasuredLines | None = None) -> TextLine:
    """The OCR line in points, sized by its glyphs where they tell it (then
    added to ``measured``), else by its box."""
    x0, y0, x1, y1 = (v * scale for v in line.box)
    text = clean_text(line.text)
    across = (x1 - x0) if line.vertical else (y1 - y0)
    size = across / BOX_PER_SIZE
    by_glyphs = False
    han = sum(1 for c in text if _is_han(c))
    if line.vertical and line.ink is not None and han:
        # a vertical line's glyphs are as wide as its size (its box reaches past them, and its
        # pitch is a padded name's: 江  畅)
        size, by_glyphs = (line.ink[1] - line.ink[0]) * scale / INK_PER_SIZE, True
    elif line.ink_height and not line.vertical and han and line.ink_height * scale / INK_PER_SIZE >= 0.6 * size:
        # (glyphs far lower than their box are flat ones, 一 after a comma: their height is no size)
        # the glyphs' height, on the scale the body is measured on; four characters or more:
        # one of them fills the square's height (pitch varies with tracking and with
        # punctuation set half width, box heights with the detector); Latin letters' ascenders and
        # descenders (Satellogic) reach past the Han glyphs: such a line's ink height is only a guess
        size, by_glyphs = line.ink_height * scale / INK_PER_SIZE, han >= 4 and not _has_latin(text)
    else:
        if line.ink is not None and not line.vertical:  # the detector's box reaches past the first and last glyph
            pitch = _pitch(text, (line.ink[1] - line.ink[0]) * scale, ink=True)
        else:
            pitch = _pitch(text, (y1 - y0) if line.vertical else (x1 - x0))
        if pitch and 0.75 * size <= pitch <= 1.3 * size:
            size, by_glyphs = pitch, True
    out = TextLine(text, (x0, y0, x1, y1), round(size, 2), vertical=line.vertical, order=order,
                   confidence=round(line.confidence, 4))
    if by_glyphs and measured is not None:
        measured.add(out)
    return out


def _has_latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


class MeasuredLines:
    """The lines of one page whose size was measured on their glyphs, not
    their box (held by the page being read and handed to the steps that ask;
    the lines themselves are kept, so an id in it is always its own line's)."""

    def __init__(self) -> None:
        self._lines: dict[int, TextLine] = {}

    def add(self, line: TextLine) -> None:
        self._lines[id(line)] = line

    def __contains__(self, line: object) -> bool:
        return self._lines.get(id(line)) is line


#: full-width marks whose ink sits at one side of their square: at a line's end (start),
#: the line's ink stops (starts) about this much of a character short of its last (first) square
_INK_SHORT_END = dict.fromkeys("，。、；：！？）》”’", 0.6)
_INK_SHORT_START = dict.fromkeys("（《“‘", 0.55)


def _pitch(text: str, length: float, ink: bool = False) -> float | None:
    """Chinese characters are set on a square body: a line of three or more
    full-width characters measures its size better by its length than by the
    height of its box (which varies with the glyphs). Measured on the ink
    (``ink``), the line is short of its squares by the side bearings and by
    the blank half of a mark at either end."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 3 or any(ord(c) < 0x2E80 and c not in "“”‘’—…" for c in chars):
        return None
    cells = float(len(chars))
    if ink:
        cells -= 0.08 + _INK_SHORT_END.get(chars[-1], 0.0) + _INK_SHORT_START.get(chars[0], 0.0)
    return length / cells


def even_sizes(lines: list[TextLine], measured: MeasuredLines | None = None) -> list[TextLine]:
    """Sizes from box heights vary by a tenth or more with the glyphs a line
    holds (a comma, a quote mark): lines within a fifth of the size most
    characters have take that size, and other lines within 15% of each
    other take their group's middle size, so layout sees the tiers the page set.
    Vertical lines keep the size their glyphs' width gives. Lines in
    ``measured`` (sized on their glyphs) are held to a narrower band."""
    measured = MeasuredLines() if measured is None else measured
    if not lines:
        return lines
    weights: dict[float, int] = {}
    for ln in lines:
        if not ln.vertical:
            key = round(ln.size * 2) / 2
            weights[key] = weights.get(key, 0) + len(ln.text)
    if not weights:
        return lines
    peak = max(weights, key=weights.__getitem__)
    near = [ln for ln in lines if not ln.vertical and abs(ln.size - peak) <= 1.0]
    body = sorted(ln.size for ln in near)[len(near) // 2] if near else peak
    _wrapped_tails([ln for ln in lines if not ln.vertical], measured)
    rest: list[TextLine] = []
    for ln in lines:
        if ln.vertical:  # measured on its glyphs' width: a vertical byline is set apart from its neighbours
            continue
        low, high = (0.93, 1.08) if ln in measured else (0.88, 1.22)
        if low * body <= ln.size <= high * body:
            ln.size = body
        else:
            rest.append(ln)
    _wrapped_tails(rest, measured)
    _even_stacks(rest)
    even_rows(rest)
    rest.sort(key=lambda ln: ln.size)
    group: list[TextLine] = []
    for ln in rest + [None]:  # type: ignore[list-item]
        if group and (ln is None or ln.size > group[0].size * 1.15):
            middle = group[len(group) // 2].size
            for g in group:
                g.size = middle
            group = []
        if ln is not None:
            group.append(ln)
    return lines


def _even_stacks(lines: list[TextLine]) -> None:
    """The lines of one heading, set one under the next (left edges level,
    less than half a line apart, sizes within a fifth), take one size: their
    glyphs' heights differ with the characters each holds (一 or a bracket),
    and a heading must not split into two tiers."""
    stacks: list[list[TextLine]] = []
    for ln in sorted((ln for ln in lines if not ln.vertical), key=lambda ln: ln.y0):
        for stack in stacks:
            last = stack[-1]
            big = max(last.size, ln.size)
            if (abs(ln.x0 - last.x0) <= 0.5 * big and -0.2 * big <= ln.y0 - last.y1 <= 0.5 * big
                    and max(last.size, ln.size) <= 1.2 * min(last.size, ln.size)):
                stack.append(ln)
                break
        else:
            stacks.append([ln])
    for stack in stacks:
        if len(stack) > 1:
            size = sorted(ln.size for ln in stack)[len(stack) // 2]
            for ln in stack:
                ln.size = size


def _wrapped_tails(lines: list[TextLine], measured: MeasuredLines) -> None:
    """The last characters of a wrapped heading (…塔米 / 姆; …对接发 / 展合作。),
    fewer than the four Han glyphs a size is measured on and so measured by
    the height of their box only, take the size of the line above them: a
    subtitle a fifth over the body would be snapped to the body's size."""
    for ln in lines:
        short = len(ln.text) <= 2 or (len(ln.text) <= 5 and sum(1 for c in ln.text if _is_han(c)) <= 3)
        if ln in measured or ln.vertical or not short or _ends_a_row(ln, lines):
            continue
        above = [a for a in lines if a in measured and not a.vertical and 0 <= ln.y0 - a.y1 <= 0.8 * a.size
                 and abs(a.x0 - ln.x0) <= a.size and 0.7 * a.size <= ln.size <= 1.4 * a.size]
        if above:
            ln.size = max(above, key=lambda a: a.y1).size
            measured.add(ln)  # sized now as the line it ends: not snapped to the body


def _ends_a_row(ln: TextLine, lines: list[TextLine]) -> bool:
    """A short piece with a line of its row's height boxed right before it
    (less than half a size of paper between the boxes: 新华社北京2月1日电　近)
    ends that row; a heading's wrapped tail opens its row."""
    return any(o is not ln and not o.vertical and -0.3 * ln.size <= ln.x0 - o.x1 <= 0.5 * ln.size
               and min(o.y1, ln.y1) - max(o.y0, ln.y0) >= 0.8 * min(o.height, ln.height)
               and abs(o.height - ln.height) <= 0.2 * max(o.height, ln.height) and o.x0 < ln.x0
               for o in lines)


# --- deskew -----------------------------------------------------------------------------

def estimate_skew(gray: Any, limit: float = MAX_SKEW_DEGREES) -> float:
    """The angle (degrees) that makes text rows level: the rotation whose row
    profiles of ink are sharpest, on a reduced copy of the page. Each of
    :data:`SKEW_STRIPS` vertical strips has its own profile: the articles
    side by side on a page set their rows at other heights, and one profile
    across the whole page is sharpest at the tilt that lines up their rows
    (a straight page read as turned by up to 0.8 degrees)."""
    import numpy as np

    h, w = gray.shape
    step = max(1, int(max(h, w) / 1400))
    small = gray[::step, ::step]
    threshold = min(float(np.median(small)) - 40, 160)
    ys, xs = np.nonzero(small < threshold)
    if len(ys) < 200:
        return 0.0
    if len(ys) > 300_000:
        pick = np.random.default_rng(0).choice(len(ys), 300_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    ys = ys.astype(np.float32)
    xs = xs.astype(np.float32)
    span = small.shape[0] + 2 * small.shape[1] + 2  # room for every row a tilt can reach
    strip = (xs * SKEW_STRIPS // small.shape[1]).astype(np.int64) * span

    def sharpness(angle: float) -> float:
        t = np.tan(np.radians(angle))
        rows = np.round(ys - xs * t).astype(np.int64) + int(small.shape[1] * abs(t)) + 1
        profile = np.bincount(rows + strip, minlength=SKEW_STRIPS * span)
        return float(np.sum(profile.astype(np.float64) ** 2))

    best = max(np.arange(-limit, limit + 0.01, 0.25), key=sharpness)
    fine = max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness)
    return round(float(fine), 2)


def _rotate(image: Any, angle: float) -> Any:
    import cv2

    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = tuple(int(v) for v in _paper(image))
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def _paper(image: Any) -> Any:
    import numpy as np

    sample = image[::16, ::16].reshape(-1, image.shape[2]) if image.ndim == 3 else image[::16, ::16].reshape(-1)
    return np.median(sample, axis=0) if image.ndim == 3 else [float(np.median(sample))] * 3


# --- what is not text ---------------------------------------------------------------------

def find_graphics(gray: Any, text_boxes: list[BBox], image: Any = None
                  ) -> tuple[list[BBox], list[BBox], list[BBox]]:
    """Photos, rules and frames: ink that no text line covers, on a copy of
    the page reduced to about 4 pixels a point; and colour plates (an
    infographic's tinted panels, with the text on them). Returns pixel boxes."""
    import cv2
    import numpy as np

    h, w = gray.shape
    f = max(1, int(round(max(h, w) / 3000)))
    small = gray[::f, ::f]
    paper = float(np.median(small))
    ink = (small < paper - 50).astype(np.uint8)
    for x0, y0, x1, y1 in text_boxes:
        ink[int(y0 / f):int(y1 / f) + 1, int(x0 / f):int(x1 / f) + 1] = 0
    plates = _colour_plates(image, f, text_boxes, max(h, w) / 150 / f) if image is not None and image.ndim == 3 else []
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    images: list[BBox] = []
    rules: list[BBox] = []
    boxes: list[BBox] = []
    unit = max(h, w) / 150 / f  # about a line of body text on a newspaper page
    for k in range(1, count):
        x, y, bw, bh, area = (int(v) for v in stats[k])
        box = (float(x * f), float(y * f), float((x + bw) * f), float((y + bh) * f))
        thin, long = min(bw, bh), max(bw, bh)
        # a rule's thickness is its ink over its length: after deskewing, a long rule still
        # drifts a pixel or three across its length, so its box is thicker than the rule
        if area / long <= max(2, unit * 0.25) and thin <= max(3, unit * 0.5) and long >= 4 * unit:
            rules.append(box)
        elif bw >= 3 * unit and bh >= 3 * unit:
            fill = area / float(bw * bh)
            holds_text = any(box[0] <= (t[0] + t[2]) / 2 <= box[2] and box[1] <= (t[1] + t[3]) / 2 <= box[3]
                             for t in text_boxes)
            if fill >= 0.35 and not holds_text:
                images.append(box)
            elif (fill <= 0.12 or holds_text) and bw < 0.98 * small.shape[1]:
                boxes.append(box)  # a frame, or a shaded panel with text on it
    images = [im for im in images if not any(within(im, p) for p in plates)] + plates
    return images, rules, boxes


def _colour_plates(image: Any, f: int, text_boxes: list[BBox], unit: float) -> list[BBox]:
    """Areas printed in colour (not ink, not paper): tinted panels of an
    infographic, colour photos. Text set on paper in a colour (a red headline)
    is no plate: the text boxes are taken out before the areas are measured."""
    import cv2
    import numpy as np

    small = image[::f, ::f].astype(np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    paper_spread = float(np.median(spread))
    colour = (spread > paper_spread + 25).astype(np.uint8)
    for x0, y0, x1, y1 in text_boxes:
        colour[int(y0 / f):int(y1 / f) + 1, int(x0 / f):int(x1 / f) + 1] = 0
    k = max(3, int(unit))
    colour = cv2.morphologyEx(colour, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(colour, connectivity=8)
    out: list[BBox] = []
    for i in range(1, count):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if bw >= 4 * unit and bh >= 3 * unit and area >= 0.2 * bw * bh:
            out.append((float(x * f), float(y * f), float((x + bw) * f), float((y + bh) * f)))
    return out
