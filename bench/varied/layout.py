"""One article set into a rectangle: headline placement, body columns, photo, cut at a paragraph boundary.

The body is balanced: the smallest column height that holds every line is
found by bisection, so short articles take little room; an article longer
than its rectangle keeps whole paragraphs only and may end with （下转第N版）.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import pymupdf

from bench.varied.fonts import Faces
from bench.varied.headline import Headline
from bench.varied.photos import Caption, make_photo
from bench.varied.plan import ArticlePlan
from bench.corpus import split_quoted_wire
from bench.varied.textflow import FlowLine, Segment, draw_placed, flow, paragraph_lines

SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）]*|[^。！？]+$")


@dataclass
class PageStyle:
    body_size: float
    leading: float
    gap: float
    grid_chars: int | None  # characters per column when the page keeps one grid


@dataclass
class Geometry:
    """Where the pieces go; tops of the body columns and the lowest allowed body bottom."""

    columns: list[float]  # x of each body column
    tops: list[float]
    width: float  # column width
    min_bottom: float
    photo_rect: pymupdf.Rect | None = None
    caption_at: tuple[float, float, float] | None = None  # x, top, width
    caption_column: int | None = None
    photo_columns: range = range(0)
    caption_height: float = 0.0
    draws: list = field(default_factory=list)


@dataclass
class Outcome:
    bottom: float
    answer: dict
    draw: object  # callable(canvas)


def _columns(x0: float, x1: float, chars: int, size: float, gap: float) -> tuple[list[float], float]:
    """As many columns of `chars` characters as fit, spread to fill the width exactly."""
    width = chars * size
    count = max(1, int((x1 - x0 + gap) // (width + gap)))
    if count == 1 and width > x1 - x0:
        width = (x1 - x0) // size * size
    spread = (x1 - x0 - count * width) / (count - 1) if count > 1 else 0.0
    spread = min(spread, gap * 2.5)
    return [x0 + i * (width + spread) for i in range(count)], width


def layout_article(plan: ArticlePlan, rect: tuple[float, float, float, float], faces: Faces,
                   style: PageStyle, rng: random.Random) -> Outcome | None:
    """Set the article in rect (x0, y0, x1, y_max); None when not even its first paragraph fits."""
    x0, y0, x1, y_max = rect
    pad = 7.0 if plan.boxed else 0.0
    x0, y0, x1, y_max = x0 + pad, y0 + pad, x1 - pad, y_max - pad
    size, leading = style.body_size, style.leading
    features = list(plan.features)
    top = y0
    if plan.logo:
        top += size * 2.6
        features.append("column_logo")
    geometry, head, head_at = _place_headline(plan, faces, style, x0, top, x1, y_max, features)
    caption = _place_photo(plan, geometry, faces, style, rng, features)
    if geometry.min_bottom > y_max:
        return None
    lines_by_paragraph = [_lines_for(plan, i, p, faces, style, geometry.width) for i, p in enumerate(plan.paragraphs)]
    lead_lines = []
    vertical = "headline_vertical_left" in features or "headline_vertical_right" in features
    if plan.byline_line and vertical and "byline_vertical" not in features:
        lead_lines = [FlowLine(plan.byline_line, "kai", size, leading, -1, "left", kind="byline")]
    if plan.continued_from:
        lead_lines.append(FlowLine(f"（上接第{plan.continued_from}版）", "kai", size, leading, -1,
                                   rng.choice(("left", "right")), kind="note"))
    total = len(plan.paragraphs)
    tail_lines = paragraph_lines(plan.tail_line, total, faces, "kai", size, geometry.width, leading,
                                 indent_chars=0, align="right") if plan.tail_line else []

    def build(keep: int, whole: bool) -> list[FlowLine]:
        lines = list(lead_lines)
        for i in range(keep):
            lines.extend(lines_by_paragraph[i])
        if whole and plan.tail_line:
            lines.extend(tail_lines)
        if not whole and plan.continues_to:
            lines.append(FlowLine(f"（下转第{plan.continues_to}版）", "kai", size, leading, total, "right",
                                  last_of_unit=True, kind="note"))
        return lines

    def segments(bottom: float) -> list[Segment]:
        return _segments(geometry, bottom, size)

    keep, whole = total, True
    lines = build(keep, whole)
    if flow(lines, segments(y_max)) < len(lines):
        whole = False
        while keep > 1:
            keep -= 1
            while keep > 1 and plan.paragraphs[keep - 1].subhead:
                keep -= 1
            lines = build(keep, whole)
            if flow(lines, segments(y_max)) == len(lines):
                break
        else:
            lines = build(keep, whole)
            if flow(lines, segments(y_max)) < len(lines):
                return None
        bottom = y_max
    else:
        low, high = geometry.min_bottom, y_max
        for _ in range(14):
            middle = (low + high) / 2
            if flow(lines, segments(middle)) == len(lines):
                high = middle
            else:
                low = middle
        bottom = high
    placed_segments = segments(bottom)
    flow(lines, placed_segments)
    if not whole:
        dropped = ("closing_author_note", "closing_dateline", "right_aligned_credit", "byline_closing_right")
        if "byline_closing_right" in features:
            features.append("byline_none")  # the closing credit went with the cut paragraphs
        features = [f for f in features if f not in dropped]
        if plan.continues_to:
            features.append("continues_note")
    used = max([p.top + p.line.advance for s in placed_segments for p in s.placed] + [geometry.min_bottom])
    if geometry.photo_rect is not None:
        used = max(used, geometry.photo_rect.y1 + (caption.height if caption else 0))
    if any(len(lines_by_paragraph[i]) > 1 for i in range(keep) if plan.paragraphs[i].subhead):
        features.append("subhead_multiline")
    answer = _answer(plan, keep, whole, caption, features)

    def draw(canvas) -> None:
        def draw_head():
            for action in geometry.draws:
                action(canvas)
            if head is not None:
                head.draw(canvas, *head_at)
            if plan.logo:
                _draw_logo(canvas, plan.logo, x0, y0, size)

        if not plan.headline_after_body:
            draw_head()
        for segment in placed_segments:
            for placed in segment.placed:
                draw_placed(canvas, placed)
            _box_subheads(canvas, segment)
        if geometry.photo_rect is not None:
            rect = geometry.photo_rect
            canvas.image(rect, make_photo(rng, max(8, int(rect.width / 4)), max(8, int(rect.height / 4))))
            if caption:
                caption.draw(canvas, *geometry.caption_at)
        if plan.headline_after_body:
            draw_head()
        if plan.boxed:
            canvas.rect(x0 - pad + 2, y0 - pad + 2, x1 + pad - 2, used + pad - 2, width=0.8)

    return Outcome(used + pad, answer, draw)


def _place_headline(plan: ArticlePlan, faces: Faces, style: PageStyle, x0: float, top: float, x1: float,
                    y_max: float, features: list[str]):
    """Headline box and body columns for the placement mode (top, narrow, side, vertical)."""
    size, gap, chars = style.body_size, style.gap, plan.chars_per_column
    mode = plan.mode
    source = plan.source

    def headline(width: float, byline: str | None) -> Headline:
        head = Headline(faces, width, kicker=source.kicker, title=source.title, subtitle=plan.subtitle,
                        title_font=plan.title_font, title_size=plan.title_size, body_size=size,
                        kicker_style=plan.kicker_style, subtitle_style=plan.subtitle_style,
                        two_lines=plan.two_lines, byline=byline)
        features.extend(head.features)
        return head

    columns, width = _columns(x0, x1, chars, size, gap)
    if mode == "headline_narrow" and len(columns) < 3:
        mode = "headline_top"
    title = source.title.replace(" ", "")
    if mode.startswith("headline_vertical") and (y_max - top - size * 6) / len(title) < 16:
        mode = "headline_side"
    if mode.startswith("headline_vertical") and len(columns) < 2:
        mode = "headline_side" if len(columns) >= 2 else "headline_top"
    if mode == "headline_side" and x1 - x0 < 2 * width + 6 * size:
        mode = "headline_top"
    features.append(mode)
    if mode == "headline_top":
        head = headline(x1 - x0, plan.byline_line)
        align = "center" if plan.centered else "left"
        if plan.centered:
            features.append("headline_centered")
        body_top = top + head.height + size * 0.8
        return Geometry(columns, [body_top] * len(columns), width, body_top), head, (x0, top, x1 - x0, align)
    if mode == "headline_narrow":
        span = max(1, min(len(columns) - 1, round(len(columns) * 0.5)))
        first = (len(columns) - span) // 2 if plan.centered and len(columns) - span >= 2 else 0
        if first:
            features.append("headline_centered")
        head_x = columns[first]
        head_w = columns[first + span - 1] + width - head_x
        head = headline(head_w, plan.byline_line)
        body_top = top + head.height + size * 0.8
        tops = [body_top if first <= i < first + span else top for i in range(len(columns))]
        return Geometry(columns, tops, width, body_top + size * 3), head, (head_x, top, head_w, "left")
    if mode == "headline_side":
        head_w = max(width, min((x1 - x0) * 0.3, plan.title_size * 7))
        head = headline(head_w, plan.byline_line)
        columns, width = _columns(x0 + head_w + gap * 1.5, x1, chars, size, gap)
        return Geometry(columns, [top] * len(columns), width, top + head.height), head, (x0, top, head_w, "left")
    # vertical: the title stacked in a strip at the left or right, perhaps with a vertical byline
    title_size = min(plan.title_size + 2, 26, (y_max - top - size * 6) / len(title) / 1.12)
    step = title_size * 1.12
    strip = title_size * 1.9
    vertical_byline = plan.byline_style == "byline_author_alone"
    byline_strip = size * 2.2 if vertical_byline else 0.0
    if vertical_byline:
        features.append("byline_vertical")
    left = mode.endswith("left")
    body_x0 = x0 + strip + byline_strip + gap if left else x0
    body_x1 = x1 if left else x1 - strip - byline_strip - gap
    columns, width = _columns(body_x0, body_x1, chars, size, gap)
    strip_x = x0 if left else x1 - strip - byline_strip
    title_height = len(title) * step + size
    byline_text = "  ".join(plan.bylines)
    byline_end = title_height * 0.45 + len(byline_text) * size * 1.3 if vertical_byline else 0.0
    geometry = Geometry(columns, [top] * len(columns), width, top + max(title_height, byline_end) + size * 2)

    def draw_vertical(canvas) -> None:
        canvas.rect(strip_x, top, strip_x + strip, top + title_height + size * 0.5, width=1.0)
        canvas.vertical_text(strip_x + strip / 2, top + size * 0.6, title, plan.title_font, title_size, step)
        if vertical_byline:
            canvas.vertical_text(strip_x + strip + byline_strip / 2, top + title_height * 0.45, byline_text, "kai",
                                 size * 1.1, size * 1.3)

    geometry.draws.append(draw_vertical)
    return geometry, None, None


def _place_photo(plan: ArticlePlan, geometry: Geometry, faces: Faces, style: PageStyle, rng: random.Random,
                 features: list[str]) -> Caption | None:
    count = len(geometry.columns)
    if not plan.photo or count < 2:
        return None
    beside = plan.photo == "caption_beside"
    span = rng.randint(1, count - 1) if beside else rng.randint(max(1, count // 2), count)
    if beside:
        span = max(1, min(span, count - 1))
    first = rng.choice((0, count - span - (1 if beside else 0)))
    top = geometry.tops[first]
    if any(abs(geometry.tops[i] - top) > 0.1 for i in range(first, first + span + (1 if beside else 0))):
        return None
    x = geometry.columns[first]
    photo_w = geometry.columns[first + span - 1] + geometry.width - x
    photo_h = min(photo_w * rng.uniform(0.5, 0.75), 260)
    geometry.photo_rect = pymupdf.Rect(x, top, x + photo_w, top + photo_h)
    geometry.photo_columns = range(first, first + span)
    caption_w = geometry.width if beside else photo_w
    caption = Caption(rng, faces, plan.source.paragraphs, caption_w, round(style.body_size * 0.9, 1))
    geometry.caption_height = caption.height
    if beside:
        geometry.caption_column = first + span
        geometry.caption_at = (geometry.columns[first + span], top, caption_w)
        features.append("caption_beside")
        below = max(photo_h, caption.height)
    else:
        geometry.caption_at = (x, top + photo_h + 4, caption_w)
        features.append("caption_below")
        below = photo_h + 4 + caption.height
    geometry.min_bottom = max(geometry.min_bottom, top + below + style.leading * 3)
    features += ["photo", caption.form, caption.placement]
    return caption


def _segments(geometry: Geometry, bottom: float, size: float) -> list[Segment]:
    segments = []
    for i, (x, top) in enumerate(zip(geometry.columns, geometry.tops)):
        if geometry.photo_rect is not None and i in geometry.photo_columns:
            top = geometry.caption_at[1] + geometry.caption_height + size if geometry.caption_column is None \
                else geometry.photo_rect.y1 + size
        if i == geometry.caption_column:
            top = geometry.caption_at[1] + geometry.caption_height + size
        if bottom > top:
            segments.append(Segment(x, geometry.width, top, bottom))
    return segments


def _lines_for(plan: ArticlePlan, index: int, paragraph, faces: Faces, style: PageStyle, width: float) -> list[FlowLine]:
    size, leading = style.body_size, style.leading
    if not paragraph.subhead:
        return paragraph_lines(paragraph.printed, index, faces, "song", size, width, leading)
    font = "hei" if plan.subhead_style == "subheads_bold" else "song"
    lines = paragraph_lines(paragraph.printed, index, faces, font, size, width - (size if plan.subhead_style == "subheads_boxed" else 0),
                            leading * 1.15, indent_chars=0, align="center" if plan.subhead_centered else "left",
                            bold=font == "song", kind="subhead", space_before=leading * 0.6)
    if plan.subhead_style == "subheads_boxed":
        for line in lines:
            line.boxed = True
            line.indent = size * 0.5
    return lines


def _box_subheads(canvas, segment: Segment) -> None:
    """One frame around each run of boxed subhead lines in a column."""
    run: list = []
    for placed in segment.placed + [None]:
        if placed is not None and placed.line.boxed and (not run or run[-1].line.unit == placed.line.unit):
            run.append(placed)
            continue
        if run:
            top, bottom = run[0].top - 1, run[-1].top + run[-1].line.advance + 1
            canvas.rect(segment.x, top, segment.x + segment.width, bottom, width=0.7)
        run = [placed] if placed is not None and placed.line.boxed else []


def _draw_logo(canvas, label: str, x: float, y: float, size: float) -> None:
    """A column logo: the label reversed out of a dark box, as 思想纵横-style logos are printed."""
    height = size * 2.0
    width = canvas.faces.width(label, "mhei", size * 1.3) + size * 1.6
    canvas.rect(x, y, x + width, y + height, fill_gray=0.25, stroke=False)
    canvas.text(x + size * 0.8, y + height * 0.5 + size * 0.45, label, "mhei", size * 1.3, white=True)


def sentences(paragraphs: list[str]) -> list[str]:
    return [s.strip() for p in paragraphs for s in SENTENCE.findall(p) if s.strip()]


def _answer(plan: ArticlePlan, keep: int, whole: bool, caption: Caption | None, features: list[str]) -> dict:
    kept = plan.paragraphs[:keep]
    body = [p.answer for p in kept]
    bylines, roles = list(plan.bylines), list(plan.roles)
    dateline = plan.dateline
    if not whole:
        if plan.byline_style == "byline_closing_right":
            bylines, roles = [], []
        if "dateline_run_in" not in plan.features:
            dateline = None
    quoted = split_quoted_wire(body[0]) if body and not plan.dateline and not plan.continued_from else None
    if quoted:
        # 据新华社…电 （记者…）: the retold report's dateline and reporters, printed in its first paragraph
        dateline, wire_bylines, body[0] = quoted
        for role, name in wire_bylines:
            if name not in bylines:
                bylines.append(name)
                roles.append(role)
    compact = re.sub(r"\s+", "", "".join(body))
    features.append("stream_headline_after_body" if plan.headline_after_body else "stream_reading_order")
    if plan.subhead_style and any(p.subhead for p in kept):
        features.append(plan.subhead_style)
        if plan.subhead_centered:
            features.append("subheads_centered")
    if plan.boxed:
        features.append("boxed")
    return {
        "kicker": plan.source.kicker, "title": plan.source.title, "subtitle": plan.subtitle,
        "bylines": bylines, "byline_roles": roles, "dateline": dateline,
        "start": compact[:15], "end": compact[-15:], "paragraphs": len(body), "body": body,
        "subheads": [p.answer for p in kept if p.subhead],
        "sentences": sentences(body),
        "captions": [caption.answer()] if caption else [],
        "continues_to": plan.continues_to if not whole else None, "continued_from": plan.continued_from,
        "features": sorted(set(features)),
    }
