"""News briefs (简讯): a heading over short items, each closing with its authors in brackets.

Each item is one article of the answer: its bold first line is the title, the
bracketed names (（陈玲玲 林娟）) are its bylines with roles null and are not
body. The shared heading (简讯, 新闻速递...) is a label like a column logo: it is
no item's kicker, so every item's kicker is null.
"""

from __future__ import annotations

import random

from bench.varied import invent
from bench.varied.layout import Outcome, PageStyle, sentences
from bench.corpus import split_quoted_wire
from bench.varied.source import SourceArticle
from bench.varied.textflow import FlowLine, Segment, draw_placed, flow, paragraph_lines


def layout_briefs(items: list[SourceArticle], rect, faces, style: PageStyle, rng: random.Random,
                  chars: int) -> Outcome | None:
    """Set the items in columns under the heading; items that do not fit whole are left out."""
    x0, y0, x1, y_max = rect
    size, leading, gap = style.body_size, style.leading, style.gap
    heading = rng.choice(invent.BRIEF_HEADINGS)
    heading_size = size * 1.6
    body_top = y0 + heading_size * 1.9
    count = max(1, int((x1 - x0 + gap) // (chars * size + gap)))
    width = chars * size if count > 1 or chars * size <= x1 - x0 else (x1 - x0) // size * size
    spread = (x1 - x0 - count * width) / (count - 1) if count > 1 else 0.0
    columns = [x0 + i * (width + spread) for i in range(count)]
    entries = []
    for item in items:
        names = invent.people(rng, rng.choice((1, 2, 2)))
        paragraphs = item.paragraphs[:3]
        entries.append((item, names, paragraphs, f"（{' '.join(names)}）"))

    def lines_for(kept: int) -> list[FlowLine]:
        lines: list[FlowLine] = []
        for unit, (item, names, paragraphs, closing) in enumerate(entries[:kept]):
            title = paragraph_lines(item.title, unit, faces, "hei", round(size * 1.1, 1), width, leading * 1.1,
                                    indent_chars=0, align="left", kind="brief_title", space_before=leading * 0.5)
            lines += title
            for i, text in enumerate(paragraphs):
                printed = text + (closing if i == len(paragraphs) - 1 else "")
                lines += paragraph_lines(printed, unit, faces, "song", size, width, leading)
        return lines

    def segments(bottom: float) -> list[Segment]:
        return [Segment(x, width, body_top, bottom) for x in columns]

    kept = len(entries)
    while kept and flow(lines_for(kept), segments(y_max)) < len(lines_for(kept)):
        kept -= 1
    if kept < 1:
        return None
    lines = lines_for(kept)
    low, high = body_top, y_max
    for _ in range(12):
        middle = (low + high) / 2
        if flow(lines, segments(middle)) == len(lines):
            high = middle
        else:
            low = middle
    placed = segments(high)
    flow(lines, placed)
    answers = []
    for item, names, paragraphs, _ in entries[:kept]:
        paragraphs, roles, dateline = list(paragraphs), [None] * len(names), None
        quoted = split_quoted_wire(paragraphs[0]) if paragraphs else None
        if quoted:  # 据新华社…电 （记者…） opening the item: its dateline and reporters
            dateline, wire_bylines, paragraphs[0] = quoted
            pairs = [(n, r) for r, n in wire_bylines if n not in names]
            names, roles = list(names) + [n for n, _ in pairs], roles + [r for _, r in pairs]
        compact = "".join(paragraphs).replace(" ", "")
        answers.append({
            "kicker": None, "title": item.title, "subtitle": None, "bylines": names,
            "byline_roles": roles, "dateline": dateline, "start": compact[:15], "end": compact[-15:],
            "paragraphs": len(paragraphs), "body": list(paragraphs), "subheads": [],
            "sentences": sentences(paragraphs), "captions": [], "continues_to": None, "continued_from": None,
            "features": ["news_brief_item", "stream_reading_order"],
        })
    bottom = max(p.top + p.line.advance for s in placed for p in s.placed)

    def draw(canvas) -> None:
        heading_width = canvas.faces.width(heading, "hei", heading_size)
        canvas.rect(x0, y0, x0 + heading_width + size * 2, y0 + heading_size * 1.5, width=1.2)
        canvas.text(x0 + size, y0 + heading_size * 1.2, heading, "hei", heading_size)
        canvas.line(x0 + heading_width + size * 2, y0 + heading_size * 1.5, x1, y0 + heading_size * 1.5, width=0.8)
        for segment in placed:
            for line in segment.placed:
                draw_placed(canvas, line)

    return Outcome(bottom, {"items": answers}, draw)
