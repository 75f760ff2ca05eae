"""JSON (the contract), JSON Lines (one article a line) and Markdown."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from ..model import Article, Edition, Page


def to_json(editions: Iterable[Edition]) -> str:
    """One object per edition; several editions become a JSON array."""
    items = [e.to_dict() for e in editions]
    payload = items[0] if len(items) == 1 else items
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(editions: Iterable[Edition]) -> str:
    """One article per line with its page and edition fields copied in."""
    lines = []
    for edition in editions:
        for page in edition.pages:
            for article in page.articles:
                row = {"paper": edition.paper, "date": edition.date, "page": page.number,
                       "section": page.section, "source": page.source}
                row.update(article.to_dict())
                lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def to_markdown(editions: Iterable[Edition]) -> str:
    """A readable rendering: one section per article, with its people, places
    and event type. Headings for the edition and page only when they are known
    (no ``# banmian`` or ``## <stdin>``)."""
    out: list[str] = []
    for edition in editions:
        title = " ".join(x for x in (edition.paper, edition.date) if x)
        if title:
            out.append(f"# {title}\n")
        for page in edition.pages:
            label = _page_label(page)
            if label:
                out.append(f"## {label}\n")
            for article in page.articles:
                out.extend(_article_markdown(article))
    return "\n".join(out)


def _page_label(page: Page) -> str:
    """第2版 要闻, else the file's name; empty for a page read from stdin."""
    if page.number is not None:
        return f"第{page.number}版{' ' + page.section if page.section else ''}"
    if page.source and not page.source.startswith("<"):
        return page.source + (" " + page.section if page.section else "")
    return page.section or ""


def _article_markdown(article: Article) -> list[str]:
    out: list[str] = []
    head = article.headline
    if head.kicker:
        out.append(f"*{head.kicker}*\n")
    out.append(f"### {head.title or '（无标题）'}\n")
    if head.subtitle:
        out.append(f"**{head.subtitle}**\n")  # as printed: with its —— where the page has one
    meta = [f"{b.role or ''} {b.name}".strip() for b in article.bylines]
    if article.dateline:
        meta.insert(0, article.dateline)
    if meta:
        out.append("> " + " · ".join(meta) + "\n")
    facts = []
    if article.people:
        facts.append("- 人物：" + "；".join(p.name + (f"（{'，'.join(p.titles)}）" if p.titles else "")
                                          for p in article.people))
    if article.places:
        facts.append("- 地点：" + "；".join(p.name + (f"（{' '.join(p.division)}）" if p.division else "")
                                          for p in article.places))
    if article.event_type:
        facts.append(f"- 类型：{article.event_type}" + (f"（{article.event_date}）" if article.event_date else ""))
    if facts:
        out.append("\n".join(facts) + "\n")
    out.extend(p + "\n" for p in article.paragraphs)
    for cap in article.captions:
        credit = f"（{cap.credit} 摄）" if cap.credit else ""
        out.append(f"*图：{cap.text}{credit}*\n")
    if article.continues_to:
        out.append(f"（下转第{article.continues_to}版）\n")
    return out


def to_tei_text(editions: Iterable[Edition]) -> str:
    """TEI (see :mod:`.tei`): imported here only when asked for, it needs lxml."""
    from .tei import to_tei

    return to_tei(editions)


FORMATS: dict[str, Callable[[Iterable[Edition]], str]] = {
    "json": to_json, "jsonl": to_jsonl, "markdown": to_markdown, "tei": to_tei_text,
}
