"""A whole page: masthead, a grid cut into article blocks, banners, briefs, separators.

The content area is a grid of 5 to 8 columns cut recursively (guillotine cuts,
vertical cuts on grid lines, horizontal ones at drawn fractions) into as many
blocks as the page has articles; each block then gets its own column count.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import layout as lo
from . import story as st
from .corpus import Article, sentences
from .page import Page, Run, Shape
from .typeset import set_lines, width

PAPERS = [("江海日报", "JIANGHAI DAILY"), ("东岭日报", "DONGLING DAILY"), ("南湖晚报", "NANHU EVENING NEWS"),
          ("北川日报", "BEICHUAN DAILY"), ("青原日报", "QINGYUAN DAILY"), ("滨城日报", "BINCHENG DAILY")]
SECTIONS = ["要闻", "综合新闻", "理论", "经济", "社会", "国际", "文化", "体育", "评论", "地方新闻", "民生"]
BRIEF_HEADS = ["简讯", "新闻速递", "快讯", "短讯", "一句话新闻"]
WEEKDAYS = "一二三四五六日"


class Composer:
    """Builds one page from the corpus; ``page`` holds the result."""

    def __init__(self, rng: random.Random, pool: list[Article], names: list[str]):
        self.rng = rng
        self.pool = pool
        self.names = names
        size = rng.choice([(842, 1191), (1017, 1438), (900, 1300), (780, 1120)])
        bs = round(rng.uniform(8.5, 10.5) * size[0] / 900, 1)
        self.page = Page(rng, size[0], size[1], bs, round(bs * rng.uniform(1.3, 1.6), 2))
        self.page_number = rng.randint(1, 16)
        self.section = rng.choice(SECTIONS)
        self.paper = rng.choice(PAPERS)
        self.used: set[int] = set()
        self.titles: set[str] = set()
        self.gutter = bs * rng.uniform(1.0, 2.0)
        self.hang = rng.random() < 0.6
        self.separators = rng.choice(["rules", "frames", "white", "rules"])
        self.count = 0

    # --- picking text -------------------------------------------------------------------
    def take(self, want: int, short: bool = False) -> Article:
        """An unused article of at least ``want`` characters when there is one (a random one)."""
        rng = self.rng
        for _ in range(400):
            i = rng.randrange(len(self.pool))
            a = self.pool[i]
            if i in self.used or a.title in self.titles:
                continue
            if short and a.length <= want * 1.6 or not short and want <= a.length <= want * 3:
                self.used.add(i)
                self.titles.add(a.title)
                return a
        i = max((j for j in range(len(self.pool)) if j not in self.used), key=lambda j: self.pool[j].length)
        self.used.add(i)
        return self.pool[i]

    def spare_sentence(self, lo_len: int = 12, hi_len: int = 46) -> str:
        """A sentence of an article not on the page, for captions and banners."""
        while True:
            a = self.take(0, short=True)
            options = [s for p in a.paragraphs for s in sentences(p) if lo_len <= len(s) <= hi_len]
            if options:
                return self.rng.choice(options)

    # --- the page -----------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        rng, page = self.rng, self.page
        margin = page.width * rng.uniform(0.035, 0.05)
        date = self._date()
        top = self.header(margin, date)
        bottom = page.height - margin
        if rng.random() < 0.5:
            bottom = self.footer(margin, bottom)
        x0, x1 = margin, page.width - margin
        grid = rng.randint(5, 8)
        if self.separators == "white":
            page.feature("white_space_only")
        if rng.random() < 0.25 and grid >= 5:
            bw = rng.choice([1, 2]) * (x1 - x0) / grid
            if rng.random() < 0.5:
                self.briefs(x1 - bw + self.gutter / 2, top, x1, bottom)
                x1 -= bw
            else:
                self.briefs(x0, top, x0 + bw - self.gutter / 2, bottom)
                x0 += bw
            grid = max(3, grid - 2)
        n = rng.randint(3, 6)
        if rng.random() < 0.35:
            cut = top + (bottom - top) * rng.uniform(0.4, 0.65)
            k = max(1, round(n * 0.55))
            self.split(x0, top, x1, cut - page.body_size * 2.2, k, grid)
            self.banner(x0, cut - page.body_size * 2.2, x1, cut + page.body_size * 1.2)
            self.split(x0, cut + page.body_size * 1.8, x1, bottom, max(1, n - k), grid)
        else:
            self.split(x0, top, x1, bottom, n, grid)
        self._continuations()
        page.articles.sort(key=lambda a: (a.pop("_order")))
        return {"paper": self.paper[0], "date": date.isoformat(),
                "page": {"number": self.page_number, "section": self.section},
                "features": page.features, "articles": page.articles}

    def _date(self) -> dt.date:
        return dt.date(2019, 2, self.rng.randint(1, 28))

    def header(self, margin: float, date: dt.date) -> float:
        rng, page = self.rng, self.page
        form = "front" if self.page_number == 1 and rng.random() < 0.7 else rng.choice(["top", "corner", "english"])
        page.feature(f"header_{form}")
        paper, english = self.paper
        y = margin
        weekday = f"星期{WEEKDAYS[date.weekday()]}"
        dates = rng.choice([f"{date.year}年{date.month}月{date.day}日 {weekday}",
                            f"{date.year}.{date.month}.{date.day} {weekday}"])
        right = page.width - margin
        if form == "front":  # the paper's name large across the top, the edition's details in a line under it
            size = page.width * rng.uniform(0.06, 0.08)
            self._run("header", (0,), (page.width - width("hei", paper, size)) / 2, y + size, paper, "hei", size, lo.RED)
            self._run("header", (1,), (page.width - width("song", english, 9)) / 2, y + size + 14, english, "song", 9)
            info = f"{dates}　第{self.page_number}版　{self.section}"
            self._run("header", (2,), margin, y + size + 32, info, "song", 9)
            y += size + 38
            page.shapes.append(Shape("line", (margin, y, right, y), width=1.2))
        elif form == "top":
            size = page.width * rng.uniform(0.03, 0.04)
            self._run("header", (0,), margin, y + size, paper, "hei", size, lo.RED)
            label = rng.choice([f"第{self.page_number}版", f"{self.page_number:02d}版"])
            if rng.random() < 0.5:
                self._run("header", (1,), right - width("hei", label + "　" + self.section, 14), y + size,
                          label + "　" + self.section, "hei", 14)
            else:  # the section large, the page label small beside it
                sw = width("hei", self.section, 20)
                self._run("header", (1,), right - sw, y + size, self.section, "hei", 20)
                self._run("header", (5,), right - sw - width("song", label, 10) - 12, y + size, label, "song", 10)
            self._run("header", (2,), margin, y + size * 1.9, dates, "song", 9)
            y += size * 2.2
            page.shapes.append(Shape("line", (margin, y, right, y), width=1.6))
            page.shapes.append(Shape("line", (margin, y + 2.5, right, y + 2.5), width=0.4))
        else:
            size = page.width * 0.03
            num, sec = str(self.page_number), self.section
            sw = width("hei", num, size * 1.3) + size * 0.6 + width("hei", sec, size)
            left_side = self.page_number % 2 == 0
            xn = margin if left_side else right - sw
            self._run("header", (0,), xn, y + size * 1.2, num, "hei", size * 1.3)
            self._run("header", (1,), xn + width("hei", num, size * 1.3) + size * 0.6, y + size * 1.2, sec, "hei", size)
            xp = right - width("song", paper, 12) if left_side else margin
            self._run("header", (2,), xp, y + 14, paper, "hei" if form == "corner" else "song", 12, lo.RED)
            if form == "english":
                self._run("header", (3,), xp, y + 24, english, "song", 7)
            self._run("header", (4,), xp, y + 36, dates, "song", 8.5)
            y += max(size * 1.6, 42)
            page.shapes.append(Shape("line", (margin, y, right, y), width=0.8))
        return y + page.body_size * 1.2

    def footer(self, margin: float, bottom: float) -> float:
        rng, page = self.rng, self.page
        a, b, c = rng.sample(self.names, 3)
        text = rng.choice([f"责任编辑：{a}/版式设计：{b}", f"责任编辑　{a}　美编　{b}　校对　{c}",
                           f"本版编辑：{a}　{b}"])
        page.shapes.append(Shape("line", (margin, bottom - 12, page.width - margin, bottom - 12), width=0.5))
        self._run("footer", (0,), margin, bottom - 2, text, "song", 7.5)
        page.feature("footer_editors")
        return bottom - 18

    def _run(self, group, key, x, y, text, role, size, color=(0, 0, 0)) -> None:
        self.page.runs.append(Run(group, key, x, y, text, role, size, color))

    def banner(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A page-wide banner (a slogan in a coloured strip): not an article."""
        page = self.page
        text = self.spare_sentence(10, 24).rstrip("。！？；")
        size = min((y1 - y0) * 0.55, (x1 - x0) * 0.8 / max(1, len(text)))
        tinted = self.rng.random() < 0.6
        page.shapes.append(Shape("fill" if tinted else "rect", (x0, y0 + 2, x1, y1 - 2), color=lo.RED, width=1.0))
        x = x0 + (x1 - x0 - width("hei", text, size)) / 2
        self._run("banner", (0,), x, (y0 + y1) / 2 + size * 0.38, text, "hei", size,
                  (1, 1, 1) if tinted else lo.RED)
        page.feature("banner")

    # --- blocks -------------------------------------------------------------------------
    def split(self, x0: float, y0: float, x1: float, y1: float, n: int, grid: int) -> None:
        rng, lead = self.rng, self.page.leading
        can_h = y1 - y0 > 26 * lead
        can_v = grid >= 4 and (x1 - x0) > 20 * self.page.body_size * 2
        if n <= 1 or not (can_h or can_v):
            self.block(x0, y0, x1, y1)
            return
        if can_v and (not can_h or rng.random() < 0.4):
            cut_cols = rng.randint(2, grid - 2) if grid >= 4 else 1
            cut = x0 + (x1 - x0) * cut_cols / grid
            k = min(n - 1, max(1, round(n * cut_cols / grid)))
            self.split(x0, y0, cut - self.gutter / 2, y1, k, cut_cols)
            self._separator("v", cut, y0, y1)
            self.split(cut + self.gutter / 2, y0, x1, y1, n - k, grid - cut_cols)
        else:
            frac = rng.uniform(0.35, 0.62)
            cut = y0 + (y1 - y0) * frac
            k = min(n - 1, max(1, round(n * frac)))
            self.split(x0, y0, x1, cut - lead * 0.6, k, grid)
            self._separator("h", cut, x0, x1)
            self.split(x0, cut + lead * 0.6, x1, y1, n - k, grid)

    def _separator(self, axis: str, at: float, a: float, b: float) -> None:
        if self.separators != "rules":
            return
        rect = (at, a + 4, at, b - 4) if axis == "v" else (a, at, b, at)
        self.page.shapes.append(Shape("line", rect, width=self.rng.choice([0.4, 0.6, 1.0])))
        self.page.feature("rules")

    def block(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """One article in the block (another one tried when the first cannot be set)."""
        page, rng = self.page, self.rng
        bs, lead = page.body_size, page.leading
        box = self.separators == "frames" or rng.random() < 0.12
        tinted = box and rng.random() < 0.4
        pad = bs * 0.8 if box else 0.0
        feats = []
        if box:
            page.shapes.append(Shape("fill" if tinted else "rect", (x0, y0, x1, y1),
                                     color=rng.choice([(0.93, 0.95, 0.98), (0.99, 0.95, 0.88), (0.94, 0.94, 0.94)])
                                     if tinted else (0, 0, 0), width=0.6))
            feats.append("tinted_box" if tinted else "framed")
            page.feature("frames" if not tinted else "tinted_boxes")
        capacity = int((x1 - x0) * (y1 - y0) / (bs * lead) * 0.8)
        for _ in range(6):
            mark = (len(page.runs), len(page.shapes))
            self.count += 1
            idx = self.count
            if rng.random() < 0.12:
                art = self.take(capacity * 2)
                story = st.continued_part(art, rng, rng.choice([p for p in range(1, 17) if p != self.page_number]))
                if story is None:
                    continue
            else:
                story = st.make_story(self.take(capacity), rng, self.names, self.page_number)
                if rng.random() < 0.05:  # an article printed without a headline
                    story.kicker = story.title = story.subtitle = None
                    if story.byline_line:
                        story.byline_line, story.bylines = None, []
                    story.features.append("no_headline")
            done = self.set_article(idx, x0 + pad, y0 + pad, x1 - pad, y1 - pad, story, feats)
            if done:
                return
            del page.runs[mark[0]:]
            del page.shapes[mark[1]:]

    def set_article(self, idx: int, x0: float, y0: float, x1: float, y1: float, story: st.Story,
                    feats: list[str]) -> bool:
        page, rng = self.page, self.rng
        bs, lead, gutter = page.body_size, page.leading, self.gutter
        step = rng.choice([1.0, 1.0, 1.0, 0.92, 1.08])  # some articles set a step smaller or larger
        bs, lead = round(bs * step, 2), round(lead * step, 2)
        sub_style = rng.choice(["center", "left", "boxed", "body"])
        group = f"a{idx}"
        feats = list(feats)
        body_role = "kai" if rng.random() < 0.08 else "song"
        W, H = x1 - x0, y1 - y0
        m = max(1, round((W + gutter) / (rng.uniform(11, 20) * bs + gutter)), int(W / (bs * 24)) + 1)
        scale = rng.uniform(1.0, 2.0)
        modes = ["top"] * 6 + ["side"] * (2 if m >= 3 else 0) + ["vertical"] * (2 if H > 25 * lead else 0)
        mode = rng.choice(modes) if story.title else "none"
        if mode == "vertical":
            size = min(bs * rng.uniform(1.6, 2.4), (H - bs * 4) / (len(story.title) * 1.08 + 0.5))
            if size < bs * 1.2:
                mode = "top"
        captions: list[dict[str, str]] = []
        if mode == "vertical":
            story.kicker = story.subtitle = None
            strip = size * 1.5 + (bs * 1.6 if story.byline_line else 0)
            right = rng.random() < 0.6
            sx = x1 - strip if right else x0
            page.vertical(group + ":head", story.title.replace(" ", "\u3000"), sx + bs * 0.3, y0, size, "hei",
                          key=("title",))
            if story.byline_line:
                page.vertical(group + ":head", story.byline_line.replace(" ", "\u3000"), sx + size * 1.5,
                              y0 + size * 2, bs, "kai", key=("byline",))
            bx0, bx1 = (x0, sx - gutter) if right else (sx + strip + gutter, x1)
            m = max(1, round((bx1 - bx0 + gutter) / (rng.uniform(11, 20) * bs + gutter)))
            cols, colw = lo.columns_for(bx0, bx1, y0, y1, m, gutter)
            feats += ["vertical_head", f"cols_{m}"]
        elif mode == "side":
            hw = W * rng.uniform(0.22, 0.33)
            items = lo.head_items(page, story, bs, scale)
            hb, f = lo.draw_head(page, group + ":head", items, x0, y0, hw, "left", force_break=rng.choice([0, 2, 3]))
            if hb > y1 - 8 * lead:
                return False
            cols, colw = lo.columns_for(x0 + hw + gutter, x1, y0, y1, m - 1, gutter)
            feats += ["side_head", f"cols_{m - 1}", *f]
        else:
            cols, colw = lo.columns_for(x0, x1, y0, y1, m, gutter)
            if mode == "top":
                span = m - 1 if m >= 3 and rng.random() < 0.3 else m
                hw = cols[span - 1].x + colw - x0
                items = lo.head_items(page, story, bs, scale)
                hb, f = lo.draw_head(page, group + ":head", items, x0, y0, hw, rng.choice(["center", "left"]),
                                     force_break=rng.choice([0, 0, 0, 0, 0, 2, 2, 3]))
                if hb > y1 - 8 * lead:
                    return False
                for c in cols[:span]:
                    c.top = hb + lead * 0.3
                feats += ["head_over", f"cols_{m}", *f]
                if span < m:
                    feats.append("l_shape")
            else:
                feats.append(f"cols_{m}")
        for tier in ("kicker", "subtitle"):
            if getattr(story, tier):
                feats.append(tier)
        if cols and rng.random() < 0.1 and cols[0].bottom - cols[0].top > 20 * lead:
            cols[0].top = lo.logo(page, cols[0].x, cols[0].top, colw, bs)
            feats.append("logo_in_block")
        if len(cols) >= 2 and rng.random() < 0.45 and H > 30 * lead:
            span = rng.randint(1, len(cols) - 1) if len(cols) > 2 else rng.randint(1, 2)
            first = 0 if rng.random() < 0.5 else len(cols) - span
            use = cols[first:first + span]
            px0, pw = use[0].x, use[-1].x + colw - use[0].x
            credit = rng.choice(self.names)
            if rng.random() < 0.6:
                top = max(c.top for c in use)
                bottom, cap, f = lo.add_photo(page, group + ":caption", px0, top, pw, bs, credit,
                                              self.spare_sentence(), H * 0.38)
                for c in use:
                    c.top = bottom
            else:
                top = min(c.bottom for c in use) - min(pw * 0.75, H * 0.38) - bs * 6
                bottom, cap, f = lo.add_photo(page, group + ":caption", px0, top, pw, bs, credit,
                                              self.spare_sentence(), H * 0.38)
                for c in use:
                    c.bottom = top - lead * 0.5
            captions.append(cap)
            feats += ["photo", *f]
            if any(c.bottom - c.top < 3 * lead for c in cols):
                return False
        cont = None
        if not story.continued_from and rng.random() < 0.12:
            cont = rng.choice([p for p in range(1, 17) if p != self.page_number])
        placed = lo.fit_story(story, cols, colw, bs, lead, body_role, self.hang, cont, sub_style)
        if not placed or sum(len(p) for p in story.paragraphs) < 30:
            return False
        if story.subheads:
            feats.append(f"subheads_{sub_style}")
            if sub_style == "boxed":
                for p in placed:
                    if p.role == "hei":
                        x = cols[p.col].x
                        page.shapes.append(Shape("rect", (x, p.y - p.size * 1.05, x + colw, p.y + p.size * 0.3),
                                                 width=0.5))
        rows: dict[int, int] = {}
        for p in placed:
            row = rows[p.col] = rows.get(p.col, -1) + 1
            for n, (dx, text) in enumerate(p.line.pieces):
                if text.strip():
                    page.runs.append(Run(group + ":body", (p.col, row, n), cols[p.col].x + dx, p.y, text,
                                         p.role, p.size))
        if story.continues_to:
            note = f"（下转第{story.continues_to}版）"
            last = cols[-1]
            line = set_lines(note, colw, body_role, bs, align="right")[0]
            page.runs.append(Run(group + ":note", (0,), last.x + line.pieces[0][0], last.bottom, note, body_role, bs))
        if self.hang:
            feats.append("hanging_punctuation")
        if body_role == "kai":
            feats.append("body_kai")
        record = lo.answer(story, captions, (x0, y0, x1, y1), feats)
        record["_order"] = (round(y0 / 50), x0)
        record["_group"] = group
        page.articles.append(record)
        return True

    def briefs(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A column of news briefs under a heading: one article per item, closing authors in brackets."""
        page, rng = self.page, self.rng
        bs, lead = page.body_size, page.leading
        tinted = rng.random() < 0.5
        if tinted:
            page.shapes.append(Shape("fill", (x0, y0, x1, y1), color=(0.95, 0.94, 0.9)))
        pad = bs * 0.6
        x0, x1 = x0 + pad, x1 - pad
        head = rng.choice(BRIEF_HEADS)
        size = bs * 1.5
        self._run("briefs", (0,), x0 + (x1 - x0 - width("hei", head, size)) / 2, y0 + size * 1.3, head, "hei", size)
        y = y0 + size * 2.2
        page.feature("briefs")
        for n in range(8):
            if y1 - y < 8 * lead:
                break
            art = self.take(120, short=True)
            story = st.Story(None, art.title, None, art.paragraphs[:2])
            if art.dateline and not art.closing_dateline:
                story.dateline, story.prefix = art.dateline, art.dateline + " "
            pairs = [(None, name) for _, name in art.bylines] or [(None, nm) for nm in rng.sample(self.names, rng.choice([1, 2]))]
            story.bylines = pairs
            story.closing = "（" + " ".join(nm for _, nm in pairs) + "）"
            story.features += ["brief", "byline_closing"]
            mark = len(page.runs)
            self.count += 1
            group = f"a{self.count}"
            lines = set_lines(story.title.replace(" ", "\u3000"), x1 - x0, "hei", bs * 1.05, align="left", hang=False)
            ty = page.lines(group + ":head", lines, x0, y + bs * 1.05, bs * 1.4, "hei", bs * 1.05, key=("title",))
            cols = [lo.Column(x0, ty - bs * 0.2, y1)]
            placed = lo.fit_story(story, cols, x1 - x0, bs, lead, "song", self.hang)
            if not placed or sum(len(p) for p in story.paragraphs) < 20 or len(placed) < 3:
                del page.runs[mark:]
                break
            for row, p in enumerate(placed):
                for k, (dx, text) in enumerate(p.line.pieces):
                    if text.strip():
                        page.runs.append(Run(group + ":body", (0, row, k), x0 + dx, p.y, text, p.role, p.size))
            record = lo.answer(story, [], (x0, y, x1, placed[-1].y), [])
            record["_order"] = (999, n)
            record["_group"] = group
            page.articles.append(record)
            y = placed[-1].y + lead * 1.2

    def _continuations(self) -> None:
        for record in self.page.articles:
            for name in ("continued_from", "continues_to"):
                if record.get(name):
                    self.page.feature("continuations")
