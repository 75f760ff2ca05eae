"""TEI P5: one document per edition, the form researchers annotate and query.

Each article is a ``div type="article"`` with ``head type="kicker|main|sub"``,
``byline``, ``dateline``, ``p`` and ``figure/figDesc``; in the paragraphs the
people enrichment found are ``persName`` (a title printed before the name
inside it as ``roleName``), places ``placeName``, dates ``date when=…`` (or
``from``/``to`` for a span). Pages are ``pb`` milestones; an article continued
on another page is one ``div``. Several editions make a ``teiCorpus``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from .. import __version__
from ..layout.join import join_continuations
from ..model import Article, Edition
from .xmlcommon import edition_stem, need_lxml, serialize, xml_text

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
HEAD_TYPES = (("kicker", "kicker"), ("title", "main"), ("subtitle", "sub"))

#: a marked run in a paragraph: start, end, element tag, attributes, role-name length (persName only)
Span = tuple[int, int, str, dict[str, str], int]


def tei_file_name(edition: Edition) -> str:
    return f"{edition_stem(edition)}.tei.xml"


def to_tei(editions: Iterable[Edition]) -> str:
    """One edition as a ``TEI`` document; several as a ``teiCorpus`` of them."""
    etree = need_lxml()
    items = list(editions)
    if len(items) == 1:
        return serialize(edition_tei(items[0])).decode("utf-8")
    corpus = etree.Element(_t("teiCorpus"), nsmap={None: TEI_NS})
    header = _header(etree, "banmian corpus", None, None)
    corpus.append(header)
    for edition in items:
        corpus.append(edition_tei(edition))
    return serialize(corpus).decode("utf-8")


def to_tei_files(editions: Iterable[Edition]) -> dict[str, bytes]:
    """File name -> TEI document, one per edition."""
    return {tei_file_name(e): serialize(edition_tei(e)) for e in editions}


def edition_tei(edition: Edition) -> Any:
    etree = need_lxml()
    root = etree.Element(_t("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", "zh")
    title = " ".join(x for x in (edition.paper, edition.date) if x) or "edition"
    root.append(_header(etree, title, edition.paper, edition.date))
    body = etree.SubElement(etree.SubElement(root, _t("text")), _t("body"))
    joined = join_continuations(copy.deepcopy(edition))
    for position, page in enumerate(joined.pages, 1):
        pb = etree.SubElement(body, _t("pb"), n=str(page.number if page.number is not None else position))
        if page.section:
            pb.set("type", xml_text(page.section))
        for article in page.articles:
            _article(etree, body, article)
    return root


def _t(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def _el(etree: Any, parent: Any, tag: str, text: object = None, **attrs: str) -> Any:
    el = etree.SubElement(parent, _t(tag), {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _header(etree: Any, title: str, paper: str | None, date: str | None) -> Any:
    header = etree.Element(_t("teiHeader"))
    desc = _el(etree, header, "fileDesc")
    _el(etree, _el(etree, desc, "titleStmt"), "title", title)
    _el(etree, _el(etree, desc, "publicationStmt"), "p", f"Converted by banmian {__version__}")
    bibl = _el(etree, _el(etree, desc, "sourceDesc"), "bibl")
    if paper:
        _el(etree, bibl, "title", paper, level="j")
    if date:
        _el(etree, bibl, "date", date, when=date)
    return header


def _article(etree: Any, body: Any, article: Article) -> None:
    div = _el(etree, body, "div", type="article", n=article.id)
    for field, kind in HEAD_TYPES:
        text = getattr(article.headline, field)
        if text:
            _el(etree, div, "head", text, type=kind)
    for byline in article.bylines:
        el = _el(etree, div, "byline", f"{byline.role} " if byline.role else None)
        _el(etree, el, "persName", byline.name)
    if article.dateline:
        _el(etree, div, "dateline", article.dateline)
    spans = _entity_finders(article)
    for paragraph in article.paragraphs:
        _marked(etree, _el(etree, div, "p"), xml_text(paragraph), spans)
    for caption in article.captions:
        figure = _el(etree, div, "figure")
        _el(etree, figure, "figDesc", caption.text)
        if caption.credit:
            _el(etree, figure, "note", caption.credit, type="credit")


def _entity_finders(article: Article) -> list[tuple[str, str, dict[str, str], int]]:
    """(text to find, tag, attributes, role-name length): titled names first, the longest first."""
    out: list[tuple[str, str, dict[str, str], int]] = []
    for person in article.people:
        # every mention carries all the person's titles (@role), one printed before the name is its roleName
        attrs = {"role": " ".join(t.replace(" ", "") for t in person.titles)} if person.titles else {}
        for title in person.titles:
            out.append((title + person.name, "persName", attrs, len(title)))
        out.append((person.name, "persName", attrs, 0))
    for place in article.places:
        out.append((place.name, "placeName", {}, 0))
    for date in article.dates:
        if date.start and date.end and date.start != date.end:
            out.append((date.text, "date", {"from": date.start, "to": date.end}, 0))
        elif date.start:
            out.append((date.text, "date", {"when": date.start}, 0))
    return sorted((f for f in out if f[0]), key=lambda f: -len(f[0]))


def _marked(etree: Any, p: Any, text: str, finders: list[tuple[str, str, dict[str, str], int]]) -> None:
    """Fill ``p`` with ``text``, each entity occurrence wrapped; a longer match wins over one inside it."""
    spans: list[Span] = []
    taken = [False] * len(text)
    for needle, tag, attrs, role_len in finders:
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not any(taken[start:end]):
                spans.append((start, end, tag, attrs, role_len))
                taken[start:end] = [True] * (end - start)
            start = text.find(needle, end)
    spans.sort()
    p.text = text[:spans[0][0]] if spans else text
    for i, (start, end, tag, attrs, role_len) in enumerate(spans):
        el = etree.SubElement(p, _t(tag), {k: xml_text(v) for k, v in attrs.items()})
        if role_len:
            _el(etree, el, "roleName", text[start:start + role_len]).tail = text[start + role_len:end]
        else:
            el.text = text[start:end]
        el.tail = text[end:spans[i + 1][0] if i + 1 < len(spans) else len(text)]
