"""Page regions: a band of the page is cut into article areas of different shapes (a lead
with a photo, articles side by side with their own column widths, an L-shaped article
running on under its neighbour, a framed box with a vertical headline, a side headline,
a brief column), separated by partial rules, frames or white space alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .article import Column, Setting, Style, body_fields, typeset_article, wire_dateline_out
from .ink import Line, Sheet
from .stories import Story

LABELS = ("今日关注", "一线调研", "记者观察", "新论", "声音", "观点", "图说", "数说")
BRIEF_HEADS = ("简讯", "新闻速递", "短讯", "要闻快报")
AGENCIES = ("人民视觉", "影像中国")


@dataclass(slots=True)
class Composer:
    """One page's state while its bands are filled: stories left, answers made."""

    sheet: Sheet
    rng: random.Random
    stories: list[Story]
    names: list[str]
    captions: list[str]
    page_number: int
    size: float
    lead: float
    separators: str  # rules | space | mixed
    answers: list[dict] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    continued: bool = False

    # --- choosing stories and styles ------------------------------------------------

    def capacity(self, columns: list[Column], top: float) -> float:
        chars = 0.0
        for column in columns:
            height = column.bottom - (column.top if column.top is not None else top)
            chars += max(height, 0) / self.lead * (column.x1 - column.x0) / self.size
        return chars * 0.82

    def pick(self, capacity: float, accept: Callable[[Story], bool] = lambda s: True,
             fill: bool = False) -> Story | None:
        """An unused story about as long as the room (a longer one is trimmed at a paragraph);
        ``fill``: one that fills it (an area whose shape needs every column full)."""
        fits = [s for s in self.stories if s.key not in self.used and accept(s)]
        snug = [s for s in fits if 0.45 * capacity <= s.length <= capacity]
        shorter = sorted((s for s in fits if s.length < 0.45 * capacity), key=lambda s: -s.length)[:8]
        longer = sorted((s for s in fits if s.length > capacity), key=lambda s: s.length)[:8]
        pool = (longer or snug or shorter) if fill else (snug or longer or shorter)
        return self.rng.choice(pool) if pool else None

    def style(self, story: Story, head: str) -> tuple[Style, list[str]]:
        """Random choices for one article, and the names its byline prints."""
        rng = self.rng
        style = Style(head=head, align=rng.choice(["left", "center", "center"]),
                      tiers=rng.choice(["plain", "plain", "kicker-larger", "same-size", "subtitle-large"]),
                      photo="none", credit=rng.choice(["runin", "line", "slash", "agency", "agency-name"]),
                      subheads=rng.choice(["bold", "boxed", "centred"]), dash=rng.random() < 0.5,
                      body_face=rng.choice(["song", "song", "song", "kai"]), pad_names=rng.random() < 0.6)
        names = [n for _, n in story.reporters]
        if head == "vertical":
            style.byline = "vertical"
            names = names[:1] or [rng.choice(self.names)]
        elif names and story.dateline:
            style.byline = rng.choice(["runin", "runin", "line", "block", "closing"])
        elif names:
            style.byline = rng.choice(["line", "block", "closing", "alone"])
        elif story.dateline:
            style.byline = rng.choice(["none", "none", "block"])
            names = rng.sample(self.names, rng.choice([1, 2])) if style.byline == "block" else []
        else:
            style.byline = rng.choice(["alone", "none"])
            names = rng.sample(self.names, rng.choice([1, 1, 2])) if style.byline == "alone" else []
        return style, names

    # --- placing one article ---------------------------------------------------------

    def place(self, story: Story, style: Style, names: list[str], head: tuple[float, ...] | None,
              columns: list[Column], features: list[str], photo: bool = False,
              paragraphs: list[str] | None = None) -> float | None:
        """Typeset and record the article; the lowest point used, or None (nothing placed)."""
        group = len(self.answers) + 1
        setting = Setting(self.sheet, self.size, self.lead, group, self.rng, list(features))
        caption = None
        if photo and self.captions:
            style.photo = self.rng.choice(["below", "below", "beside"])
            caption = (self.rng.choice(self.captions), self.rng.choice(self.names))
            if style.credit == "agency":
                caption = (caption[0], self.rng.choice(AGENCIES))
        mark = self.sheet.mark()
        done = typeset_article(story, style, head, columns, setting, names, caption, paragraphs)
        if done is None:
            self.sheet.undo(mark)
            return None
        answer, bottom = done
        if paragraphs is None:
            wire_dateline_out(answer)
        setting.features += [f"head-{style.head}", f"byline-{style.byline}"]
        if style.pad_names and style.byline in ("alone", "vertical") and any(len(n) == 2 for n in names):
            setting.features.append("padded-name")
        if story.author_note and answer["body"][-1] == story.paragraphs[-1]:
            setting.features.append("author-note")
        if answer["subheads"]:
            setting.features.append(f"subheads-{style.subheads}")
        if style.body_face == "kai":
            setting.features.append("body-kai")
        answer["features"] = list(dict.fromkeys(setting.features))
        self.answers.append(answer)
        self.used.add(story.key)
        return bottom

    def article(self, x0: float, x1: float, y0: float, y1: float, head: str = "across",
                features: tuple[str, ...] = (), photo: bool = False, columns: int | None = None) -> float:
        """A rectangular article area with its own column count; returns its bottom (y0 if empty)."""
        rng = self.rng
        count = columns or max(1, round((x1 - x0) / (self.size * rng.uniform(10, 17))))
        gutter = self.size * rng.uniform(0.8, 1.6)
        head_box: tuple[float, ...] = (x0, x1, y0)
        accept = _any_story
        if head == "side":
            side = max(1, round(count * 0.35))
            cols = split(x0, x1, count, gutter, y1)
            head_box = (x0, cols[side - 1].x1, y0)
            for c in cols[side:]:
                c.top = y0
        elif head == "vertical":
            strip = self.size * rng.uniform(5.5, 7.5)
            if rng.random() < 0.35:  # the headline on the left of its text
                cols = split(x0 + strip + gutter, x1, count, gutter, y1)
                head_box = (x0, y0, x0 + strip, min(y1, y0 + strip * 4.2))
                features = (*features, "vertical-left")
            else:
                cols = split(x0, x1 - strip - gutter, count, gutter, y1)
                head_box = (x1 - strip, y0, x1, min(y1, y0 + strip * 4.2))
            for c in cols:
                c.top = y0
            accept = _short_title_only
        else:
            cols = split(x0, x1, count, gutter, y1)
        story = self.pick(self.capacity(cols, y0 + self.size * 6) * (0.8 if photo else 1), accept)
        if story is None:
            return y0
        style, names = self.style(story, head)
        if not self.continued and head != "vertical" and rng.random() < 0.12 and len(story.paragraphs) >= 4:
            self.continued = True
            style.continues_to = self.page_number + rng.randint(1, 4)
        bottom = self.place(story, style, names, head_box, cols, list(features), photo)
        return y0 if bottom is None else bottom

    def continued_part(self, x0: float, x1: float, y0: float, y1: float) -> float:
        """The rest of an article from an earlier page: no headline, opens with （上接第N版）."""
        cols = split(x0, x1, max(1, round((x1 - x0) / (self.size * 13))), self.size, y1)
        for c in cols:
            c.top = y0
        story = self.pick(self.capacity(cols, y0) * 2.5, lambda s: len(s.paragraphs) >= 5 and not s.subheads)
        if story is None or self.page_number < 2:
            return y0
        style, names = self.style(story, "none")
        style.continued_from = self.rng.randint(max(1, self.page_number - 3), self.page_number - 1)
        if style.byline not in ("closing", "none"):
            style.byline, names = "none", []
        bottom = self.place(story, style, names, None, cols, ["continued-from"], paragraphs=story.paragraphs[2:])
        return y0 if bottom is None else bottom

    def briefs(self, x0: float, x1: float, y0: float, y1: float) -> float:
        """A column of news briefs under a heading label: one article per item, each
        closing with its authors in brackets."""
        rng, size = self.rng, self.size
        heading = rng.choice(BRIEF_HEADS)
        label_size = size * 1.5
        if rng.random() < 0.5:
            self.sheet.panel((x0, y0, x1, y0 + label_size * 1.6), 0.25)
            self.sheet.set_line(Line(heading), x0, y0 + label_size * 1.2, x1 - x0, "hei", label_size, 0,
                                align="center", color=(1, 1, 1))
        else:
            self.sheet.set_line(Line(heading), x0, y0 + label_size * 1.2, x1 - x0, "hei", label_size, 0, align="left")
            self.sheet.rule(x0, y0 + label_size * 1.6, x1, y0 + label_size * 1.6, 1.2)
        y = y0 + label_size * 2.2
        misses = 0
        while y1 - y > size * 9 and misses < 4:
            room = (x1 - x0) / size * (y1 - y - size * 2) / self.lead * 0.8
            story = self.pick(min(room, 260), _brief_story)
            if story is None:
                break
            style, names = self.style(story, "across")
            style.tiers, style.align, style.photo = "plain", "left", "none"
            names = names or rng.sample(self.names, rng.choice([1, 2]))
            style.byline = "closing" if rng.random() < 0.5 else "brief"
            bottom = self.place_brief(story, style, names, x0, x1, y, y1)
            if bottom is None:
                self.used.add(story.key)  # too long for what is left; try another
                misses += 1
                continue
            y = bottom + size * 0.8
        return y

    def place_brief(self, story: Story, style: Style, names: list[str], x0: float, x1: float, y0: float,
                    y1: float) -> float | None:
        """One brief: a small bold title, the text, its authors in brackets at the end."""
        group = len(self.answers) + 1
        setting = Setting(self.sheet, self.size, self.lead, group, self.rng, ["brief"])
        mark = self.sheet.mark()
        size = self.size * 1.2
        self.sheet.set_line(Line(story.title), x0, y0 + size, x1 - x0, "hei", size, group * 10)
        cols = [Column(x0, x1, y0 + size * 1.5, y1)]
        paragraphs = list(story.paragraphs)
        if style.byline == "brief":  # run in at the end of the last paragraph
            paragraphs[-1] = paragraphs[-1] + f"（{' '.join(names)}）"
        style.head = "none"
        done = typeset_article(story, style, None, cols, setting, names, None, paragraphs)
        if done is None or done[0]["paragraphs"] < len(paragraphs):
            self.sheet.undo(mark)
            return None
        answer, bottom = done
        if style.byline == "brief":
            answer.update(body_fields(answer["body"][:-1] + [story.paragraphs[-1]]))
        answer.update(title=story.title, kicker=None, subtitle=None, bylines=names)
        wire_dateline_out(answer)
        answer["features"] = ["brief", f"brief-credit-{'runin' if style.byline == 'brief' else 'line'}"]
        self.answers.append(answer)
        self.used.add(story.key)
        return bottom


def split(x0: float, x1: float, count: int, gutter: float, bottom: float) -> list[Column]:
    """``count`` equal columns across x0..x1 (tops under the headline)."""
    width = (x1 - x0 - gutter * (count - 1)) / count
    return [Column(x0 + i * (width + gutter), x0 + i * (width + gutter) + width, None, bottom) for i in range(count)]


def _any_story(story: Story) -> bool:
    return True


def _short_title_only(story: Story) -> bool:
    """A story whose headline can stand vertically: one short title, no other tier."""
    return not story.kicker and not story.subtitle and " " not in story.title and len(story.title) <= 14


def _brief_story(story: Story) -> bool:
    """A story short enough for a news brief: a short title, one or two paragraphs."""
    return story.length <= 260 and len(story.paragraphs) <= 2 and not story.kicker and not story.subtitle \
        and len(story.title) <= 16 and not story.subheads
