"""Typesetter: real corpus articles laid out as newspaper page PDFs, with the
answers the parser should find (the JSON contract shape).

Each edition day of the corpus becomes a run of pages: a header band (paper,
date, weekday, 第N版, section, editors) over a full-width rule; a grid of 6-8
columns; articles in regions spanning 2-5 columns, separated by rules; headline
tiers at several sizes; side headline boxes; photos with caption and credit;
news-brief columns (简讯) whose items end in a bracketed author; and one
article per page pair continued on the next page (（下转第N版） /
（上接第N版）). PyMuPDF writes the CJK text with its built-in font, so nothing
is downloaded.

    python -m bench.typeset OUT_DIR [--pages N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pymupdf

from bench.typeset_text import FONT_BODY, FONT_HEAD, LATIN_FONT, DROPPED, LATIN_RUN, advance, printable, wrap, wrap_headline
from bench.corpus import AmbiguousArticle, CorpusStats, canonical_body, clean_article, find_corpus, split_quoted_wire

PAPER = "人民日报"
SECTIONS = ["要闻", "要闻", "要闻", "要闻", "评论", "经济", "政治", "社会", "文化", "国际", "体育", "副刊"]
WEEKDAYS = "一二三四五六日"
PAGE_W, PAGE_H, MARGIN = 900.0, 1300.0, 36.0
HEADER_BOTTOM = 104.0
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩凯健俊帆帅旭宁婷雪琳晨阳"
BRIEF_HEADS = ["简讯", "本版简讯", "新闻速览"]
#: the answer index of a paragraph printed inside the body that is not body (a credit, byline or caption)
NOT_BODY = -1

def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


# --- the plan of a page ---------------------------------------------------------

@dataclass
class Story:
    """An article as it will be printed and as the parser should return it.

    ``printed`` holds the paragraphs as set on the page (the first with its
    dateline and bracket, a closing byline as its own paragraph); ``answer``
    says which truth paragraph each one is (``None`` for a closing byline,
    ``NOT_BODY`` for a credit, byline or caption printed inside the body,
    whose bylines and captions ``inner`` holds) and ``prefix`` what of
    paragraph ``prefix_at`` is dateline and bracket, not body."""

    kicker: str | None
    title: str
    subtitle: str | None
    printed: list[str]
    answer: list[int | None]
    prefix: str = ""
    dateline: str | None = None
    opening_bylines: list[dict[str, Any]] = field(default_factory=list)
    closing_bylines: list[dict[str, Any]] = field(default_factory=list)
    captions: list[dict[str, Any]] = field(default_factory=list)
    continued_from: int | None = None
    continues_to: int | None = None
    brief_head: str | None = None
    side_box: bool = False
    photo_cols: int = 0
    photo_h: float = 0.0
    caption_lines: list[str] = field(default_factory=list)
    credit_line: str | None = None
    opens_mid_paragraph: bool = False
    suffix: str = ""
    items: list[Story] | None = None
    prefix_at: int = 0
    inner: dict[int, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = field(default_factory=dict)

    @property
    def plain(self) -> bool:
        """No hard construct: may be cut across pages or become a brief item."""
        return self.prefix_at == 0 and NOT_BODY not in self.answer

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.printed)

    def truth(self, lines: list[Line], lo: int, hi: int, bbox: list[list[float]]) -> dict[str, Any]:
        """The answer for the part of the story set from line ``lo`` to ``hi``."""
        paras: list[str] = []
        bylines: list[dict[str, Any]] = []
        current: int | None = -1
        position: dict[int, int] = {}
        inner_seen: list[int] = []
        for line in lines[lo:hi]:
            if line.para is None:
                continue
            if self.answer[line.para] is None:
                bylines = self.closing_bylines
                continue
            if self.answer[line.para] == NOT_BODY:
                if line.para not in inner_seen:
                    inner_seen.append(line.para)
                continue
            if line.para != current:
                paras.append("")
                current = line.para
                position[line.para] = len(paras) - 1
            paras[-1] += line.text.replace(DROPPED, " ")
        has_prefix = bool(self.prefix) and lo <= self.first_line(lines) < hi
        paras = [canonical_body(x) for x in paras]
        if self.suffix and hi >= len(lines) and paras and lines and lines[-1].para is not None:
            suffix = canonical_body(self.suffix)
            if paras[-1].endswith(suffix):
                paras[-1] = paras[-1][:-len(suffix)]
                bylines = self.closing_bylines
        at = position.get(self.prefix_at)
        if has_prefix and at is not None:
            prefix = canonical_body(self.prefix)
            paras[at] = paras[at][len(prefix):] if paras[at].startswith(prefix) else paras[at]
        first_part = not self.continued_from
        dateline = self.dateline if has_prefix else None
        quoted = split_quoted_wire(paras[0]) if first_part and not self.dateline and paras else None
        if quoted:  # 据新华社…电 （记者…）, printed in the text: the retold report's dateline and reporters
            dateline, wire_bylines, paras[0] = quoted
            bylines = [{"role": role, "name": name} for role, name in wire_bylines] + list(bylines)
        inner_bylines = [b for i in inner_seen for b in self.inner.get(i, ([], []))[0]]
        inner_captions = [c for i in inner_seen for c in self.inner.get(i, ([], []))[1]]
        all_bylines = (self.opening_bylines if has_prefix else []) + inner_bylines + bylines
        unique = list({(b["role"], b["name"]): b for b in reversed(all_bylines)}.values())[::-1]
        # a brief column's heading (简讯) is a label of the column, no item's kicker
        return {"headline": {"kicker": self.kicker if first_part and not self.brief_head else None,
                             "title": self.title, "subtitle": self.subtitle if first_part else None},
                "bylines": unique,
                "dateline": dateline,
                "paragraphs": [x for x in paras if x],
                "captions": (self.captions if first_part else []) + inner_captions,
                "continued_from": self.continued_from, "continues_to": self.continues_to, "bbox": bbox}

    def first_line(self, lines: list[Line]) -> int:
        return next((i for i, ln in enumerate(lines) if ln.para == self.prefix_at), 0)


@dataclass
class Line:
    """One set body line: its text, its paragraph (``None`` for a note), indent."""

    text: str
    para: int | None
    indented: bool


def story_from_record(rec: dict[str, Any], hard: bool = False) -> Story | None:
    """A corpus row as a story, through the text benchmark's cleaning (so both
    benchmarks share one canonical text); ``None`` when its answer is ambiguous,
    or when it holds a hard construct and ``hard`` is off (see bench/README.md)."""
    try:
        src = clean_article(rec, _STATS)
    except AmbiguousArticle:
        return None
    if not src.title or (not hard and not src.plain):
        return None
    printed: list[str] = []
    answer: list[int | None] = []
    inner: dict[int, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    prefix_at = 0
    prefix = f"{src.dateline} {src.opening_bracket or ''}" if src.dateline else ""
    for index in range(len(src.paragraphs) + 1):
        for item in src.furniture:  # credits, bylines and captions printed inside the body
            if item.before == index:
                inner[len(printed)] = ([{"role": r, "name": n} for r, n in item.bylines],
                                       [{"text": item.text, "credit": item.credit}] if item.kind == "caption" else [])
                printed.append(f"{item.text}  {item.credit_line}" if item.kind == "caption" else item.text)
                answer.append(NOT_BODY)
        if index < len(src.paragraphs):
            if index == src.dateline_at:
                prefix_at = len(printed)
            printed.append((prefix if index == src.dateline_at else "") + src.paragraphs[index])
            answer.append(index)
    if src.closing_bracket:
        printed.append(src.closing_bracket)
        answer.append(None)
    return Story(src.kicker, src.title, src.subtitle, printed, answer, prefix=prefix, dateline=src.dateline,
                 opening_bylines=[{"role": r, "name": n} for r, n in src.opening_bylines],
                 closing_bylines=[{"role": r, "name": n} for r, n in src.closing_bylines],
                 prefix_at=prefix_at, inner=inner)


_STATS = CorpusStats()


class Typesetter:
    """Lays out one edition day's stories on pages; yields (pdf bytes, truth) per page."""

    def __init__(self, records: list[dict[str, Any]], date: str, seed: int, hard: bool = False) -> None:
        self.rng = random.Random(seed)
        self.date = date
        self.stories = [s for s in (story_from_record(r, hard) for r in records) if s]
        self.pending: Story | None = None

    def pages(self, count: int, first: int = 1) -> Iterator[tuple[bytes, dict[str, Any]]]:
        for number in range(first, first + count):
            if not self.stories and not self.pending:
                return
            yield self.page(number, last=number == first + count - 1)

    # -- one page -----------------------------------------------------------------
    def page(self, number: int, last: bool) -> tuple[bytes, dict[str, Any]]:
        rng = self.rng
        doc = pymupdf.open()
        pg = doc.new_page(width=PAGE_W, height=PAGE_H)
        ncols = rng.choice((6, 7, 8))
        gutter = 12.0
        colw = (PAGE_W - 2 * MARGIN - gutter * (ncols - 1)) / ncols
        body = rng.choice((9.0, 9.5, 10.0))
        self.quirks = {"fake_bold": rng.random() < 0.3, "latin_font": rng.random() < 0.3}
        LATIN_FONT["on"] = self.quirks["latin_font"]
        self.g = (ncols, colw, gutter, body, body * 1.5)
        truth: dict[str, Any] = {"edition": {"paper": PAPER, "date": self.date}, "number": number,
                                 "section": SECTIONS[(number - 1) % len(SECTIONS)], "articles": []}
        truth["meta"] = self.header(pg, number, truth["section"])
        y = HEADER_BOTTOM + 10
        bottom = PAGE_H - MARGIN
        if self.pending:
            story, self.pending = self.pending, None
            spans = self.split_band(ncols)
            band = [(spans[0], story)] + [(s, st) for s in spans[1:] if (st := self.next_story(s))]
            y = self.place_band(pg, band, y, bottom, number, truth, last, ncols)
        while y < bottom - 120 and (self.stories or self.pending):
            spans = self.split_band(ncols)
            band: list[tuple[int, Story]] = []
            for span in spans:
                story = self.next_story(span)
                if story:
                    band.append((span, story))
            if not band:
                break
            y = self.place_band(pg, band, y, bottom, number, truth, last, ncols)
        data = doc.tobytes(garbage=0, deflate=True)
        doc.close()
        return data, truth

    def draw(self, pg: pymupdf.Page, at: tuple[float, float], text: str, font: str, size: float,
             head: bool = False) -> None:
        """Write a line with this page's quirks: headlines in fake bold (drawn
        twice, 0.3 pt apart), ASCII runs in Helvetica (their own spans)."""
        copies = [(at[0] + 0.3, at[1] + 0.2), at] if head and self.quirks["fake_bold"] else [at]
        mixed = self.quirks["latin_font"] and any(c.isascii() and c.isalnum() for c in text)
        for x, y in copies:
            if not mixed:
                pg.insert_text((x, y), text, fontname=font, fontsize=size)
                continue
            for run in re.findall(r"[A-Za-z0-9.%]+|[^A-Za-z0-9.%]+", text):
                if LATIN_RUN.match(run):
                    pg.insert_text((x, y), run, fontname="helv", fontsize=size)
                    x += pymupdf.get_text_length(run, fontname="helv", fontsize=size)
                else:
                    pg.insert_text((x, y), run, fontname=font, fontsize=size)
                    x += len(run) * size

    def header(self, pg: pymupdf.Page, number: int, section: str) -> dict[str, str]:
        rng = self.rng
        day = dt.date.fromisoformat(self.date)
        date_text = f"{day.year}年{day.month}月{day.day}日"
        weekday = f"星期{WEEKDAYS[day.weekday()]}"
        editors = f"责任编辑：{person(rng)}　{person(rng)}"
        pg.insert_text((MARGIN, 72), PAPER, fontname=FONT_HEAD, fontsize=30)
        pg.insert_text((MARGIN + 140, 60), f"{date_text}　{weekday}", fontname=FONT_HEAD, fontsize=10)
        pg.insert_text((MARGIN + 140, 78), editors, fontname=FONT_HEAD, fontsize=8)
        right = f"第{number}版　{section}"
        width = sum(advance(right, 14, FONT_HEAD))
        pg.insert_text((PAGE_W - MARGIN - width, 72), right, fontname=FONT_HEAD, fontsize=14)
        pg.draw_line((MARGIN, HEADER_BOTTOM - 6), (PAGE_W - MARGIN, HEADER_BOTTOM - 6), width=1.5)
        return {"paper": PAPER, "date": self.date, "weekday": weekday, "page": str(number),
                "section": section, "editors": editors.split("：", 1)[1]}

    def split_band(self, ncols: int) -> list[int]:
        options = {6: [[3, 3], [2, 4], [4, 2], [2, 2, 2]], 7: [[3, 4], [4, 3], [2, 5], [5, 2], [2, 3, 2]],
                   8: [[4, 4], [3, 5], [5, 3], [2, 3, 3], [3, 3, 2], [2, 4, 2]]}
        return self.rng.choice(options[ncols])

    def next_story(self, span: int) -> Story | None:
        rng = self.rng
        if not self.stories:
            return None
        if rng.random() < 0.12 and span <= 3:
            brief = self.brief()
            if brief:
                return brief
        story = self.stories.pop(0)
        story.side_box = span >= 3 and rng.random() < 0.2 and len(story.title) <= 24 and not story.subtitle
        if rng.random() < 0.35 and len(story.printed) >= 2:
            self.add_photo(story, span)
        return story

    def brief(self) -> Story | None:
        """A news-brief column: short stories, each ending in a bracketed author."""
        rng = self.rng
        short = [s for s in self.stories if s.length < 260 and len(s.printed) <= 2 and not s.closing_bylines
                 and s.plain]
        if len(short) < 2:
            return None
        head = rng.choice(BRIEF_HEADS)
        items = short[:rng.choice((2, 3, 4))]
        for s in items:
            self.stories.remove(s)
            names = [person(rng) for _ in range(rng.choice((1, 2)))]
            s.suffix = f"（{' '.join(names)}）"
            s.printed[-1] += s.suffix
            s.closing_bylines = [{"role": None, "name": n} for n in names]
            s.kicker, s.subtitle, s.brief_head = None, None, head
        group = Story(None, head, None, [], [], brief_head=head)
        group.items = items
        return group

    def add_photo(self, story: Story, span: int) -> None:
        rng = self.rng
        ncols, colw, gutter, body, _ = self.g
        story.photo_cols = rng.randint(1, span - 1 if story.side_box else span)
        width = story.photo_cols * colw + (story.photo_cols - 1) * gutter
        story.photo_h = round(width * rng.uniform(0.45, 0.75), 1)
        source = story.printed[1]
        sentence = re.split(r"[。！？]", source)[0][:rng.randint(18, 60)].strip("，、；：“” ")
        text = canonical_body(f"图为{sentence}。" if rng.random() < 0.5 else f"{sentence}。")
        name = person(rng)
        credit = rng.choice([f"本报记者 {name}摄", f"新华社记者 {name}摄", f"{name} 摄", f"本报记者 {name} 摄"])
        if rng.random() < 0.5:
            story.caption_lines = wrap(f"{text}  {credit}", width, body - 1)
        else:
            story.caption_lines = wrap(text, width, body - 1)
            story.credit_line = credit
        story.captions = [{"text": text, "credit": name}]

    # -- a band of regions side by side ------------------------------------------------
    def place_band(self, pg: pymupdf.Page, band: list[tuple[int, Story]], top: float, bottom: float,
                   number: int, truth: dict[str, Any], last: bool, ncols: int) -> float:
        _, colw, gutter, body, lh = self.g
        col = 0
        lowest = top
        lefts = [MARGIN + i * (colw + gutter) for i in range(ncols)]
        for i, (span, story) in enumerate(band):
            items = story.items
            if items is not None:
                end = self.set_brief(pg, story, items, lefts[col], span, top, bottom, truth)
            else:
                allow_jump = not last and i == 0 and self.pending is None
                end = self.set_story(pg, story, lefts[col], span, top, bottom, number, truth, allow_jump)
            lowest = max(lowest, end)
            col += span
        col = 0
        for span, _story in band[:-1]:  # column rules between the regions, the full band high
            col += span
            pg.draw_line((lefts[col] - gutter / 2, top), (lefts[col] - gutter / 2, lowest), width=0.5)
        if lowest < bottom - 20:
            pg.draw_line((MARGIN, lowest + 6), (PAGE_W - MARGIN, lowest + 6), width=0.8)
        return lowest + 14

    def headline_lines(self, story: Story, width: float, span: int) -> list[tuple[str, float]]:
        """(text, size) lines of the headline tiers, wrapped to the width."""
        _, _, _, body, _ = self.g
        title_size = min(30.0, max(body * 1.7, width / max(8, len(story.title) + 1)))
        title_size = round(min(title_size, body * (3.0 if span >= 3 else 2.2)), 1)
        if story.continued_from:
            return [(t, round(body * 1.6, 1)) for t in wrap_headline(story.title, width, round(body * 1.6, 1))]
        out: list[tuple[str, float]] = []
        for text, size in ((story.kicker, round(body * 1.3, 1)), (story.title, title_size),
                           (story.subtitle and "——" + story.subtitle, round(body * 1.2, 1))):
            if text:
                out.extend((line, size) for line in wrap_headline(text, width, size))
        return out

    def body_lines(self, story: Story) -> list[Line]:
        _, colw, _, body, _ = self.g
        lines: list[Line] = []
        if story.continued_from:
            lines.append(Line(f"（上接第{story.continued_from}版）", None, False))
        for idx, para in enumerate(story.printed):
            indent = not (idx == 0 and story.opens_mid_paragraph)
            for k, text in enumerate(wrap(para, colw, body, 2 * body if indent else 0.0)):
                lines.append(Line(text, idx, indent and k == 0))
        return lines

    def set_story(self, pg: pymupdf.Page, story: Story, x0: float, span: int, top: float, bottom: float,
                  number: int, truth: dict[str, Any], allow_jump: bool) -> float:
        _, colw, gutter, body, lh = self.g
        width = span * colw + (span - 1) * gutter
        side = story.side_box and not story.continued_from
        head = sum(size * (1.25 if side else 1.3) for _t, size in
                   self.headline_lines(story, colw - 8 if side else width, 1 if side else span))
        head = 0.0 if side else head + body * 0.8
        photo_h = story.photo_h + (len(story.caption_lines) + 2) * body * 1.4 if story.photo_cols else 0.0
        if top + head + photo_h + 4 * lh > bottom:
            story.photo_cols, story.captions = 0, []  # no room for the photo here
        if top + head + 4 * lh > bottom or (side and top + 4 * lh > bottom):
            self.stories.insert(0, story)  # no room for the story: it opens the next page
            return top
        y = top
        body_x0, body_span = x0, span
        head_bottom = top
        if story.side_box and not story.continued_from:
            hy = top + 6
            for text, size in self.headline_lines(story, colw - 8, 1):
                hy += size * 1.25
                self.draw(pg, (x0 + 4, hy), printable(text), FONT_HEAD, size, head=True)
            head_bottom = hy + 8
            pg.draw_rect(pymupdf.Rect(x0, top, x0 + colw, head_bottom), width=0.8)
            body_x0, body_span = x0 + colw + gutter, span - 1
        else:
            for text, size in self.headline_lines(story, width, span):
                y += size * 1.3
                self.draw(pg, (x0, y), printable(text), FONT_HEAD, size, head=True)
            y += body * 0.8
            head_bottom = y
        lines = self.body_lines(story)
        cols_top = [y] * body_span
        photo = None
        if story.photo_cols:
            pc = min(story.photo_cols, body_span)
            photo = pymupdf.Rect(body_x0, y, body_x0 + pc * colw + (pc - 1) * gutter, y + story.photo_h)
            n_cap = len(story.caption_lines) + (1 if story.credit_line else 0)
            cols_top[:pc] = [photo.y1 + body * 0.4 + n_cap * (body - 1) * 1.4 + body * 0.4] * pc
            self.draw_photo(pg, photo, story)
        end = self.fit_height(len(lines) + 1, cols_top, lh)
        jump = number + 1 if end > bottom and allow_jump and len(story.printed) > 1 and story.plain else None
        placed, boxes = self.flow(pg, lines, body_x0, body_span, cols_top, min(end, bottom), reserve=1 if jump else 0)
        region_bottom = max([b[3] for b in boxes.values()] + [head_bottom, photo.y1 if photo else top])
        if jump and placed < len(lines):
            cx = body_x0 + (body_span - 1) * (colw + gutter)
            note = f"（下转第{jump}版）"
            note_y = boxes[body_span - 1][3] + lh - 2 if body_span - 1 in boxes else region_bottom + lh - 2
            pg.insert_text((cx + colw - len(note) * body, note_y), note, fontname=FONT_BODY, fontsize=body)
            region_bottom = max(region_bottom, note_y + 2)
            self.pending = self.remainder(story, lines, placed, number)
            story.continues_to = jump
        bbox = [[round(x0, 1), round(top, 1), round(x0 + width, 1), round(region_bottom, 1)]]
        truth["articles"].append(story.truth(lines, 0, placed, bbox))
        return region_bottom

    def remainder(self, story: Story, lines: list[Line], placed: int, number: int) -> Story:
        """What did not fit, as a story continued on the next page."""
        para = lines[placed].para if placed < len(lines) else None
        mid = para is not None and placed > 0 and lines[placed - 1].para == para and not lines[placed].indented
        printed: list[str] = []
        answer: list[int | None] = []
        if para is not None:
            printed.append("".join(ln.text for ln in lines[placed:] if ln.para == para).replace(DROPPED, " ") if mid
                           else story.printed[para])
            answer.append(story.answer[para])
            printed += story.printed[para + 1:]
            answer += story.answer[para + 1:]
        rest = Story(None, story.title, None, printed, answer, dateline=None, continued_from=number,
                     closing_bylines=story.closing_bylines, opens_mid_paragraph=mid)
        return rest

    def flow(self, pg: pymupdf.Page, lines: list[Line], x0: float, span: int, cols_top: list[float],
             bottom: float, reserve: int = 0, sizes: list[float] | None = None) -> tuple[int, dict[int, list[float]]]:
        """Set ``lines`` down the columns; return how many fit and each column's box."""
        _, colw, gutter, body, lh = self.g
        placed = 0
        boxes: dict[int, list[float]] = {}
        for c in range(span):
            cx = x0 + c * (colw + gutter)
            cy = cols_top[c] + body
            rows = int((bottom - cols_top[c] + 0.01) // lh) - (reserve if c == span - 1 else 0)
            for _ in range(max(0, rows)):
                if placed >= len(lines):
                    break
                line = lines[placed]
                size = sizes[placed] if sizes else body
                off = 2 * body if line.indented else 0.0
                if line.para is None and line.text.startswith("（上接"):
                    off = colw - len(line.text) * body
                font = FONT_HEAD if size > body else FONT_BODY
                self.draw(pg, (cx + off, cy), printable(line.text), font, size)
                box = boxes.setdefault(c, [cx, cy - size, cx + colw, cy + 2])
                box[3] = cy + 2
                line.where = (c, cy)  # type: ignore[attr-defined]
                cy += lh
                placed += 1
        return placed, boxes

    def fit_height(self, need: int, cols_top: list[float], lh: float) -> float:
        """Lowest bottom at which the columns hold ``need`` lines."""
        lo, hi = max(cols_top), max(cols_top) + need * lh + lh
        while hi - lo > 1:
            mid = (lo + hi) / 2
            if sum(max(0, int((mid - t) // lh)) for t in cols_top) >= need:
                hi = mid
            else:
                lo = mid
        return hi

    def draw_photo(self, pg: pymupdf.Page, rect: pymupdf.Rect, story: Story) -> None:
        body = self.g[3]
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
        pix.clear_with(self.rng.randint(90, 200))
        pg.insert_image(rect, pixmap=pix, keep_proportion=False)
        cy = rect.y1 + body * 1.2
        for line in story.caption_lines:
            self.draw(pg, (rect.x0, cy), printable(line), FONT_HEAD, body - 1)
            cy += (body - 1) * 1.4
        if story.credit_line:
            w = sum(advance(story.credit_line, body - 1))
            self.draw(pg, (rect.x1 - w, cy), story.credit_line, FONT_HEAD, body - 1)

    def set_brief(self, pg: pymupdf.Page, group: Story, items: list[Story], x0: float, span: int,
                  top: float, bottom: float, truth: dict[str, Any]) -> float:
        _, colw, gutter, body, lh = self.g
        y = top + body * 1.6
        pg.insert_text((x0, y), group.title, fontname=FONT_HEAD, fontsize=round(body * 1.5, 1))
        y += body * 0.8
        lines: list[Line] = []
        sizes: list[float] = []
        owner: list[int] = []
        for k, item in enumerate(items):
            for text in wrap_headline(item.title, colw, body + 0.5):
                lines.append(Line(text, None, False))
                sizes.append(body + 0.5)
                owner.append(k)
            for line in self.body_lines(item):
                lines.append(line)
                sizes.append(body)
                owner.append(k)
        cols_top = [y] * span
        end = min(bottom, self.fit_height(len(lines), cols_top, lh))
        capacity = sum(max(0, int((end - t + 0.01) // lh)) for t in cols_top)
        while owner and len(owner) > capacity:  # drop the items the column cannot hold whole
            cut = owner[-1]
            keep = [i for i in range(len(owner)) if owner[i] != cut]
            lines, sizes, owner = [lines[i] for i in keep], [sizes[i] for i in keep], [owner[i] for i in keep]
        if not lines:
            return top
        placed, _ = self.flow(pg, lines, x0, span, cols_top, end, sizes=sizes)
        lowest = y
        for k, item in enumerate(items):
            mine = [i for i in range(len(lines)) if owner[i] == k]
            if not mine or mine[-1] >= placed:
                continue  # an item cut by the page end: not an answer
            rects: dict[int, list[float]] = {}
            for i in mine:
                c, cy = lines[i].where  # type: ignore[attr-defined]
                r = rects.setdefault(c, [x0 + c * (colw + gutter), cy - sizes[i], x0 + c * (colw + gutter) + colw, cy + 2])
                r[3] = cy + 2
                lowest = max(lowest, cy + 2)
            body_lines = [ln for ln in lines[mine[0]:mine[-1] + 1] if ln.para is not None]
            part = item.truth(body_lines, 0, len(body_lines), [[round(v, 1) for v in r] for r in rects.values()])
            truth["articles"].append(part)
        return lowest


def load_corpus(path: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """The corpus rows by date, in page and printed order."""
    from bench.run import shared_dir

    path = path or find_corpus(shared_dir())
    by_date: dict[str, list[dict[str, Any]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            by_date.setdefault(rec["date"], []).append(rec)
    for recs in by_date.values():
        recs.sort(key=lambda r: (r["page"], r["seq"]))
    return by_date


def build(out_dir: Path, pages: int, pages_per_edition: int = 8, seed: int = 7, hard: bool = False) -> list[Path]:
    """Write page PDFs and a truth JSON beside each; return the PDF paths.
    ``hard`` keeps the articles with hard constructs (scored, not floored yet)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n, (date, recs) in enumerate(sorted(load_corpus().items())):
        setter = Typesetter(recs, date, seed + n, hard)
        for data, truth in setter.pages(min(pages_per_edition, pages - len(written))):
            pdf = out_dir / f"{date}_page-{truth['number']:02d}.pdf"
            pdf.write_bytes(data)
            pdf.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
            written.append(pdf)
        if len(written) >= pages:
            break
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=24)
    args = parser.parse_args()
    paths = build(args.out, args.pages)
    print(f"{len(paths)} pages in {args.out}")


if __name__ == "__main__":
    main()
