"""A whole page: a header in one of several forms, bands of article areas, banners and
labels that are not articles, partial rules or white space between them; written in a
chosen content-stream order and checked against its own text layer.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass

from banmian.errors import BanmianError

from .bands import LABELS, Composer, split
from .ink import Fonts, Line, Sheet
from .stories import Story

PAPER = "人民日报"
SECTIONS = ("要闻", "综合", "经济", "社会", "国际", "文化", "体育", "评论", "理论", "视点", "地方", "生态", "科技", "教育")
BANNERS = ("奋进新时代 建功新征程", "聚焦基层一线", "关注民生实事", "走进乡村振兴一线")
WEEKDAYS = "一二三四五六日"
PAGE_SIZES = ((1017.0, 1438.0), (842.0, 1191.0), (920.0, 1300.0))


@dataclass(slots=True)
class Corpus:
    """What pages are made from: the stories and the pools drawn from them."""

    stories: list[Story]
    names: list[str]
    captions: list[str]


def normalize(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def header(sheet: Sheet, rng: random.Random, width: float, margin: float, date: dt.date, number: int,
           section: str, editors: list[str]) -> tuple[float, str]:
    """The page header (paper, date, page number, section) in one of six forms; its bottom."""
    form = rng.choice(["masthead", "number-beside-section", "one-line", "english", "two-line", "footer-only"])
    weekday = f"星期{WEEKDAYS[date.weekday()]}"
    long_date = f"{date.year}年{date.month}月{date.day}日"
    dotted = f"{date.year}.{date.month}.{date.day}"
    inner = width - 2 * margin
    y = margin

    def set_line(text: str, x: float, base: float, size: float, face: str = "hei", align: str = "left") -> None:
        sheet.set_line(Line(text), x, base, inner, face, size, 0, align=align)
    if form == "masthead":
        set_line(PAPER, margin, y + 26, 26)
        set_line(f"{long_date} {weekday}", margin, y + 14, 10, "song", "right")
        set_line(f"第{number}版 {section}", margin, y + 30, 12, "hei", "right")
        y += 40
    elif form == "number-beside-section":
        set_line(f"{number} {section}", margin, y + 24, 22, "hei", "right")
        set_line(f"{long_date} {weekday}", margin, y + 22, 10, "song", "center")
        set_line(PAPER, margin, y + 22, 16, "kai")
        y += 32
    elif form == "one-line":
        set_line(f"{dotted} {weekday}  {section}  第{number}版", margin, y + 12, 10, "song")
        set_line(PAPER, margin, y + 12, 10, "song", "right")
        y += 18
    elif form == "english":
        set_line(f"{PAPER} PEOPLE'S DAILY", margin, y + 20, 18)
        set_line(f"{long_date} {weekday}  {number} {section}", margin, y + 20, 10, "song", "right")
        y += 28
    elif form == "two-line":
        set_line(PAPER, margin, y + 14, 12, "kai")
        set_line(f"{date.month}月{date.day}日 {weekday}", margin, y + 30, 10, "song")
        set_line(section, margin, y + 28, 24, "hei", "center")
        set_line(str(number), margin, y + 28, 26, "hei", "right")
        y += 36
    rule_from = margin + (rng.uniform(0, inner * 0.3) if rng.random() < 0.4 else 0)
    if form != "footer-only":
        sheet.rule(rule_from, y + 3, width - margin, y + 3, rng.choice([0.8, 1.5, 2.5]))
        y += 12
    if editors and rng.random() < 0.4:
        set_line("责任编辑：" + "/版式设计：".join(editors[:2]), margin, y + 8, 8, "song", "right")
        y += 12
    return y, form


def footer(sheet: Sheet, rng: random.Random, width: float, height: float, margin: float, form: str,
           number: int, section: str, date: dt.date, editors: list[str]) -> float:
    """A footer: the page's own header when the form puts it there, an editors line; its top."""
    inner = width - 2 * margin
    y = height - margin
    if form == "footer-only":
        sheet.rule(margin, y - 16, width - margin, y - 16, 0.8)
        sheet.set_line(Line(f"{section} 第{number}版"), margin, y - 4, inner, "hei", 11, 0, align="left")
        sheet.set_line(Line(f"{PAPER} {date.year}年{date.month}月{date.day}日"), margin, y - 4, inner, "song", 9, 0,
                       align="right")
        y -= 20
    if editors and rng.random() < 0.5:
        text = rng.choice(["责任编辑：{0}/版式设计：{1}/文字校对：{2}", "本版责编：{0} {1} {2}"]).format(*editors)
        sheet.set_line(Line(text), margin, y - 2, inner, "song", 8, 0, align=rng.choice(["left", "right"]))
        y -= 20
    return y


def write_order(rng: random.Random, articles: int) -> tuple[str, list[int]]:
    """The content-stream order of the pieces: reading order or one of three others."""
    kind = rng.choice(["reading", "heads-after-body", "shuffled", "heads-first"])
    ids = list(range(1, articles + 1))
    if kind == "shuffled":
        rng.shuffle(ids)
        return kind, [g * 10 + p for g in ids for p in range(4)] + [0]
    if kind == "heads-after-body":
        return kind, [0] + [g * 10 + p for g in ids for p in (2, 3, 1, 0)]
    if kind == "heads-first":
        return kind, [g * 10 + p for g in ids for p in (0, 1)] + [g * 10 + p for g in ids for p in (2, 3)] + [0]
    return kind, [0] + [g * 10 + p for g in ids for p in range(4)]


class PageBuilder:
    """Fills a page band by band; each band shape is a method."""

    def __init__(self, composer: Composer, x0: float, x1: float) -> None:
        self.c, self.x0, self.x1 = composer, x0, x1
        self.features: list[str] = []

    def gap(self) -> float:
        return self.c.size * self.c.rng.uniform(1.0, 2.2)

    def under_rule(self, x0: float, x1: float, y: float) -> None:
        if self.ruled():
            self.c.sheet.rule(x0, y, x1, y, self.c.rng.choice([0.5, 0.8, 1.6]))

    def lead(self, y0: float, y1: float) -> None:
        rng = self.c.rng
        width = self.x1 - self.x0
        head = rng.choice(["across", "narrow"])
        count = max(3, round(width / (self.c.size * rng.uniform(11, 15))))
        self.c.article(self.x0, self.x1, y0, y1, head, ("lead",), photo=True, columns=count)

    def ruled(self) -> bool:
        """Whether this boundary between two articles gets a rule (else wider white space)."""
        return self.c.separators == "rules" or self.c.separators == "mixed" and self.c.rng.random() < 0.5

    def pair(self, y0: float, y1: float) -> None:
        rng = self.c.rng
        parts = rng.choice([2, 2, 3])
        cuts = sorted(rng.uniform(0.3, 0.7) if parts == 2 else rng.uniform(0.22, 0.78) for _ in range(parts - 1))
        edges = [self.x0] + [self.x0 + (self.x1 - self.x0) * c for c in cuts] + [self.x1]
        continued = not self.c.continued and rng.random() < 0.2 and self.c.page_number > 1
        rules = [self.ruled() or (continued and i == parts - 1) for i in range(parts)]
        gaps = [self.c.size * (rng.uniform(1.6, 2.4) if rule else rng.uniform(2.8, 3.6)) for rule in rules]
        bottoms = []
        for i in range(parts):
            a = edges[i] + (gaps[i] / 2 if i else 0)
            b = edges[i + 1] - (gaps[i + 1] / 2 if i < parts - 1 else 0)
            top = y0
            if rng.random() < 0.15:
                top = self.label(a, b, y0)
            if i == parts - 1 and continued:
                self.c.continued = True
                bottoms.append(self.c.continued_part(a, b, top, y1))
                continue
            head = rng.choice(["across", "across", "narrow", "side"])
            bottoms.append(self.c.article(a, b, top, y1, head, (f"region-{parts}-across",), photo=rng.random() < 0.3))
        for i in range(1, parts):
            if rules[i]:
                self.c.sheet.rule(edges[i], y0 + self.c.size, edges[i], max(bottoms[i - 1], bottoms[i]), 0.5)
                self.features.append("rule-between")
            else:
                self.features.append("space-between")

    def label(self, x0: float, x1: float, y0: float) -> float:
        """A column logo over an area: reversed out of a panel or boxed; not an article."""
        rng, size = self.c.rng, self.c.size * 1.3
        text = rng.choice(LABELS)
        w = size * (len(text) + 1.5)
        if rng.random() < 0.5:
            self.c.sheet.panel((x0, y0, x0 + w, y0 + size * 1.7), 0.2)
            self.c.sheet.set_line(Line(text), x0, y0 + size * 1.25, w, "hei", size, 0, align="center", color=(1, 1, 1))
        else:
            self.c.sheet.frame((x0, y0, x0 + w, y0 + size * 1.7), 1.0)
            self.c.sheet.set_line(Line(text), x0, y0 + size * 1.25, w, "kai", size, 0, align="center")
        self.features.append("column-logo")
        return y0 + size * 2.4

    def ell(self, y0: float, y1: float) -> None:
        """Article A's columns run on under article B, which sits in A's upper right."""
        c, rng = self.c, self.c.rng
        count = rng.randint(4, 6)
        cols = split(self.x0, self.x1, count, self.gap(), y1)
        j = rng.randint(2, count - 2)
        split_y = y0 + (y1 - y0) * rng.uniform(0.45, 0.62)
        b_bottom = c.article(cols[j].x0 + c.size * 0.5, self.x1, y0, split_y, rng.choice(["across", "narrow"]), ("inside-L",),
                             columns=rng.choice([count - j, count - j + 1, max(1, count - j - 1)]))
        if b_bottom <= y0:
            return
        y = b_bottom + c.size * 0.6
        c.sheet.rule(cols[j].x0 - c.size * 0.5, y, self.x1, y, rng.choice([0.5, 0.8, 1.6]))
        for col in cols[j:]:
            col.top = y + c.size * 0.9
        story = c.pick(c.capacity(cols, y0 + c.size * 6), lambda s: len(s.paragraphs) >= 3, fill=True)
        if story is None:
            return
        style, names = c.style(story, rng.choice(["across", "narrow"]))
        c.place(story, style, names, (self.x0, cols[j - 1].x1, y0), cols, ["L-shaped", "runs-under-neighbour"])
        c.sheet.rule(cols[j].x0 - c.size * 0.5, y0 + c.size, cols[j].x0 - c.size * 0.5, y, 0.5)
        self.features.append("partial-rule")

    def ell_low(self, y0: float, y1: float) -> None:
        """Article A's headline spans the band; its right columns stop at a rule with article
        B under them, beside A's left columns."""
        c, rng = self.c, self.c.rng
        count = rng.randint(4, 6)
        cols = split(self.x0, self.x1, count, self.gap(), y1)
        j = rng.randint(2, count - 2)
        split_y = y0 + (y1 - y0) * rng.uniform(0.5, 0.65)
        for col in cols[j:]:
            col.bottom = split_y
        story = c.pick(c.capacity(cols, y0 + c.size * 6), lambda s: len(s.paragraphs) >= 3, fill=True)
        if story is None:
            return
        style, names = c.style(story, rng.choice(["across", "narrow"]))
        a_bottom = c.place(story, style, names, (self.x0, self.x1, y0), cols, ["L-shaped", "over-neighbour"])
        if a_bottom is None:
            return
        y = split_y + c.size * 0.6
        x = cols[j].x0 - c.size * 0.5
        c.sheet.rule(x, y, self.x1, y, rng.choice([0.5, 0.8, 1.6]))
        if a_bottom > y + c.size:  # A's left columns go on beside B
            c.sheet.rule(x, y, x, a_bottom, 0.5)
        c.article(cols[j].x0 + c.size * 0.5, self.x1, y + c.size * 0.8, y1, rng.choice(["across", "narrow", "side"]),
                  ("under-L",), photo=rng.random() < 0.3)
        self.features.append("partial-rule")

    def boxed(self, y0: float, y1: float) -> None:
        """A framed article with a vertical headline on the right, another article beside."""
        c, rng = self.c, self.c.rng
        width = (self.x1 - self.x0) * rng.uniform(0.32, 0.45)
        left = rng.random() < 0.5
        bx0, bx1 = (self.x0, self.x0 + width) if left else (self.x1 - width, self.x1)
        pad = c.size * 0.9
        mark = c.sheet.mark()
        top = y0 + pad
        if rng.random() < 0.5:
            top = self.label(bx0 + pad, bx1 - pad, top)
        head = rng.choice(["vertical", "vertical", "across"])
        bottom = c.article(bx0 + pad, bx1 - pad, top, y1 - pad, head, ("boxed",), columns=rng.choice([1, 2]))
        if bottom > top:
            c.sheet.frame((bx0, y0, bx1, max(bottom, top + c.size * 30 if head == "vertical" else bottom) + pad), 1.0)
        else:
            c.sheet.undo(mark)
        g = self.gap()
        ox0, ox1 = (bx1 + g, self.x1) if left else (self.x0, bx0 - g)
        c.article(ox0, ox1, y0, y1, rng.choice(["across", "side", "narrow"]), ("beside-box",), photo=rng.random() < 0.4)

    def briefs(self, y0: float, y1: float) -> None:
        c, rng = self.c, self.c.rng
        width = (self.x1 - self.x0) * rng.uniform(0.2, 0.28)
        ruled = self.ruled()
        g = c.size * (rng.uniform(1.6, 2.4) if ruled else rng.uniform(2.8, 3.6))
        left = rng.random() < 0.5
        bx0, bx1 = (self.x0, self.x0 + width) if left else (self.x1 - width, self.x1)
        bottom = c.briefs(bx0, bx1, y0, y1)
        ox0, ox1 = (bx1 + g, self.x1) if left else (self.x0, bx0 - g)
        if ruled:
            x = bx1 + g / 2 if left else bx0 - g / 2
            c.sheet.rule(x, y0 + c.size, x, bottom, 0.5)
        c.article(ox0, ox1, y0, y1, rng.choice(["across", "narrow", "side"]), ("beside-briefs",),
                  photo=rng.random() < 0.3)
        self.features.append("briefs")

    def banner(self, y: float) -> float:
        """A slogan across the page in a shaded band: not an article."""
        size = self.c.size * 2.2
        self.c.sheet.panel((self.x0, y, self.x1, y + size * 1.8), 0.85)
        self.c.sheet.set_line(Line(self.c.rng.choice(BANNERS)), self.x0, y + size * 1.3, self.x1 - self.x0, "kai",
                              size, 0, align="center")
        self.features.append("banner")
        return y + size * 2.4


def build_page(corpus: Corpus, fonts: Fonts, seed: int, index: int, name: str) -> tuple[bytes, dict]:
    """The page PDF and its answer; tries new choices when a page fails its own check."""
    problems: list[str] = []
    for attempt in range(6):
        rng = random.Random(f"broadsheet:{seed}:{index}:{attempt}")
        pdf, answer = _compose(corpus, fonts, rng, name)
        problems = verify(pdf, answer)
        if not problems and len(answer["articles"]) >= 2:
            return pdf, answer
    raise BanmianError(f"page {name!r} failed its own check six times: {problems[:3]!r}")


def _compose(corpus: Corpus, fonts: Fonts, rng: random.Random, name: str) -> tuple[bytes, dict]:
    import pymupdf

    width, height = rng.choice(PAGE_SIZES)
    margin = rng.uniform(26, 40)
    lead_story = rng.choice(corpus.stories)
    date = dt.date.fromisoformat(lead_story.date)
    number = rng.randint(1, 20)
    section = "要闻" if number == 1 else rng.choice(SECTIONS)
    sheet = Sheet(fonts, placement=rng.choice(["glyph", "phrase", "line"]))
    size = width / 1017 * rng.uniform(8.8, 10.4)
    editors = rng.sample(corpus.names, 3)
    composer = Composer(sheet, rng, corpus.stories, corpus.names, corpus.captions, number, size,
                        size * rng.uniform(1.4, 1.8), rng.choice(["rules", "space", "mixed"]))
    top, form = header(sheet, rng, width, margin, date, number, section, editors)
    bottom = footer(sheet, rng, width, height, margin, form, number, section, date, editors)
    builder = PageBuilder(composer, margin, width - margin)
    shapes = [rng.choice(["lead", "lead", "pair", "ell", "ell_low"])]
    shapes += [rng.choice(["pair", "ell", "ell_low", "boxed", "briefs", "pair"]) for _ in range(rng.choice([1, 2, 2, 3]))]
    weights = [rng.uniform(1.3, 1.8) if shapes[0] == "lead" else 1.0] + [rng.uniform(0.8, 1.2) for _ in shapes[1:]]
    y = top + size
    for i, shape in enumerate(shapes):
        span = (bottom - top) * weights[i] / sum(weights)
        if i and rng.random() < 0.15:
            y = builder.banner(y)
        getattr(builder, shape)(y, min(y + span, bottom) - size)
        y = min(y + span, bottom)
        if i < len(shapes) - 1:
            builder.under_rule(margin + (rng.uniform(0, 200) if rng.random() < 0.4 else 0), width - margin, y - size * 0.4)
    order_kind, order = write_order(rng, len(composer.answers))
    document = pymupdf.open()
    page = document.new_page(width=width, height=height)
    sheet.write(page, order)
    document.subset_fonts()
    pdf = document.tobytes(garbage=3, deflate=True)
    features = [f"header-{form}", f"placement-{sheet.placement}", f"stream-{order_kind}",
                f"separators-{composer.separators}", *builder.features, *(f"band-{s}" for s in shapes)]
    answer = {"file": f"{name}.pdf", "paper": PAPER, "date": date.isoformat(),
              "page": {"number": number, "section": section}, "features": list(dict.fromkeys(features)),
              "articles": composer.answers}
    return pdf, answer


def verify(pdf: bytes, answer: dict) -> list[str]:
    """Every answer string must be in the page's text layer (white space removed)."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        text = normalize(document[0].get_text())
    problems = []
    for article in answer["articles"]:
        wanted = [article["start"], article["end"], article.get("title"), article.get("kicker"),
                  article.get("subtitle"), *article["bylines"], *article["body"],
                  *(c["text"] for c in article["captions"]), *(c["credit"] for c in article["captions"])]
        for item in wanted:
            if item and normalize(item) not in text:
                problems.append(f"{article.get('title')!r}: {item[:30]!r} not in the text layer")
        if text.count(normalize(article["start"])) == 0 or not article["body"]:
            problems.append(f"{article.get('title')!r}: no body")
    return problems


__all__ = ["Corpus", "build_page", "verify"]
