"""Lay out the articles of one real page as extracted text, with exact answers.

Every artefact of DESIGN.md is produced here, chosen per page (or per
article) by a seeded RNG and recorded in ``BenchPage.layout``. The printed
conventions that make each answer decidable from the text alone are listed
in bench/README.md; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

from .corpus import Furniture, SourceArticle, canonical_body, is_headline_like, is_wide, split_quoted_wire

PAPER = "人民日报"

#: characters that may not open a line; typesetting pulls them up (kinsoku)
LINE_START_FORBIDDEN = frozenset("，。、；：？！）》」』〉】〕”’…—·％‰℃")
#: characters that may not close a line; they move down with the next character
LINE_END_FORBIDDEN = frozenset("“‘（《「『〈【〔")

#: invented names for synthetic bylines, credits and editors
SYNTHETIC_NAMES = (
    "林晓东", "陈雨桐", "周建国", "吴思远", "郑海燕", "孙立伟", "马文静", "高志强", "何晓梅", "罗文",
    "梁宇航", "谢婷", "宋佳", "唐明辉", "韩雪", "冯浩", "曹颖", "彭磊", "袁芳", "蒋涛",
    "蔡丽", "邓超凡", "许静", "傅强", "沈梦", "曾亮", "程鹏", "黎明远", "潘悦", "钟华",
    "苏文博", "叶青", "戴柳君", "崔银雨", "刘伟娇", "欧阳晨", "方志远", "石磊", "江小帆", "范婧",
)
LOCAL_ROLES = ("通讯员", "本报记者", "记者", "实习生", "特约记者")
SECTIONS = ("要闻", "国际", "评论", "经济", "社会", "文化", "体育", "副刊", "理论", "政治", "民生", "视点")
CAPTION_ENDINGS = ("现场", "一景", "活动现场", "相关场景", "现场图")
WEEKDAYS = "一二三四五六日"

_WIDE_ASCII_BOUNDARY = re.compile(r"(?<=[!-~])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[!-~])")
_COLUMN_TAG = re.compile(r"[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$")

# how often each artefact appears (per page or per article)
P_HEADLINE_AFTER = 0.5
P_BLANK_AFTER_PARAGRAPH = 0.5
P_DIGIT_SPACES = 0.3
P_HEADER = 0.85
P_FOOTER = 0.3
P_CONTINUATION = 0.15
P_LOCAL_STYLE = 0.4
P_CAPTION = 0.2
P_NARROW = 0.15
P_SUBTITLE_SAME_BLOCK = 0.4
P_HEADLINELESS = 0.06  # among articles whose boundaries stay visible without a headline


@dataclass(slots=True)
class BenchPage:
    """One benchmark page: the extracted text and the articles it must yield."""

    paper: str
    date: str
    number: int
    text: str
    truth: list[dict[str, Any]]
    layout: dict[str, Any] = field(default_factory=dict)


def cells(text: str) -> float:
    """Width in column cells: full-width 1, ASCII 0.5, spaces 0."""
    return sum(1.0 if is_wide(c) else (0.0 if c.isspace() else 0.5) for c in text)


def _tokens(text: str) -> list[str]:
    """Unbreakable pieces: one full-width character, a run of ASCII
    non-space characters, or a single space (a break opportunity)."""
    return re.findall(r"[!-~]+|\s|[^\x00-\x7f]", text)


def wrap(text: str, width: int, first_width: int | None = None) -> list[str]:
    """Fill lines up to ``width`` cells (the first up to ``first_width``).

    An ASCII run is never split (it moves to the next line; alone it may
    overflow); line-start-forbidden punctuation stays on the previous line,
    an opening bracket or quote moves down to the next.
    """
    cap = float(first_width if first_width is not None else width)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    pending_space = False
    for token in _tokens(text):
        if token.isspace():
            pending_space = bool(current)
            continue
        size = cells(token)
        if current and used + size > cap and token not in LINE_START_FORBIDDEN:
            carried: list[str] = []
            while len(current) > 1 and (current[-1] in LINE_END_FORBIDDEN or current[-1] == " "):
                moved = current.pop()
                if moved != " ":
                    carried.insert(0, moved)
            lines.append("".join(current))
            current, used, cap, pending_space = carried, cells("".join(carried)), float(width), False
        if pending_space:
            current.append(" ")
            pending_space = False
        current.append(token)
        used += size
    if current:
        lines.append("".join(current))
    return lines


def insert_digit_spaces(line: str) -> str:
    """What some extractors do: a space between ASCII runs and CJK text."""
    return _WIDE_ASCII_BOUNDARY.sub(" ", line)


class _PageWriter:
    """Collects the page's lines; inserts a blank line at each column break."""

    def __init__(self, column_lines: int) -> None:
        self.lines: list[str] = []
        self.column_lines = column_lines
        self.in_column = 0

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def block(self, lines: list[str]) -> None:
        self.blank()
        self.lines.extend(lines)
        self.blank()

    def body_line(self, line: str, breakable: bool = True) -> None:
        if self.in_column >= self.column_lines and breakable:
            self.blank()
            self.in_column = 0
        self.lines.append(line)
        self.in_column += 1

    def text(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


@dataclass(slots=True)
class _Plan:
    """How one article (or part of one) is printed, and its answer."""

    source: SourceArticle
    width: int
    paragraphs: list[str]
    dateline: str | None
    bylines: list[tuple[str | None, str]]
    first_prefix: str = ""  # 本报讯 / dateline + bracket, printed before paragraph 1
    byline_line: str | None = None  # ■ 通讯员 张三
    closing_line: str | None = None  # （本报记者 张三） as the last printed paragraph
    show_headline: bool = True
    kicker_width: int | None = None
    title_width: int | None = None
    subtitle_same_block: bool = False
    caption: tuple[str, str, str] | None = None  # (text, credit line, credit name)
    continued_from: int | None = None
    continues_to: int | None = None

    @property
    def has_start_marker(self) -> bool:
        return self.byline_line is not None or (self.dateline is not None and self.source.dateline_at == 0)

    def truth(self, paper: str, date: str, number: int) -> dict[str, Any]:
        src = self.source
        shown = self.show_headline
        dateline, bylines, paragraphs = self.dateline, list(self.bylines), list(self.paragraphs)
        quoted = split_quoted_wire(paragraphs[0]) if not dateline and not self.continued_from and paragraphs else None
        if quoted:  # 据新华社…电 （记者…）, printed in the text: the retold report's dateline and reporters
            dateline, wire_bylines, paragraphs[0] = quoted
            bylines = wire_bylines + [b for b in bylines if b not in wire_bylines]
        return {
            "paper": paper, "date": date, "page": number,
            "headline": {"kicker": src.kicker if shown else None, "title": src.title if shown else None,
                         "subtitle": src.subtitle if shown else None},
            "bylines": [{"role": r, "name": n} for r, n in bylines],
            "dateline": dateline,
            "paragraphs": paragraphs,
            "captions": ([{"text": self.caption[0], "credit": self.caption[2]}] if self.caption else [])
                        + [{"text": text, "credit": credit} for text, credit in src.inner_captions],
            "continued_from": self.continued_from,
            "continues_to": self.continues_to,
        }

    def record(self) -> dict[str, Any]:
        return {"seq": self.source.seq, "width": self.width, "local_byline": self.byline_line is not None,
                "headline": self.show_headline, "narrow_kicker": self.kicker_width,
                "narrow_title": self.title_width, "subtitle_same_block": self.subtitle_same_block,
                "caption": self.caption is not None, "continues_to": self.continues_to,
                "continued_from": self.continued_from, "hard": not self.source.plain}


def _byline_line(bylines: list[tuple[str | None, str]]) -> str:
    parts: list[str] = []
    last_role: str | None = None
    for role, name in bylines:
        if role != last_role and role is not None:
            parts.append(role)
            last_role = role
        parts.append(name)
    return "■ " + " ".join(parts)


def _synthetic_bylines(rng: random.Random) -> list[tuple[str | None, str]]:
    names = rng.sample(SYNTHETIC_NAMES, rng.choice((1, 1, 2, 3)))
    if len(names) > 1 and rng.random() < 0.3:
        return [("记者", names[0])] + [("通讯员", n) for n in names[1:]]
    role = rng.choice(LOCAL_ROLES)
    return [(role, n) for n in names]


def _narrow_width(text: str, rng: random.Random) -> int | None:
    """A narrow headline-box width (6..10 cells) that wraps ``text`` into 2-3 lines."""
    if " " in text:
        return None  # a wrapped line end would hide the space between phrases
    fits = [w for w in range(6, 11) if 2 <= len(wrap(text, w)) <= 3]
    return rng.choice(fits) if fits else None


def _caption(src: SourceArticle, rng: random.Random) -> tuple[str, str, str]:
    subject = canonical_body(_COLUMN_TAG.sub("", src.title or "")) or "新闻"
    text = subject + rng.choice(CAPTION_ENDINGS) + "。"
    name = rng.choice(SYNTHETIC_NAMES)
    credit = rng.choice((f"本报记者 {name} 摄", f"通讯员 {name} 摄", f"{name} 摄"))
    return text, credit, name


def _plan_article(src: SourceArticle, rng: random.Random) -> _Plan:
    plan = _Plan(source=src, width=rng.randint(10, 22), paragraphs=list(src.paragraphs),
                 dateline=src.dateline, bylines=list(src.bylines))
    local_ok = ((src.dateline is None or src.dateline.startswith("本报")) and not src.closing_bylines
                and not is_headline_like(src.paragraphs[0]) and src.plain)
    if local_ok and rng.random() < P_LOCAL_STYLE:
        known = src.opening_bylines if src.opening_bylines and all(r for r, _ in src.opening_bylines) else None
        plan.bylines = list(known) if known else _synthetic_bylines(rng)
        plan.byline_line = _byline_line(plan.bylines)
        plan.dateline = "本报讯"
        plan.first_prefix = "本报讯 "
    elif src.dateline:
        plan.first_prefix = src.dateline + " " + (src.opening_bracket or "")
    if src.closing_bracket:
        plan.closing_line = src.closing_bracket
    if src.title and rng.random() < P_NARROW:
        plan.kicker_width = _narrow_width(src.kicker, rng) if src.kicker else None
        if not (src.subtitle and not src.subtitle_dash):
            plan.title_width = _narrow_width(src.title, rng)
    plan.subtitle_same_block = bool(src.subtitle) and (not src.subtitle_dash or rng.random() < P_SUBTITLE_SAME_BLOCK)
    if src.title and rng.random() < P_CAPTION:
        plan.caption = _caption(src, rng)
    return plan


def _choose_headlineless(plans: list[_Plan], headline_after: bool, rng: random.Random) -> None:
    """Print a few articles without headline, only where the article's start
    and end stay visible: never two in a row, never one with a caption."""
    for i, plan in enumerate(plans):
        if plan.caption or plan.continues_to or not plan.source.title:
            continue
        if i > 0 and not plans[i - 1].show_headline:
            continue
        if headline_after:
            visible = i == len(plans) - 1 or plans[i + 1].has_start_marker
        else:
            visible = i == 0 or plan.has_start_marker
        if visible and rng.random() < P_HEADLINELESS:
            plan.show_headline = False


def _headline_blocks(plan: _Plan) -> list[list[str]]:
    src = plan.source
    blocks: list[list[str]] = []
    if src.kicker:
        blocks.append(wrap(src.kicker, plan.kicker_width) if plan.kicker_width else [src.kicker])
    title = wrap(src.title, plan.title_width) if plan.title_width else [src.title or ""]
    if src.subtitle:
        printed = ("——" + src.subtitle) if src.subtitle_dash else src.subtitle
        if plan.subtitle_same_block:
            blocks.append(title + [printed])
        else:
            blocks.extend([title, [printed]])
    else:
        blocks.append(title)
    return blocks


def _furniture_block(item: Furniture, width: int) -> list[str]:
    """A credit, byline or caption printed inside the body, as its own block."""
    if item.kind == "caption":
        return wrap(item.text, width) + [item.credit_line or ""]
    return [item.text]


def _write_body(writer: _PageWriter, plan: _Plan, blank_after_paragraph: bool) -> None:
    printed = list(plan.paragraphs)
    at = plan.source.dateline_at if plan.continued_from is None else 0
    printed[at] = plan.first_prefix + printed[at] if plan.continued_from is None else printed[at]
    if plan.closing_line:
        printed.append(plan.closing_line)
    furniture = plan.source.furniture if plan.continued_from is None and plan.continues_to is None else []
    writer.blank()
    if plan.continued_from is not None:
        writer.lines.append(f"（上接第{plan.continued_from}版）")
    after_label = False
    for index, paragraph in enumerate(printed):
        for item in furniture:
            if item.before == index:
                writer.block(_furniture_block(item, plan.width))
                after_label = False
        lines = wrap(paragraph, plan.width, plan.width - 2)
        for n, line in enumerate(lines):
            # no column break that leaves one line alone between blank lines: not after a
            # label (it would read as a headline), not after a first line, not before a last line
            lone = (after_label and n == 0) or n == 1 or (n > 0 and n == len(lines) - 1)
            writer.body_line(line, breakable=not lone)
        after_label = is_headline_like(paragraph)
        if blank_after_paragraph and not after_label:
            writer.blank()
    for item in furniture:
        if item.before >= len(printed):
            writer.block(_furniture_block(item, plan.width))
    if plan.continues_to is not None:
        writer.lines.append(f"（下转第{plan.continues_to}版）")
    writer.blank()


def _write_article(writer: _PageWriter, plan: _Plan, headline_after: bool, blank_after_paragraph: bool) -> None:
    heads = _headline_blocks(plan) if plan.show_headline else []
    caption = [plan.caption[0], plan.caption[1]] if plan.caption else None
    if not headline_after:
        for block in heads:
            writer.block(block)
    if plan.byline_line:
        writer.block([plan.byline_line])
    _write_body(writer, plan, blank_after_paragraph)
    if headline_after:
        for block in heads:
            writer.block(block)
    if caption:
        writer.block(caption)


def _header_lines(paper: str, date: str, number: int, rng: random.Random) -> list[str]:
    day = dt.date.fromisoformat(date)
    when = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    section = rng.choice(SECTIONS)
    return rng.choice((
        [f"{paper} {when} 第{number}版 {section}"],
        [paper, f"{when} 第{number}版 {section}"],
        [f"第{number}版 {section}", f"{paper} {when}"],
        [f"{when} {paper} 第{number:02d}版"],
    ))


def _render(plans: list[_Plan], style: dict[str, Any], paper: str, date: str, number: int,
            rng: random.Random) -> BenchPage:
    writer = _PageWriter(style["column_lines"])
    header = _header_lines(paper, date, number, rng) if style["header"] else []
    if header:
        writer.block(header)
    for plan in plans:
        _write_article(writer, plan, style["headline_after"], style["blank_after_paragraph"])
    footer = None
    if style["footer"]:
        footer = "责任编辑：" + " ".join(rng.sample(SYNTHETIC_NAMES, rng.choice((1, 2))))
        writer.block([footer])
    text = writer.text()
    if style["digit_spaces"]:
        text = "\n".join(insert_digit_spaces(line) for line in text.split("\n"))
    layout = dict(style, header_lines=header, footer=footer, articles=[p.record() for p in plans])
    return BenchPage(paper=paper, date=date, number=number, text=text,
                     truth=[p.truth(paper, date, number) for p in plans], layout=layout)


def build_page(articles: list[SourceArticle], rng: random.Random, *, paper: str = PAPER,
               date: str | None = None, number: int | None = None) -> list[BenchPage]:
    """Lay out one real page; returns it, plus the continuation page when the
    last article is cut in two (（下转第N版） / （上接第M版））."""
    if not articles:
        raise ValueError("a page needs at least one article")
    date = date or articles[0].date
    number = number if number is not None else articles[0].page
    plans = [_plan_article(a, rng) for a in articles]
    style = {
        "headline_after": rng.random() < P_HEADLINE_AFTER,
        "blank_after_paragraph": rng.random() < P_BLANK_AFTER_PARAGRAPH,
        "digit_spaces": rng.random() < P_DIGIT_SPACES,
        "column_lines": rng.randint(8, 40),
        "header": rng.random() < P_HEADER,
        "footer": rng.random() < P_FOOTER,
    }
    rest: _Plan | None = None
    last = plans[-1]
    if len(last.paragraphs) >= 2 and last.source.title and last.source.plain and rng.random() < P_CONTINUATION:
        cut = rng.randint(1, len(last.paragraphs) - 1)
        target = number + rng.randint(1, 4)
        rest = _Plan(source=last.source, width=rng.randint(10, 22), paragraphs=last.paragraphs[cut:],
                     dateline=None, bylines=list(last.source.closing_bylines), closing_line=last.closing_line,
                     show_headline=False, continued_from=number)
        last.paragraphs = last.paragraphs[:cut]
        last.bylines = [b for b in last.bylines if b not in last.source.closing_bylines]
        last.closing_line = None
        last.continues_to = target
    _choose_headlineless(plans, style["headline_after"], rng)
    pages = [_render(plans, style, paper, date, number, rng)]
    if rest is not None:
        pages.append(_render([rest], dict(style, footer=False), paper, date, last.continues_to or 0, rng))
        pages[-1].layout["continuation_of"] = number
    return pages


def build_benchmark(corpus_pages: list[list[SourceArticle]], n_pages: int, seed: int) -> list[BenchPage]:
    """``n_pages`` real pages (cycling through the corpus with fresh layouts
    when more are asked for than exist), each with its continuation page if
    any. Deterministic for a given seed."""
    out: list[BenchPage] = []
    for i in range(n_pages):
        articles = corpus_pages[i % len(corpus_pages)]
        out.extend(build_page(articles, random.Random(f"banmian-bench:{seed}:{i}")))
    return out
