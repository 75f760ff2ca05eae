"""OCR engine: rapidocr (PP-OCR models on ONNX Runtime, inside the wheel) behind
the ``ocr`` extra, imported lazily; one engine per process, reused.

:func:`recognise` takes one page image (a deskewed numpy array) and returns its
text lines with their pixel boxes and confidences. We call rapidocr's
detector and recogniser ourselves, not its one-call pipeline, for three
reasons: a newspaper page must not be shrunk to rapidocr's default 2000 px
(body glyphs would fall under 15 px), lines are recognised in large batches
(fewer, fuller ONNX runs), and vertical lines (竖排) are cut into their
characters and laid side by side, since the recogniser reads rows only.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import UsageError
from .ocr_ink import column_gutter, ink_mask, row_height, true_runs
from .ocr_marks import column_top_stops, stray_marks, zeros_read_for_stops
from .ocr_quotes import (closing_quote_follows, double_quote_pairs, is_lone_double_quote, is_lone_single_quote,  # noqa: F401
                         leading_double_quote, leading_single_quote, opening_quote_precedes, quote_pair_slots, quote_slots,
                         single_quote_strokes, blanks_after_opening_quotes)
from .ocr_dashes import (dash_bars, dashes_outside_the_box, ink_height, mend_dash_pairs, mend_single_dashes,
                         mend_yi_pairs, single_bars)
from .ocr_dots import middle_dots
from .ocr_names import spaces_between_names
from .ocr_quote_stops import quotes_after_short_lines, stops_after_lone_quotes
from .ocr_pieces import boxed_across_a_cut_glyph, boxed_across_a_glyph, ink_inside, second_box

#: the detector sees the page at full resolution up to this many pixels a side
MAX_DETECT_SIDE = 8000
#: above this many pixels the detector sees a reduced copy: its memory grows with the area (16 Mpx
#: took 2.6 GB, 8 Mpx 1.5 GB), and a worker must stay under 2 GB; lines are still read at full size
MAX_DETECT_PIXELS = 7_000_000
#: lines recognised per ONNX run (rapidocr's default is 6)
REC_BATCH = 24
#: a box this much taller than wide is a vertical line (竖排)
VERTICAL_RATIO = 1.5
#: seconds spent in :func:`recognise` in this process, and pages seen (for benchmarks)
TIMER = {"seconds": 0.0, "pages": 0}


@dataclass(slots=True)
class OcrLine:
    """One recognised line: its text, box (x0, y0, x1, y1 in pixels),
    the recogniser's confidence (0-1) and whether it reads top to bottom."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    vertical: bool = False
    #: x-range of the line's ink (the box reaches past it): the gap to a neighbour on its row
    ink: tuple[float, float] | None = None
    #: height of the line's ink (its glyphs' tallest extent), a better measure of its size than the box
    ink_height: float | None = None
    #: places in ``text`` where a lone stroke at the top of the line may be a dropped single quote
    quote_slots: list[int] = field(default_factory=list)


def missing_extra_message(exc: BaseException | None = None) -> str:
    detail = f" ({exc})" if exc else ""
    return f"reading page images needs the 'ocr' extra (pip install 'banmian[ocr]'){detail}"


def available() -> bool:
    """Whether the OCR extra is installed (without loading any model)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime", "cv2", "numpy"))


@functools.cache
def engine() -> Any:
    """The process's one rapidocr engine (models load once, on first use)."""
    try:
        import logging

        from rapidocr import RapidOCR
    except ImportError as exc:
        raise UsageError(missing_extra_message(exc)) from None
    threads = int(os.environ.get("BANMIAN_OCR_THREADS", "0") or 0)
    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Global.max_side_len": MAX_DETECT_SIDE,
        "Global.use_cls": False,
        "Rec.rec_batch_num": REC_BATCH,
    }
    if threads > 0:
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    eng = RapidOCR(params=params)
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return eng


def detect(image: Any) -> list[tuple[float, float, float, float]]:
    """Text line boxes of an RGB page image (axis-aligned, in pixels)."""
    import numpy as np

    eng = engine()
    det = eng._load_det_model()  # rapidocr has no public detector call
    h, w = image.shape[:2]
    factor = 1.0
    if h * w > MAX_DETECT_PIXELS:
        import cv2

        factor = (MAX_DETECT_PIXELS / (h * w)) ** 0.5
        image = cv2.resize(image, (int(w * factor), int(h * factor)), interpolation=cv2.INTER_AREA)
    result = det(image)
    if result.boxes is None or len(result.boxes) == 0:
        return []
    boxes = np.asarray(result.boxes, dtype=np.float32) / factor
    out = []
    for quad in boxes:
        x0, y0 = max(0.0, float(quad[:, 0].min())), max(0.0, float(quad[:, 1].min()))
        x1, y1 = min(float(w), float(quad[:, 0].max())), min(float(h), float(quad[:, 1].max()))
        if x1 - x0 >= 2 and y1 - y0 >= 2:
            out.append((x0, y0, x1, y1))
    return out


def recognise_crops(crops: list[Any]) -> list[tuple[str, float]]:
    """Text and confidence of each line image, in batches."""
    if not crops:
        return []
    from rapidocr.ch_ppocr_rec import TextRecInput

    rec = engine()._load_rec_model()
    result = rec(TextRecInput(img=crops, return_word_box=False))
    return [(str(t), float(s)) for t, s in zip(result.txts, result.scores)]


def recognise(image: Any) -> list[OcrLine]:
    """Every text line of a page image (RGB numpy array), in no set order."""
    import time

    started = time.perf_counter()
    try:
        return _recognise(image)
    finally:
        TIMER["seconds"] += time.perf_counter() - started
        TIMER["pages"] += 1


def _recognise(image: Any) -> list[OcrLine]:
    boxes: list[tuple[float, float, float, float]] = []
    crops = []
    inks: list[tuple[float, float] | None] = []
    heights: list[float | None] = []
    vertical = []
    found = detect(image)
    row = row_height(found)
    for box in found:
        x0, y0, x1, y1 = box
        crop = image[int(y0):int(round(y1)), int(x0):int(round(x1))]
        if (y1 - y0) < VERTICAL_RATIO * (x1 - x0) or (x1 - x0) < 0.5 * row:  # narrow and short: a mark
            for lo, hi, ink_lo, ink_hi in ink_spans(crop):  # a wide space inside: recognised apart, joined later
                boxes.append((x0 + lo, y0, x0 + hi, y1))
                crops.append(crop[:, lo:hi])
                inks.append((x0 + ink_lo, x0 + ink_hi))
                heights.append(ink_height(crop[:, lo:hi]))
                vertical.append(False)
            continue
        for lo, hi in ink_columns(crop):  # the detector may take two vertical lines side by side as one
            boxes.append((x0 + lo, y0, x0 + hi, y1))
            crops.append(stack_sideways(crop[:, lo:hi]))
            inks.append(ink_range(crop[:, lo:hi], x0 + lo))
            heights.append(None)
            vertical.append(True)
    lines = len(boxes)
    known: dict[int, str] = {}
    then: dict[int, str] = {}
    for cell, ink, text, after in stray_marks(image, boxes):
        if text:
            known[len(boxes)] = text
        if after:
            then[len(boxes)] = after
        boxes.append(cell)
        crops.append(image[int(cell[1]):int(cell[3]), int(cell[0]):int(cell[2])])
        inks.append(ink)
        heights.append(None)
        vertical.append(False)
    out = []
    read = [(known[k], 1.0) if k in known else r for k, r in enumerate(recognise_crops(crops))]
    for k, (box, tall, ink, height, (text, score)) in enumerate(zip(boxes, vertical, inks, heights, read)):
        text = text.strip()
        if k >= lines and LONE_QUOTE_READING.match(text):
            text = "”"
        if k >= lines and (text not in LINE_START_MARKS or score < 0.8) and text not in ("——", "—", "……", "…"):
            continue  # a speck, or a mark the recogniser is not sure of
        text += then.get(k, "")
        if text and k < lines and not tall and text[:1] not in "■●" and (bullet := leading_bullet(crops[k])):
            text = bullet + (text[1:] if text[:1] in "•·" else text)  # the recogniser drops a bullet (■ ●) opening a line
        left = box[0]  # the crop's left edge on the page
        if k < lines and not tall and ((LONE_QUOTE_READING.match(text) and box[2] - box[0] <= 0.8 * row) or (
                ink is not None and ink[1] - ink[0] <= 0.6 * row and is_lone_double_quote(ink_mask(crops[k]), row))):
            text = "”"  # a quote mark boxed alone: its two strokes read as II, 11, Ⅱ or 1
        elif (k < lines and not tall and text in _STROKE_READINGS and ink is not None and ink[1] - ink[0] <= 0.3 * row
              and is_lone_single_quote(ink_mask(crops[k]), row)):
            text = "’"  # a single quote cut from its row by its square's blank (which way it faces: later)
        if text and k < lines and not tall and ink is not None:
            text = mend_dash_pairs(text, ink, [(left + a, left + b) for a, b in dash_bars(crops[k])])
            text = mend_yi_pairs(text, ink, [(left + a, left + b) for a, b in dash_bars(crops[k], split=True)])
            text = mend_single_dashes(text, ink, [(left + a, left + b, d) for a, b, d in single_bars(crops[k])])
            text = zeros_read_for_stops(text, crops[k], row)
            text = middle_dots(text, crops[k])
            text = spaces_between_names(text, crops[k])
            text = put_back_double_quotes(image, text, box, ink, crops[k], boxes, row)
            text, box, ink = dashes_outside_the_box(image, text, box, ink)
            text = blanks_after_opening_quotes(text)
        if text:
            out.append(OcrLine(text, box, score, tall, ink, height))
            if k < lines and not tall and ink is not None and (len(text) > 1 or "\u4e00" <= text <= "\u9fff"):
                strokes = [(left + a, left + b) for a, b in single_quote_strokes(crops[k])]
                out[-1].quote_slots = quote_slots(text, ink, strokes) if strokes else []
    # (found apart from the recogniser's batch: a known mark needs no reading)
    out += [OcrLine(text, cell, 1.0, False, ink) for cell, ink, text in column_top_stops(image, boxes)]
    # (the detector's own boxes only: a stray cell's quote carries its ring already, ”。)
    out += [OcrLine("。", cell, 1.0, False, ink) for cell, ink in stops_after_lone_quotes(image, boxes[:lines])]
    out += [OcrLine("”", cell, 1.0, False, ink) for cell, ink in quotes_after_short_lines(image, out)]
    return stack_singles(put_back_single_quotes(join_row_pieces(out, image)))


def put_back_single_quotes(lines: list[OcrLine]) -> list[OcrLine]:
    """The recogniser drops a single quote (‘) now and then. A line's
    :attr:`OcrLine.quote_slots` get one where a closing single quote follows
    within a phrase, in the line, the rest of its row or the row under it in
    its column (:func:`closing_quote_follows`), or a closing one where one
    was left open before it, in the line, the start of its row or the row
    above (:func:`opening_quote_precedes`); which way each faces is decided later."""
    rows = [ln for ln in lines if not ln.vertical]
    for ln in rows:
        if not ln.quote_slots:
            continue
        left, right = _row_part(ln, rows, False), _row_part(ln, rows, True)
        row = left + [ln] + right
        span = (row[0].box[0], ln.box[1], row[-1].box[2], ln.box[3])
        following = "".join(o.text for o in right + _next_row(span, rows, True))
        before = "".join(o.text for o in _next_row(span, rows, False) + left)
        text = ln.text
        for i in sorted(ln.quote_slots, reverse=True):  # from the right: earlier places do not move
            if opening_quote_precedes(before + text[:i]):  # single quotes never nest: it closes the open one
                text = text[:i] + "’" + text[i:]
            elif closing_quote_follows(text[i:] + following):
                text = text[:i] + "‘" + text[i:]
        ln.text, ln.quote_slots = text, []
    return lines


def _next_row(span: tuple[float, float, float, float], rows: list[OcrLine], down: bool) -> list[OcrLine]:
    """The pieces of the row under ``span`` (a row's box) in its column, or of the row above, in order."""
    h, width = span[3] - span[1], span[2] - span[0]
    near = [o for o in rows if -0.3 * h <= (o.box[1] - span[3] if down else span[1] - o.box[3]) <= 0.8 * h
            and min(o.box[2], span[2]) - max(o.box[0], span[0]) >= 0.5 * min(o.box[2] - o.box[0], width)]
    if not near:
        return []
    first = min(near, key=lambda o: o.box[1]) if down else max(near, key=lambda o: o.box[1])
    return sorted((o for o in near if abs(o.box[1] - first.box[1]) <= 0.3 * h), key=lambda o: o.box[0])


def _row_part(line: OcrLine, rows: list[OcrLine], after: bool) -> list[OcrLine]:
    """The pieces after ``line`` on its row (or before it), in order, each
    less than half a square from the last (the blank of a quote's square, or
    of a wide space inside a line, cut the row: :func:`ink_spans`), not
    across a column gutter; a quote's partner may stand there."""
    h = line.box[3] - line.box[1]
    out: list[OcrLine] = []
    edge = line.box[2] if after else line.box[0]
    side = [o for o in rows if o is not line and (same_row(line, o) if after else same_row(o, line))]
    for o in sorted(side, key=lambda o: o.box[0], reverse=not after):
        if (o.box[0] - edge if after else edge - o.box[2]) > 0.5 * h:
            break
        out, edge = (out + [o], o.box[2]) if after else ([o] + out, o.box[0])
    return out


def put_back_double_quotes(image: Any, text: str, box: tuple[float, float, float, float],
                           ink: tuple[float, float], crop: Any, boxes: list[tuple[float, float, float, float]],
                           row: float) -> str:
    """Double quotes the recogniser dropped: a pair of strokes in the line's
    ink (:func:`double_quote_pairs`) with no quote read near its place, and an
    opening quote left out of the detector's box before a body line (of the
    page's usual ``row`` height: :func:`leading_double_quote`; a heading's
    quote changes what layout makes of the heading, and is left as read).
    The first goes in as ”, which way it faces is decided later from its
    context (:func:`banmian.sources.ocr_text.fix_quotes`)."""
    if len(text) > 1:
        pairs = [(box[0] + a, box[0] + b) for a, b in double_quote_pairs(crop)]
        for i in reversed(quote_pair_slots(text, ink, pairs) if pairs else []):
            text = text[:i] + "”" + text[i:]
    # ``boxes`` holds the cells of the marks found pushed to a row's start (a closing quote there is
    # theirs: its paper is blanked out)
    body = abs((box[3] - box[1]) - row) <= 0.2 * row
    if text and text[0] not in "“”\"" and body and leading_double_quote(image, box, ink[0], boxes) is not None:
        text = "“" + text  # the box stays: layout measures columns by the boxes, the quote sits in the indent
    elif (text and text[0] not in _STROKE_READINGS and abs((box[3] - box[1]) - row) <= 0.3 * row
          and leading_single_quote(image, box, boxes)):
        text = "’" + text  # a single quote the box's edge cut (which way it faces: later)
    return text


#: marks that a line break can leave alone at the start of the next line
LINE_START_MARKS = frozenset("。，、；：？！）》”")
#: what the recogniser reads for a quote mark boxed alone (two short strokes; 1I, a digit and a
#: letter, is neither a number nor a word)
#: what the recogniser reads for a single quote's stroke alone
_STROKE_READINGS = frozenset(["1", "l", "I", "|", "'", "′", "`", "’", "‘"])
LONE_QUOTE_READING = re.compile(r"^(?:[Il|]{2}|1[Il|]|[Il|]1|[\"“”Ⅱ])$")


def _beside_text(single: OcrLine, rows: list[OcrLine]) -> bool:
    """A character with a line of text on its row within two of its widths: part of that row."""
    reach = 2 * (single.box[2] - single.box[0])
    return any(same_row(single, ln) or same_row(ln, single) for ln in rows
               if min(abs(ln.box[0] - single.box[2]), abs(single.box[0] - ln.box[2])) <= reach)


def stack_singles(lines: list[OcrLine]) -> list[OcrLine]:
    """竖排 the detector boxed character by character: single characters
    centred one under the next, less than 0.6 of their size apart (1.2 when
    exactly centred: a padded vertical byline), are one vertical line read top
    to bottom (as the PDF source stacks glyphs). A vertical byline stands a
    gutter beside a column's lines, level with them: a character on a row of
    text joins a stack of three or more, or one exactly centred, never a
    chance pair (the last characters of two lines cut off by the detector)."""
    rows = [ln for ln in lines if not ln.vertical and len(ln.text) > 1]
    singles = sorted((ln for ln in lines if ln.vertical or (len(ln.text) == 1 and ln.text not in LINE_START_MARKS)),
                     key=lambda ln: ln.box[1])  # a mark alone was pushed off a line: it stacks with nothing
    runs: list[list[OcrLine]] = []
    centred: list[bool] = []
    for ln in singles:
        size = ln.box[2] - ln.box[0]
        centre = (ln.box[0] + ln.box[2]) / 2
        for k, run in enumerate(runs):
            last = run[-1]
            wide = max(size, last.box[2] - last.box[0])
            offset = abs((last.box[0] + last.box[2]) / 2 - centre)
            exact = offset < 0.12 * wide
            reach = 1.2 if exact else 0.6
            if offset < 0.3 * wide and -0.6 * wide <= ln.box[1] - last.box[3] < reach * wide and \
                    abs((last.box[2] - last.box[0]) - size) < 0.5 * wide:
                run.append(ln)
                centred[k] = centred[k] and exact
                break
        else:
            runs.append([ln])
            centred.append(True)
    used: set[int] = set()
    out: list[OcrLine] = []
    for run, exact in zip(runs, centred):
        if len(run) < 2 or (len(run) < 3 and not exact and any(
                not r.vertical and _beside_text(r, rows) for r in run)):
            continue
        used.update(id(r) for r in run)
        weight = sum(len(r.text) for r in run)
        inks = [r.ink for r in run if r.ink]
        out.append(OcrLine("".join(r.text for r in run),
                           (min(r.box[0] for r in run), run[0].box[1], max(r.box[2] for r in run), run[-1].box[3]),
                           sum(r.confidence * len(r.text) for r in run) / weight, True,
                           (min(i[0] for i in inks), max(i[1] for i in inks)) if inks else None))
    return [ln for ln in lines if id(ln) not in used] + out


def ink_spans(crop: Any) -> list[tuple[int, int, int, int]]:
    """The pieces of a horizontal box, cut at each gap of blank columns wider
    than 0.8 of its height (the detector's box over 7 and 理论, over two
    phrases, or over two columns' lines across a narrow gutter): each as
    (start, end, first inked column, end of its ink). The ink is kept apart
    because the detector's boxes reach well past it, and two columns' boxes
    can touch across a gutter: :func:`join_row_pieces` must see the real gap."""
    h, w = crop.shape[:2]
    runs = true_runs(ink_mask(crop).sum(axis=0) > 0)
    if not runs:
        return [(0, w, 0, w)]
    cuts = [k for k, (a, b) in enumerate(zip(runs, runs[1:])) if b[0] - a[1] > 0.8 * h]
    edges = [0] + [(runs[k][1] + runs[k + 1][0]) // 2 for k in cuts] + [w]
    firsts = [0] + [k + 1 for k in cuts]
    lasts = cuts + [len(runs) - 1]
    return [(lo, hi, runs[a][0], runs[b][1])
            for lo, hi, a, b in zip(edges, edges[1:], firsts, lasts) if hi - lo >= 3]


def join_row_pieces(lines: list[OcrLine], image: Any = None) -> list[OcrLine]:
    """Pieces of one row that the detector or :func:`ink_spans` cut apart with
    less than 0.6 of their height of paper between them: one line, no space.
    A closing mark alone at a row's start stays apart (a line break pushed it
    off the line above, where :func:`banmian.sources.image.pull_up_punctuation`
    puts it back), and two pieces of body text a column gutter of the page
    image parts (:func:`column_gutter`) stay two lines (a heading runs over
    the gutters of its columns)."""
    rows = sorted((ln for ln in lines if not ln.vertical), key=lambda ln: ln.box[0])
    slivers = {id(ln) for ln in rows if len(ln.text) <= 2 and any(ink_inside(ln, o) for o in rows if o is not ln)}
    rows = [ln for ln in rows if id(ln) not in slivers]
    out: list[OcrLine] = [ln for ln in lines if ln.vertical]
    open_rows: list[OcrLine] = []
    body = row_height([ln.box for ln in rows])
    for ln in rows:
        for k, prev in enumerate(open_rows):
            if second_box(prev, ln):
                open_rows[k] = ln  # the detector boxed the line's first character twice
                break
            if set(prev.text) <= LINE_START_MARKS:
                continue  # a mark alone at a row's start was pushed off the line above: it goes back there
            if boxed_across_a_cut_glyph(prev, ln):
                join(prev, ln, "")
                break
            if boxed_across_a_glyph(prev, ln):
                ln.text, ln.quote_slots = ln.text[1:], [i - 1 for i in ln.quote_slots if i > 0]
                join(prev, ln, "")
                break
            if (same_row(prev, ln) and ink_gap(prev, ln) <= 0.6 * (ln.box[3] - ln.box[1])
                    and not (image is not None and ln.box[3] - ln.box[1] <= 1.3 * body
                             and column_gutter(image, prev, ln))):
                join(prev, ln, "")
                break
        else:
            open_rows.append(ln)
    return out + open_rows


#: full-width marks drawn in one side of their square (a middle dot in its middle): the paper beside them is part of the text;
#: the primes ″ ′ are the recogniser's readings of ” ’ (their squares blank on the right as well)
_BLANK_AFTER = frozenset("。，、；：？！）》”’·″′")
_BLANK_BEFORE = frozenset("（《“‘·")


def ink_gap(left: OcrLine, right: OcrLine) -> float:
    """Paper between two pieces of a row: from the ink when known, else from
    the boxes; less the blank half square of a full stop or comma ending the
    left piece (or of an opening mark starting the right one), which is text,
    not space (a line cut after its 。 is one line, a gutter is not)."""
    end = left.ink[1] if left.ink else left.box[2]
    start = right.ink[0] if right.ink else right.box[0]
    size = max(left.ink_height or 0.0, right.ink_height or 0.0) or 0.8 * (left.box[3] - left.box[1])
    blank = 0.6 * size * ((left.text[-1:] in _BLANK_AFTER) + (right.text[:1] in _BLANK_BEFORE))
    return start - end - blank


def same_row(left: OcrLine, right: OcrLine) -> bool:
    """Two horizontal boxes of one height on one row, ``right`` after ``left``."""
    h, ph = right.box[3] - right.box[1], left.box[3] - left.box[1]
    overlap = min(left.box[3], right.box[3]) - max(left.box[1], right.box[1])
    return (overlap >= 0.6 * min(h, ph) and abs(h - ph) <= 0.3 * max(h, ph)
            and right.box[0] - left.box[2] >= -0.3 * h)


def join(into: OcrLine, other: OcrLine, sep: str) -> None:
    """Append ``other`` to ``into``: text, box and character-weighted confidence."""
    weight = len(into.text) + len(other.text)
    into.confidence = (into.confidence * len(into.text) + other.confidence * len(other.text)) / weight
    into.quote_slots = into.quote_slots + [len(into.text) + len(sep) + i for i in other.quote_slots]
    into.text = into.text + sep + other.text
    into.box = (into.box[0], min(into.box[1], other.box[1]), max(into.box[2], other.box[2]),
                max(into.box[3], other.box[3]))
    if into.ink and other.ink:
        into.ink = (into.ink[0], max(into.ink[1], other.ink[1]))
    into.ink_height = max(into.ink_height or 0.0, other.ink_height or 0.0) or None


def leading_square(crop: Any) -> bool:
    """Whether a line's ink opens with a solid square (:func:`leading_bullet`)."""
    return leading_bullet(crop) == "■"


def leading_bullet(crop: Any) -> str | None:
    """The bullet a line's ink opens with, which the recogniser drops: its
    first blob of ink, apart from the next by blank columns, about as wide as
    tall and a third to nine tenths of the line's height, is a solid square
    ■ when filled, a disc ● when filled but for its corners (a disc fills
    π/4 of its square), no taller than 0.6 of the line and a space before
    the next ink, else None (a character's strokes fill far less). Its ink
    is solid: its middle value is as dark as three quarters of the line's
    darkest ink (a blurred scan fills a dense glyph's box with grey)."""
    import numpy as np

    ink = ink_mask(crop)
    cols = true_runs(ink.sum(axis=0) > 0)
    if len(cols) < 2:
        return None
    lo, hi = cols[0]
    rows = true_runs(ink[:, lo:hi].sum(axis=1) > 0)
    if len(rows) != 1:
        return None
    top, bottom = rows[0]
    width, height = hi - lo, bottom - top
    tall = crop.shape[0]
    if not (0.3 * tall <= height <= 0.9 * tall and 0.75 <= width / max(1, height) <= 1.33):
        return None
    gray = crop.mean(axis=2) if crop.ndim == 3 else crop.astype(float)
    paper, darkest = float(np.median(gray)), float(gray.min())
    if paper - float(np.median(gray[top:bottom, lo:hi])) < 0.75 * (paper - darkest):
        return None  # grey: a blurred scan's dense glyph (重, 署), strokes and gaps mixed, not solid ink
    blob = ink[top:bottom, lo:hi]
    fill = float(blob.mean())
    if fill >= 0.85:
        return "■"
    c = max(1, min(width, height) // 5)  # a corner's patch: blank in a disc, inked in a square
    corners = (blob[:c, :c], blob[:c, -c:], blob[-c:, :c], blob[-c:, -c:])
    apart = cols[1][0] - hi >= 0.3 * tall  # a space after it: a character's parts stand closer
    if fill >= 0.65 and apart and height <= 0.6 * tall and all(float(p.mean()) <= 0.3 for p in corners):
        return "●"
    return None


def ink_range(crop: Any, left: float) -> tuple[float, float] | None:
    """The x-range of a crop's ink, on the page (``left`` is the crop's left edge)."""
    runs = true_runs(ink_mask(crop).sum(axis=0) > 0)
    return (left + runs[0][0], left + runs[-1][1]) if runs else None


def ink_columns(crop: Any) -> list[tuple[int, int]]:
    """The x-ranges (with a margin) of the vertical lines in a tall box: runs
    of inked columns apart by more than a third of the narrower one."""
    w = crop.shape[1]
    runs = true_runs(ink_mask(crop).sum(axis=0) > 0)
    if not runs:
        return [(0, w)]
    merged: list[list[int]] = [runs[0]]
    for lo, hi in runs[1:]:
        last = merged[-1]
        if lo - last[1] <= max(2, 0.33 * min(hi - lo, last[1] - last[0])) or hi - lo < 3:
            last[1] = hi
        else:
            merged.append([lo, hi])
    merged = [r for r in merged if r[1] - r[0] >= 3] or [[0, w]]
    out = []
    for k, (lo, hi) in enumerate(merged):
        pad = max(2, (hi - lo) // 6)
        left = max(0, lo - pad, (merged[k - 1][1] + lo) // 2 if k else 0)
        right = min(w, hi + pad, (hi + merged[k + 1][0]) // 2 if k + 1 < len(merged) else w)
        out.append((left, right))
    return out


def _characters(pieces: list[list[int]], size: float) -> list[list[int]]:
    """Join runs of inked rows into characters: the split whose characters are
    closest to ``size`` tall, none taller than 1.2 sizes (dynamic programming,
    so a character with a gap inside never pulls its neighbour's top half in)."""
    n = len(pieces)
    best = [0.0] + [float("inf")] * n
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            height = pieces[j - 1][1] - pieces[i][0]
            if height > 1.2 * size and i < j - 1:
                break
            cost = best[i] + (size - height) ** 2
            if cost < best[j]:
                best[j], cut[j] = cost, i
    out: list[list[int]] = []
    j = n
    while j > 0:
        i = cut[j]
        out.append([pieces[i][0], pieces[j - 1][1]])
        j = i
    return out[::-1]


def stack_sideways(crop: Any) -> Any:
    """A vertical line's characters, cut apart where a row of the crop holds
    no ink and laid left to right, so the row recogniser reads them in order.
    A character with gaps inside (二, 三) is kept whole: pieces join until
    they are about as tall as the line's ink is wide."""
    import numpy as np

    h, w = crop.shape[:2]
    ink = ink_mask(crop)
    cols = true_runs(ink.sum(axis=0) > 0)
    size = (cols[-1][1] - cols[0][0]) if cols else w
    pieces = true_runs(ink.sum(axis=1) > 0)
    if not pieces:
        return np.ascontiguousarray(np.rot90(crop))
    merged = _characters(pieces, size)
    cell = max(w, max(hi - lo for lo, hi in merged))
    gap = max(2, size // 4)
    background = np.median(crop.reshape(-1, crop.shape[2]) if crop.ndim == 3 else crop.reshape(-1), axis=0)
    shape = (cell + 2 * gap, len(merged) * (w + gap) + gap) + crop.shape[2:]
    strip = np.empty(shape, dtype=crop.dtype)
    strip[...] = background
    for k, (lo, hi) in enumerate(merged):
        top = gap + (cell - (hi - lo)) // 2
        x = gap + k * (w + gap)
        strip[top:top + hi - lo, x:x + w] = crop[lo:hi]
    return strip
