"""Real articles from the shared corpus, split into what a page prints them as.

The corpus keeps the dateline and bracket byline inside the first paragraph
(本报北京1月31日电 （记者杜一菲）…) and sometimes a closing dateline or a photo
credit as a paragraph; here they are taken apart so that each page can print
them its own way and record exactly what it printed.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

OPENING_DATELINE = re.compile(
    r"^(本报讯|(?:本报|新华社)[^\s（(，。、]{0,24}?电)[\s\u3000]*(?:（([^）]{1,40})）)?[\s\u3000]*")
CLOSING_DATELINE = re.compile(r"^[（(]((?:本报|新华社)[^）)\s]{0,40}?电)\s*(?:记者\s*([^）)]*))?[）)]$")
CLOSING_BYLINE = re.compile(r"^[（(]((?:本报)?记者)\s*([^）)]+)[）)]$")
ROLE = re.compile(r"^(本报记者|特约记者|记者|通讯员|实习生)?(.*)$")
NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
SUBHEAD_LIKE = re.compile(r"^[^。！？]{3,24}$")
CREDIT_LIKE = re.compile(
    r"(摄|摄[（(][^）)]{1,10}[）)]|^(制图|版式设计|图片来源|数据来源|美编|责任编辑)[:：].*|^图为.*|^[（(]?图[①-⑩0-9].*)$")


@dataclass
class SourceArticle:
    """One corpus article, its parts separated."""

    date: str
    page: int
    kicker: str | None
    title: str
    subtitle: str | None
    paragraphs: list[str]
    dateline: str | None = None
    bylines: list[str] = field(default_factory=list)
    roles: list[str | None] = field(default_factory=list)
    closing_dateline: str | None = None
    closing_line: str | None = None  # the corpus's own closing （本报记者 …） / （…电 记者 …） paragraph, printed as is
    closing_bylines: list[str] = field(default_factory=list)
    closing_roles: list[str | None] = field(default_factory=list)
    native_subheads: set[int] = field(default_factory=set)  # paragraph indexes that read as 小标题

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def clean(text: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", " ", text or "").strip()


def parse_bracket_byline(inside: str) -> tuple[list[str], list[str | None]] | None:
    """（记者殷新宇、屈佩） -> names and roles; None when it does not read as names."""
    names, roles, role = [], [], None
    for token in re.split(r"[、\s,，]+", inside.strip()):
        if not token:
            continue
        match = ROLE.match(token)
        if match.group(1):
            role = match.group(1)
        name = match.group(2)
        if not name:
            continue
        if not NAME.match(name):
            return None
        names.append(name)
        roles.append(role)
    return (names, roles) if names else None


def split_article(row: dict) -> SourceArticle | None:
    """A corpus row as a SourceArticle, or None when it cannot be printed cleanly."""
    title = clean(row.get("title"))
    kicker = clean(row.get("kicker")) or None
    subtitle = clean(row.get("subtitle")) or None
    paragraphs = [clean(p) for p in row.get("paragraphs") or []]
    paragraphs = [p for p in paragraphs if p and not (len(p) < 40 and CREDIT_LIKE.search(p))]
    if not title or len(title) > 36 or not paragraphs or "图片报道" in title:
        return None
    if (kicker and len(kicker) > 40) or (subtitle and len(subtitle) > 70):
        return None
    article = SourceArticle(row.get("date") or "", int(row.get("page") or 1), kicker, title, subtitle, paragraphs)
    last = paragraphs[-1]
    closing, closing_byline = CLOSING_DATELINE.match(last), CLOSING_BYLINE.match(last)
    if closing or closing_byline:
        role, names = (closing_byline.group(1), closing_byline.group(2)) if closing_byline else ("记者", closing.group(2))
        if names:
            parsed = parse_bracket_byline(f"{role}{names}")
            if not parsed:
                return None
            article.closing_bylines, article.closing_roles = parsed
            article.closing_line = last
        article.closing_dateline = closing.group(1) if closing else None
        paragraphs.pop()
    elif last.startswith(("（", "(")) and re.search(r"记者|采写|整理|报道", last) and len(last) < 80:
        return None
    if not paragraphs:
        return None
    opening = OPENING_DATELINE.match(paragraphs[0])
    if opening:
        article.dateline = opening.group(1)
        if opening.group(2):
            parsed = parse_bracket_byline(opening.group(2))
            if parsed:
                article.bylines, article.roles = parsed
        rest = paragraphs[0][opening.end():].strip()
        if not rest:
            return None
        paragraphs[0] = rest
        if article.closing_dateline and not article.closing_line:
            article.closing_dateline = None
    if any(p.startswith(("本报讯", "■")) or (len(p) < 24 and ROLE.match(p).group(1)) or (len(p) <= 16 and " " in p)
           for p in paragraphs):
        return None
    article.native_subheads = {
        i for i, p in enumerate(paragraphs[1:-1], start=1) if SUBHEAD_LIKE.match(p) and len(p) >= 5 and " " not in p and p[-1] not in "，、；：”…"}
    if len(article.native_subheads) > max(3, len(paragraphs) // 3) or article.chars < 80:
        return None
    return article


def load_articles(corpus: Path) -> list[SourceArticle]:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [article for article in map(split_article, rows) if article is not None]
