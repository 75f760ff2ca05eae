"""Writing the page to PDF, in a content-stream order drawn at random.

Extractors that follow the content stream give text in the order it was
drawn, so the order is part of the page's design: articles in reading order
or shuffled, each headline before or after its body, a body's lines column by
column or row by row across its columns, the masthead first or last.
"""

from __future__ import annotations

import random
from typing import Any

from .page import Page, Run, Shape
from .typeset import font


def plan(page: Page, articles: list[dict[str, Any]]) -> list[str]:
    """Group names in drawing order; records the choices as features."""
    rng = page.rng
    groups = {r.group for r in page.runs}
    style = rng.choice(["head_first", "head_first", "body_first", "mixed"])
    page.feature(f"stream_{style}")
    order = [a["_group"] for a in articles]
    if rng.random() < 0.4:
        rng.shuffle(order)
        page.feature("stream_shuffled")
    out = []
    for g in order:
        record = next(a for a in articles if a["_group"] == g)
        head_first = style == "head_first" or style == "mixed" and rng.random() < 0.5
        parts = ["head", "caption", "body", "note"] if head_first else ["body", "note", "head", "caption"]
        if rng.random() < 0.3:
            parts.remove("caption")
            parts.append("caption")
        record["features"].append("stream_head_first" if head_first else "stream_body_first")
        out += [f"{g}:{p}" for p in parts]
    rest = sorted(g for g in groups if g not in out)
    furniture = [g for g in rest if ":" not in g]
    loose = [g for g in rest if ":" in g]
    if rng.random() < 0.6:
        return furniture + out + loose
    page.feature("stream_header_last")
    return out + loose + furniture


def _image(pdf_page: Any, shape: Shape) -> None:
    import numpy as np
    import pymupdf

    rng = random.Random(shape.seed)
    w, h = 96, 64
    a = np.array([rng.random() for _ in range(3)]) * 255
    b = np.array([rng.random() for _ in range(3)]) * 255
    t = np.linspace(0, 1, w)[None, :, None] * rng.uniform(0.3, 1) + np.linspace(0, 1, h)[:, None, None] * 0.5
    img = np.clip(a * (1 - t) + b * t, 0, 255).astype(np.uint8)
    pix = pymupdf.Pixmap(pymupdf.csRGB, w, h, img.tobytes(), 0)
    rect = pymupdf.Rect(shape.rect)
    pdf_page.insert_image(rect, pixmap=pix)
    for _ in range(rng.randint(1, 4)):
        cx, cy = rect.x0 + rect.width * rng.random(), rect.y0 + rect.height * rng.random()
        r = min(rect.width, rect.height) * rng.uniform(0.05, 0.25)
        color = (rng.random(), rng.random(), rng.random())
        if rng.random() < 0.5:
            pdf_page.draw_circle((cx, cy), r, color=None, fill=color, fill_opacity=0.7)
        else:
            box = pymupdf.Rect(cx - r, cy - r / 2, cx + r, cy + r / 2) & rect
            if not box.is_empty:
                pdf_page.draw_rect(box, color=None, fill=color, fill_opacity=0.7)


def draw(page: Page, order: list[str], path: str) -> set[str]:
    """Write the page's shapes, then its text group by group in ``order``; returns the articles drawn row by row."""
    import pymupdf

    doc = pymupdf.open()
    pdf_page = doc.new_page(width=page.width, height=page.height)
    for shape in page.shapes:
        if shape.kind == "image":
            _image(pdf_page, shape)
        elif shape.kind == "line":
            x0, y0, x1, y1 = shape.rect
            pdf_page.draw_line((x0, y0), (x1, y1), color=shape.color, width=shape.width)
        else:
            fill = shape.color if shape.kind == "fill" else None
            color = None if shape.kind == "fill" else shape.color
            pdf_page.draw_rect(pymupdf.Rect(shape.rect), color=color, fill=fill, width=shape.width)
    by_group: dict[str, list[Run]] = {}
    for run in page.runs:
        by_group.setdefault(run.group, []).append(run)
    rows = {g.split(":")[0] for g in by_group if g.endswith(":body") and page.rng.random() < 0.1}
    for name in order:
        runs = by_group.get(name, [])
        if name.split(":")[0] in rows and name.endswith(":body"):
            runs = sorted(runs, key=lambda r: (r.key[1], r.key[0], r.key[2:]))
        else:
            runs = sorted(runs, key=lambda r: r.key)
        _write(pdf_page, page, runs)
    doc.set_metadata({"producer": "banmian bench.indie", "creator": "bench.indie"})
    doc.subset_fonts()
    doc.save(path, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return rows


def _write(pdf_page: Any, page: Page, runs: list[Run]) -> None:
    import pymupdf

    writer, color = None, None
    for run in runs:
        if writer is not None and run.color != color:
            writer.write_text(pdf_page, color=color)
            writer = None
        if writer is None:
            writer, color = pymupdf.TextWriter(pdf_page.rect), run.color
        writer.append((run.x, run.y), run.text, font=font(run.role), fontsize=run.size)
    if writer is not None:
        writer.write_text(pdf_page, color=color)
