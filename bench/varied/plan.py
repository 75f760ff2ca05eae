"""An article's random choices (headline placement, bylines, photo, subheads...) and the texts they print.

Everything printed that is not the corpus's own text is decided here, together
with what the answer says about it, so that layout only places what it is given.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.varied import invent
from bench.varied.headline import TierStyle, tier_style
from bench.corpus import split_quoted_wire
from bench.varied.source import SourceArticle

HEADLINE_MODES = ("headline_top", "headline_narrow", "headline_side", "headline_vertical_left", "headline_vertical_right")
HEADLINE_WEIGHTS = (0.3, 0.2, 0.14, 0.18, 0.18)
BYLINE_STYLES = ("byline_square", "byline_reporter_line", "byline_author_alone", "byline_run_in",
                 "byline_closing_right", "byline_none")
BYLINE_WEIGHTS = (0.17, 0.16, 0.19, 0.17, 0.19, 0.12)


@dataclass
class Paragraph:
    """A body paragraph: what is printed and what the answer says (they differ by run-in prefixes/suffixes)."""

    answer: str
    prefix: str = ""
    suffix: str = ""
    subhead: bool = False

    @property
    def printed(self) -> str:
        return self.prefix + self.answer + self.suffix


@dataclass
class ArticlePlan:
    source: SourceArticle
    mode: str
    centered: bool
    title_font: str
    title_size: float
    two_lines: bool
    kicker_style: TierStyle | None
    subtitle: str | None
    subtitle_style: TierStyle | None
    byline_style: str
    byline_line: str | None  # printed under the headline (or vertically), None when run in or closing
    bylines: list[str]
    roles: list[str | None]
    dateline: str | None
    paragraphs: list[Paragraph]
    tail_line: str | None = None  # a right-aligned closing line (credit or dateline) after the last paragraph
    tail_is_dateline: bool = False
    subhead_style: str | None = None
    subhead_centered: bool = False
    photo: str | None = None  # caption_below | caption_beside
    boxed: bool = False
    headline_after_body: bool = False
    logo: str | None = None
    chars_per_column: int = 14
    continues_to: int | None = None  # page number for a 下转 note when the article is cut
    continued_from: int | None = None  # page number of a 上接 note: the article is the rest of one begun there
    features: list[str] = field(default_factory=list)


def _byline_for(style: str, rng: random.Random, source: SourceArticle):
    """(line printed under the headline, names, roles) for the chosen byline style."""
    if style == "byline_square":
        names = invent.people(rng, rng.choice((1, 2, 2)))
        role = rng.choice(("通讯员", "本报记者", "记者"))
        return f"■ {role} {' '.join(names)}", names, [role] * len(names)
    if style == "byline_reporter_line":
        names = invent.people(rng, rng.choice((1, 1, 2)))
        return f"本报记者 {'  '.join(names)}", names, ["本报记者"] * len(names)
    if style == "byline_author_alone":
        names = invent.people(rng, rng.choice((1, 1, 1, 2)))
        return "  ".join(invent.padded(n) for n in names), names, [None] * len(names)
    return None, [], []


def vertical_ready(source: SourceArticle) -> bool:
    """A vertical title wants a short title and no kicker or subtitle (as 思想纵横 columns print it)."""
    return not source.kicker and not source.subtitle and len(source.title) <= 16


def plan_article(rng: random.Random, source: SourceArticle, *, body_size: float, lead: bool,
                 page_number: int, chars_per_column: int, mode: str | None = None) -> ArticlePlan:
    """Draw every per-article choice (the headline placement may be imposed)."""
    mode = mode or rng.choices(HEADLINE_MODES, HEADLINE_WEIGHTS)[0]
    if mode.startswith("headline_vertical") and not vertical_ready(source):
        mode = "headline_side"
    style = rng.choices(BYLINE_STYLES, BYLINE_WEIGHTS)[0]
    continued_from = None
    if not lead and len(source.paragraphs) >= 4 and rng.random() < 0.14:
        continued_from = rng.choice([n for n in range(1, 21) if n != page_number])
        style = "byline_none"  # the byline and dateline were printed with the first part
    if mode.startswith("headline_vertical") and rng.random() < 0.6:
        style = "byline_author_alone"  # printed vertically beside the vertical title
    if source.closing_line and not continued_from:
        style = "byline_closing_right"  # the corpus's own closing credit carries the names
    byline_line, names, roles = _byline_for(style, rng, source)
    paragraphs = [Paragraph(text) for text in source.paragraphs]
    dateline = None
    skipped = 0
    if continued_from:
        skipped = rng.randint(1, len(paragraphs) // 2)
        paragraphs = paragraphs[skipped:]
    elif style == "byline_run_in":
        dateline = source.dateline or "本报讯"
        if source.bylines and rng.random() < 0.6:
            names, roles = list(source.bylines), list(source.roles)
        else:
            names = invent.people(rng, 2)
            roles = ["记者", "通讯员"]
        inside = " ".join(f"{role} {name}" if role and (i == 0 or roles[i - 1] != role) else name
                          for i, (name, role) in enumerate(zip(names, roles)))
        paragraphs[0].prefix = f"{dateline}{rng.choice(('', ' '))}（{inside}）"
    elif source.dateline and not continued_from:
        dateline = source.dateline
        paragraphs[0].prefix = dateline + rng.choice((" ", "  "))
    features = [style] + (["continued_from_note"] if continued_from else [])
    if dateline:
        features.append("dateline_run_in")
    tail_line, tail_is_dateline = None, False
    if source.closing_line and not continued_from:
        # the corpus's own closing credit (（本报记者 …） or （本报…电 记者 …）) printed as is, right-aligned
        names, roles, tail_line = list(source.closing_bylines), list(source.closing_roles), source.closing_line
        features.append("right_aligned_credit")
        if source.closing_dateline and not dateline:
            dateline = source.closing_dateline
            features.append("closing_dateline")
    elif style == "byline_closing_right":
        names = invent.people(rng, rng.choice((1, 2)))
        role = rng.choice(("本报记者", "记者", None))
        roles = [role] * len(names)
        credit = (role + " " if role else "") + " ".join(names)
        tail_line = f"（{credit}）" if rng.random() < 0.6 else credit
        features.append("right_aligned_credit")
    if paragraphs[-1].answer.startswith(("（作者", "(作者")):
        features.append("closing_author_note")  # the corpus's own
    elif tail_line is None and (style == "byline_author_alone" and rng.random() < 0.55 or rng.random() < 0.15):
        paragraphs.append(Paragraph(invent.author_note(rng)))
        features.append("closing_author_note")
    elif (not dateline and not continued_from and not paragraphs[-1].answer.startswith(("（", "("))
          and (source.closing_dateline or rng.random() < 0.5)):
        dateline = source.closing_dateline or invent.closing_dateline(rng, source.date or "2019-02-01")
        features.append("closing_dateline")
        if tail_line is None and rng.random() < 0.4:
            tail_line, tail_is_dateline = f"（{dateline}）", True
        else:
            paragraphs[-1].suffix = f"（{dateline}）"
    if "closing_dateline" in features and not source.closing_dateline and split_quoted_wire(paragraphs[0].answer):
        # a report retold from the wire opens with the wire's dateline (据新华社…电): it gets no invented
        # closing one (drawn all the same, so that the pages after it stay as the seed made them)
        dateline, features = None, [f for f in features if f != "closing_dateline"]
        if tail_is_dateline:
            tail_line, tail_is_dateline = None, False
        else:
            paragraphs[-1].suffix = ""
    subtitle = source.subtitle
    if subtitle and not subtitle.startswith("——") and len(subtitle) < 30 and rng.random() < 0.4:
        subtitle = "——" + subtitle
    kicker_style = tier_style(rng, "kicker", body_size) if source.kicker else None
    subtitle_style = tier_style(rng, "subtitle", body_size) if subtitle else None
    title_size = rng.uniform(24, 34) if lead else rng.uniform(15, 24)
    plan = ArticlePlan(
        source=source, mode=mode, centered=rng.random() < 0.5, title_font=rng.choice(("hei", "hei", "song", "mhei")),
        title_size=round(title_size), two_lines=len(source.title) >= 8 and rng.random() < 0.3,
        kicker_style=kicker_style, subtitle=subtitle, subtitle_style=subtitle_style, byline_style=style,
        byline_line=byline_line, bylines=names, roles=roles, dateline=dateline, paragraphs=paragraphs,
        tail_line=tail_line, tail_is_dateline=tail_is_dateline, chars_per_column=chars_per_column,
        headline_after_body=rng.random() < 0.4, features=features, continued_from=continued_from)
    _plan_subheads(rng, plan, skipped)
    if rng.random() < 0.5 and mode != "headline_narrow":
        plan.photo = rng.choice(("caption_below", "caption_beside"))
    if rng.random() < 0.5:
        plan.continues_to = rng.choice([n for n in range(1, 21) if n != page_number])
    return plan


def _plan_subheads(rng: random.Random, plan: ArticlePlan, skipped: int) -> None:
    """小标题: the corpus's own short heading paragraphs, or invented ones between paragraphs."""
    paragraphs = plan.paragraphs
    native = [i - skipped for i in plan.source.native_subheads if 0 < i - skipped < len(paragraphs) - 1]
    if native and rng.random() < 0.8:
        for index in native:
            paragraphs[index].subhead = True
    elif len(paragraphs) >= 5 and rng.random() < 0.35:
        count = min(rng.randint(1, 3), len(paragraphs) // 3)
        spots = sorted(rng.sample(range(2, len(paragraphs) - 1), k=min(count, len(paragraphs) - 3)), reverse=True)
        for spot in spots:
            text = rng.choice(invent.SUBHEADS)
            if rng.random() < 0.3:
                text += "，" + rng.choice(invent.SUBHEADS)
            paragraphs.insert(spot, Paragraph(text, subhead=True))
    else:
        return
    plan.subhead_style = rng.choice(("subheads_bold", "subheads_boxed"))
    plan.subhead_centered = rng.random() < 0.65
