"""Setting one article into its block: headline placement, photos, and flowing text into columns.

A block is a rectangle of the page. The headline goes over the body (spanning
all its columns, or all but the last so that the body forms an L), beside it
(a side head), or stands vertically at one side. Body columns are equal within
an article, but their number and width are drawn per article. Lines flow
column by column; a column may start lower (under a photo, a logo) or end
higher (over a photo or a continuation note).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.corpus import split_quoted_wire

from . import story as st
from .corpus import sentences
from .page import Page, Run, Shape
from .typeset import Line, balanced, set_lines, width

RED = (0.75, 0.05, 0.05)
LOGOS = ["观察", "今日关注", "一线调查", "深一度", "民生视点", "短评", "声音", "新知", "图说", "看台", "走基层"]


@dataclass(slots=True)
class Column:
    x: float
    top: float
    bottom: float


@dataclass(slots=True)
class Placed:
    col: int
    y: float
    line: Line
    role: str
    size: float
    elem: int


def _elem_lines(kind: str, text: str, colw: float, bs: float, body_role: str, hang: bool,
                sub_style: str = "center") -> tuple[list[Line], str, float]:
    if kind == "para":
        return set_lines(text, colw, body_role, bs, indent=2 * bs, hang=hang), body_role, bs
    if kind == "sub":
        size = round(bs * (1.0 if sub_style == "body" else 1.1), 2)
        align = "left" if sub_style == "left" or len(text) * size >= colw * 0.8 else "center"
        return set_lines(text, colw, "hei", size, align=align, hang=False), "hei", size
    return set_lines(text, colw, body_role, bs, align="right" if kind == "close" else "left", hang=hang), body_role, bs


def flow(elems: list[tuple[str, str]], cols: list[Column], colw: float, bs: float, lead: float, body_role: str,
         hang: bool, sub_style: str = "center") -> tuple[list[Placed], tuple[int, int] | None]:
    """Place the elements' lines column by column. Returns the placed lines and, when they do
    not all fit, (element index, printed characters of it placed)."""
    placed: list[Placed] = []
    c = 0
    y = cols[0].top if cols else 0.0
    at_top = True
    for e, (kind, text) in enumerate(elems):
        lines, role, size = _elem_lines(kind, text, colw, bs, body_role, hang, sub_style)
        pitch = lead if kind != "sub" else size * 1.45
        before = 0.0 if at_top or kind != "sub" else lead * 0.5
        done = 0
        for n, line in enumerate(lines):
            while True:
                if c >= len(cols):
                    return placed, (e, done)
                base = y + (before if n == 0 else 0.0) + size
                if base <= cols[c].bottom + 0.01:
                    break
                c += 1
                if c < len(cols):
                    y, at_top, before = cols[c].top, True, 0.0
            placed.append(Placed(c, base, line, role, size, e))
            y = base + pitch - size
            at_top = False
            done += len(line.text)
        if kind == "sub":
            y += lead * 0.3
    return placed, None


def fit_story(story: st.Story, cols: list[Column], colw: float, bs: float, lead: float, body_role: str, hang: bool,
              continue_to: int | None = None, sub_style: str = "center") -> list[Placed] | None:
    """Cut the story until it fits (at a sentence end; at a line end with ``continue_to``)."""
    if continue_to:
        last = cols[-1]
        cols = [*cols[:-1], Column(last.x, last.top, last.bottom - lead)]
    for _ in range(60):
        elems = story.printed()
        placed, overflow = flow(elems, cols, colw, bs, lead, body_role, hang, sub_style)
        if overflow is None:
            return placed
        e, chars = overflow
        offset = 1 if story.continued_from else 0
        para = e - offset
        if continue_to and elems[e][0] == "para" and para > 0 or continue_to and para == 0 and chars > len(story.prefix):
            if st.cut_to(story, para, chars, exact=True):
                if story.closing:  # a closing dateline or byline is printed with the part on the other page
                    if "dateline_closing" in story.features:
                        story.dateline = None
                        story.features.remove("dateline_closing")
                    if "byline_closing" in story.features:
                        story.bylines = []
                        story.features.remove("byline_closing")
                story.closing = None
                story.continues_to = continue_to
                story.features.append("continues_to")
                continue_to = None
                continue
        if elems[e][0] == "close" or para >= len(story.paragraphs):
            if not st.drop_last_sentence(story):
                return None
        elif not st.cut_to(story, para, chars):
            if not st.drop_last_sentence(story):
                return None
    return None


def columns_for(x0: float, x1: float, top: float, bottom: float, count: int, gutter: float) -> tuple[list[Column], float]:
    colw = (x1 - x0 - gutter * (count - 1)) / count
    return [Column(x0 + i * (colw + gutter), top, bottom) for i in range(count)], colw


def head_items(page: Page, story: st.Story, bs: float, scale: float) -> list[tuple[str, str, str, float, int]]:
    """(tier, text, font role, size, max lines) of the headline, top to bottom."""
    rng = page.rng
    items = []
    title_role = "hei" if scale < 1.25 or rng.random() < 0.7 else "song"
    def tier_font(size: float) -> str:  # at body size a tier differs from the body by its font
        return rng.choice(["kai", "hei"] if size < bs * 1.1 else ["kai", "hei", "song"])

    if story.kicker:
        size = round(bs * rng.uniform(1.0, 1.4), 1)
        items.append(("kicker", story.kicker, tier_font(size), size, 2))
    if story.title:
        items.append(("title", story.title, title_role, round(bs * scale, 1), 3))
    if story.subtitle:
        size = round(bs * rng.uniform(1.0, 1.3), 1)
        items.append(("subtitle", story.subtitle, tier_font(size), size, 3))
    if story.byline_line:
        items.append(("byline", story.byline_line, rng.choice(["kai", "song", "hei"]), bs, 2))
    return items


def draw_head(page: Page, group: str, items: list, x0: float, y: float, w: float, align: str,
              force_break: int = 0) -> tuple[float, list[str]]:
    """Draw headline tiers stacked in a box ``w`` wide from ``y``; returns the bottom and features."""
    feats = []
    for tier, text, role, size, max_lines in items:
        if tier == "byline":
            lines, size = balanced(text.replace("\u3000\u3000", "  "), role, size, w, 2)
            lines = [text] if len(lines) == 1 else lines
        else:
            lines, size = balanced(text, role, size, w, max_lines, force_break if tier == "title" else 0)
        if tier == "title":
            feats.append(f"title_lines_{len(lines)}")
            if size <= page.body_size * 1.05:
                feats.append("title_body_size")
        y += size * 0.25
        for n, line in enumerate(lines):
            y += size * 1.12
            phrases = [p for p in line.replace(" ", "\u3000").split("\u3000")]
            gap = size if tier != "byline" else size * 0.5
            total = sum(width(role, p, size) for p in phrases) + gap * (len(phrases) - 1)
            x = x0 if align == "left" else x0 + (w - total) / 2
            if tier == "byline" and align == "right":
                x = x0 + w - total
            color = RED if tier == "title" and size > page.body_size * 1.6 and page.rng.random() < 0.15 else (0, 0, 0)
            for p, phrase in enumerate(phrases):
                if phrase:
                    page.runs.append(_run(group, (tier, n, p), x, y, phrase, role, size, color))
                x += width(role, phrase, size) + gap
        y += size * 0.35
    return y, feats


def _run(group: str, key: tuple, x: float, y: float, text: str, role: str, size: float, color) -> Run:
    return Run(group, key, x, y, text, role, size, color)


def add_photo(page: Page, group: str, x0: float, y: float, w: float, bs: float, credit_name: str,
              caption: str, max_h: float) -> tuple[float, dict[str, str], list[str]]:
    """A drawn picture ``w`` wide (at most ``max_h`` high) from ``y`` with its caption and credit;
    returns the bottom."""
    rng = page.rng
    h = min(w * rng.uniform(0.5, 0.75), max_h)
    page.shapes.append(Shape("image", (x0, y, x0 + w, y + h), seed=rng.randrange(1 << 30)))
    form = rng.choice(["{n}摄", "本报记者 {n}摄", "{n}/摄", "新华社记者 {n}摄", "{n} 摄"])
    credit = form.format(n=credit_name)
    role = rng.choice(["kai", "song", "hei"])
    size = round(bs * rng.uniform(0.85, 1.0), 1)
    y += h + size * 0.4
    if rng.random() < 0.5:
        lines = set_lines(caption + "\u3000" + credit, w, role, size, hang=True)
        feats = ["caption_credit_runin"]
    else:
        lines = set_lines(caption, w, role, size, hang=True) + set_lines(credit, w, role, size, align="right")
        feats = ["caption_credit_line"]
    y = page.lines(group, lines, x0, y + size, size * 1.35, role, size, key=("caption",)) - size * 0.35
    return y + bs * 0.8, {"text": caption, "credit": credit_name}, feats


def logo(page: Page, x0: float, y: float, w: float, bs: float, group: str = "logo") -> float:
    """A column logo (boxed words, or a picture with no text): not an article."""
    rng = page.rng
    h = bs * rng.uniform(2.4, 3.4)
    if rng.random() < 0.3:
        page.shapes.append(Shape("image", (x0, y, x0 + min(w, h * 3), y + h), seed=rng.randrange(1 << 30)))
        page.feature("logo_image")
    else:
        text = rng.choice(LOGOS)
        size = min(h * 0.55, w / (len(text) + 1))
        tint = rng.choice([(0.85, 0.1, 0.1), (0.1, 0.3, 0.6), (0.2, 0.2, 0.2)])
        box_w = width("hei", text, size) + size * 1.2
        page.shapes.append(Shape("fill", (x0, y, x0 + box_w, y + h), color=tint))
        page.runs.append(_run(group, (0,), x0 + size * 0.6, y + h / 2 + size * 0.38, text, "hei", size, (1, 1, 1)))
        page.feature("logo")
    return y + h + bs * 0.6


def answer(story: st.Story, captions: list[dict[str, str]], bbox: tuple, feats: list[str]) -> dict[str, Any]:
    """The article's answer in realdev's format (and the generators' superset)."""
    body = story.answer_body()
    dateline, bylines = story.dateline, list(story.bylines)
    quoted = split_quoted_wire(body[0]) if body and not dateline and not story.continued_from else None
    if quoted:
        # 据新华社…电 （记者…）: the retold report's dateline and reporters, printed in its first paragraph,
        # read as the contract reads 本报…电 and 新华社…电 (and as the other generators read it)
        dateline, wire_bylines, body[0] = quoted
        bylines += [(role, name) for role, name in wire_bylines if name not in {n for _, n in bylines}]
    flat = "".join(body).replace(" ", "").replace("\u3000", "")
    sents = [s for p in body for s in sentences(p)]
    return {
        "kicker": story.kicker, "title": story.title, "subtitle": story.subtitle,
        "bylines": [n for _, n in bylines],
        "byline_roles": [{"role": r, "name": n} for r, n in bylines],
        "dateline": dateline,
        "start": flat[:14], "end": flat[-14:],
        "paragraphs": len(body), "body": body,
        "subheads": [body[i] for i in sorted(story.subheads)],
        "sentences": sents,
        "captions": captions,
        "continued_from": story.continued_from, "continues_to": story.continues_to,
        "bbox": [round(v, 1) for v in bbox],
        "features": list(dict.fromkeys([*story.features, *feats])),
    }
