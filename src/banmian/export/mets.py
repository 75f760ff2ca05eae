"""METS 1.12: one file per edition (issue) that ties its pages' ALTO files together.

The ``fileSec`` lists one ALTO file per page, the physical ``structMap`` the
pages in order, and the logical ``structMap`` the issue's articles: each a
``div TYPE="ARTICLE"`` whose headline tiers, bylines, dateline, paragraphs and
captions are child ``div``s pointing (``fptr``/``area BEGIN=…``) at the ALTO
``TextBlock``s they came from (the article's provenance). An article continued
on another page (（下转第2版） … （上接第1版）) is one ``ARTICLE`` whose parts
point into both pages' files. Paper, date, page and section, headlines,
bylines, people and places are MODS in ``dmdSec``s.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from .. import __version__
from ..layout.join import join_continuations
from ..model import Article, Edition, Page
from .alto import to_alto_files
from .xmlcommon import alto_file_name, block_ids, edition_stem, need_lxml, page_blocks, serialize, unique_pages, xml_text

METS_NS = "http://www.loc.gov/METS/"
MODS_NS = "http://www.loc.gov/mods/v3"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = (f"{METS_NS} http://www.loc.gov/standards/mets/version1121/mets.xsd "
                   f"{MODS_NS} http://www.loc.gov/standards/mods/v3/mods-3-8.xsd")
NSMAP = {"mets": METS_NS, "mods": MODS_NS, "xlink": XLINK_NS, "xsi": XSI_NS}

#: a block's place: (ALTO file id, TextBlock id)
Location = tuple[str, str]


def mets_file_name(edition: Edition) -> str:
    return f"{edition_stem(edition)}.mets.xml"


def to_mets_files(editions: list[Edition]) -> dict[str, bytes]:
    """File name -> document: per edition its METS file and the ALTO files it points to."""
    out: dict[str, bytes] = {}
    for edition in editions:
        out[mets_file_name(edition)] = edition_mets(edition)
        out.update(to_alto_files([edition]))
    return out


def edition_mets(edition: Edition, now: dt.datetime | None = None) -> bytes:
    """One edition as a METS document (its ALTO files named by :func:`alto_file_name`)."""
    etree = need_lxml()
    pages = unique_pages(edition)
    files = {position: f"ALTO_{position:04d}" for position, _ in pages}
    where = _block_locations(pages, files)

    root = etree.Element(_m("mets"), nsmap=NSMAP, TYPE="Newspaper", OBJID=xml_text(edition_stem(edition)),
                         LABEL=xml_text(" ".join(x for x in (edition.paper, edition.date) if x) or "edition"))
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    created = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0).isoformat()
    header = etree.SubElement(root, _m("metsHdr"), CREATEDATE=created)
    agent = etree.SubElement(header, _m("agent"), ROLE="CREATOR", TYPE="OTHER", OTHERTYPE="SOFTWARE")
    etree.SubElement(agent, _m("name")).text = f"banmian {__version__}"

    _dmd(root, "DMD_ISSUE", _issue_mods(edition))
    for position, page in pages:
        _dmd(root, f"DMD_PAGE_{position:04d}", _page_mods(edition, page))
    joined = join_continuations(copy.deepcopy(edition))  # a continued article is one ARTICLE
    articles = [(page, a) for page in joined.pages for a in page.articles]
    for n, (page, article) in enumerate(articles, 1):
        _dmd(root, f"DMD_ART_{n:04d}", _article_mods(edition, page, article))

    group = etree.SubElement(etree.SubElement(root, _m("fileSec")), _m("fileGrp"), USE="FULLTEXT")
    for position, page in pages:
        file_el = etree.SubElement(group, _m("file"), ID=files[position], MIMETYPE="text/xml")
        etree.SubElement(file_el, _m("FLocat"), {"LOCTYPE": "URL", f"{{{XLINK_NS}}}href":
                                                xml_text(alto_file_name(edition, page, position))})

    physical = etree.SubElement(root, _m("structMap"), TYPE="PHYSICAL")
    sequence = etree.SubElement(physical, _m("div"), ID="PHYS_0000", TYPE="physSequence")
    for position, page in pages:
        div = etree.SubElement(sequence, _m("div"), ID=f"PHYS_{position:04d}", TYPE="page", ORDER=str(position),
                               DMDID=f"DMD_PAGE_{position:04d}")
        if page.number is not None:
            div.set("ORDERLABEL", str(page.number))
        etree.SubElement(div, _m("fptr"), FILEID=files[position])

    logical = etree.SubElement(root, _m("structMap"), TYPE="LOGICAL")
    issue = etree.SubElement(logical, _m("div"), ID="LOG_0000", TYPE="ISSUE", DMDID="DMD_ISSUE",
                             LABEL=root.get("LABEL"))
    for n, (page, article) in enumerate(articles, 1):
        _article_div(issue, n, article, where)
    return serialize(root)


def _m(tag: str) -> str:
    return f"{{{METS_NS}}}{tag}"


def _mods(tag: str) -> str:
    return f"{{{MODS_NS}}}{tag}"


def _block_locations(pages: list[tuple[int, Page]], files: dict[int, str]) -> dict[str, Location]:
    """Provenance block id (``3.12``) -> where its TextBlock is."""
    out: dict[str, Location] = {}
    for position, page in pages:
        ids = block_ids(page)
        for block in page_blocks(page):
            if block.id:
                out[block.id] = (files[position], ids[id(block)])
    return out


def _dmd(root: Any, dmd_id: str, mods: Any) -> None:
    etree = need_lxml()
    sec = etree.SubElement(root, _m("dmdSec"), ID=dmd_id)
    wrap = etree.SubElement(sec, _m("mdWrap"), MDTYPE="MODS")
    etree.SubElement(wrap, _m("xmlData")).append(mods)


def _text(parent: Any, tag: str, text: object, **attrs: str) -> Any:
    etree = need_lxml()
    el = etree.SubElement(parent, _mods(tag), attrs)
    el.text = xml_text(text)
    return el


def _issue_mods(edition: Edition) -> Any:
    etree = need_lxml()
    mods = etree.Element(_mods("mods"))
    if edition.paper:
        _text(etree.SubElement(mods, _mods("titleInfo")), "title", edition.paper)
    _text(mods, "typeOfResource", "text")
    _text(mods, "genre", "newspaper", authority="marcgt")
    if edition.date:
        _text(etree.SubElement(mods, _mods("originInfo")), "dateIssued", edition.date, encoding="iso8601")
    _text(etree.SubElement(mods, _mods("language")), "languageTerm", "chi", type="code", authority="iso639-2b")
    return mods


def _part(mods: Any, page: Page) -> None:
    """Page number and section as a MODS ``part``."""
    etree = need_lxml()
    part = etree.SubElement(mods, _mods("part"))
    if page.number is not None:
        _text(etree.SubElement(part, _mods("detail"), type="page"), "number", page.number)
    if page.section:
        _text(etree.SubElement(part, _mods("detail"), type="section"), "title", page.section)


def _page_mods(edition: Edition, page: Page) -> Any:
    etree = need_lxml()
    mods = etree.Element(_mods("mods"))
    if edition.paper:
        _text(etree.SubElement(mods, _mods("titleInfo")), "title", edition.paper)
    if edition.date:
        _text(etree.SubElement(mods, _mods("originInfo")), "dateIssued", edition.date, encoding="iso8601")
    _part(mods, page)
    return mods


def _article_mods(edition: Edition, page: Page, article: Article) -> Any:
    etree = need_lxml()
    mods = etree.Element(_mods("mods"))
    head = article.headline
    if head.title or head.subtitle:
        info = etree.SubElement(mods, _mods("titleInfo"))
        _text(info, "title", head.title or "")
        if head.subtitle:
            _text(info, "subTitle", head.subtitle)
    if head.kicker:
        _text(etree.SubElement(mods, _mods("titleInfo"), type="alternative", displayLabel="kicker"), "title",
              head.kicker)
    for byline in article.bylines:
        name = etree.SubElement(mods, _mods("name"), type="personal")
        _text(name, "namePart", byline.name)
        if byline.role:
            _text(etree.SubElement(name, _mods("role")), "roleTerm", byline.role, type="text")
    _text(mods, "genre", "article")
    if edition.date:
        _text(etree.SubElement(mods, _mods("originInfo")), "dateIssued", edition.date, encoding="iso8601")
    for person in article.people:
        name = etree.SubElement(etree.SubElement(mods, _mods("subject")), _mods("name"), type="personal")
        _text(name, "namePart", person.name)
        for title in person.titles:
            _text(name, "namePart", title, type="termsOfAddress")
    for place in article.places:
        _text(etree.SubElement(mods, _mods("subject")), "geographic", place.name)
    _text(mods, "identifier", article.id, type="banmian")
    _part(mods, page)
    return mods


def _article_div(issue: Any, n: int, article: Article, where: dict[str, Location]) -> None:
    etree = need_lxml()
    head = article.headline
    label = head.title or head.kicker or head.subtitle or (article.paragraphs[0][:20] if article.paragraphs else "")
    div = etree.SubElement(issue, _m("div"), ID=f"LOG_{n:04d}", TYPE="ARTICLE", DMDID=f"DMD_ART_{n:04d}",
                           LABEL=xml_text(label), ORDER=str(n))
    prov = article.provenance
    heading = [(kind, ids) for kind, ids in (("KICKER", prov.kicker), ("TITLE", prov.title),
                                             ("SUBTITLE", prov.subtitle)) if ids]
    parts: list[tuple[str, list[str], Any]] = []
    if heading:
        parts.append(("HEADLINE", [], heading))
    parts += [("BYLINE", ids, None) for ids in prov.bylines]
    if prov.dateline:
        parts.append(("DATELINE", prov.dateline, None))
    parts += [("PARAGRAPH", ids, None) for ids in prov.paragraphs]
    parts += [("CAPTION", ids, None) for ids in prov.captions]
    if not prov.paragraphs and not heading:  # no provenance (a document from before 1.1): the blocks as they are
        parts += [("TEXT", [b.id], None) for b in article.blocks if b.id]
    for i, (kind, ids, children) in enumerate(parts, 1):
        child_id = f"LOG_{n:04d}_{i:03d}"
        child = etree.SubElement(div, _m("div"), ID=child_id, TYPE=kind)
        if children:
            for j, (tier, tier_ids) in enumerate(children, 1):
                _fptr(etree.SubElement(child, _m("div"), ID=f"{child_id}_{j}", TYPE=tier), tier_ids, where)
        else:
            _fptr(child, ids, where)


def _fptr(div: Any, ids: list[str], where: dict[str, Location]) -> None:
    """Point ``div`` at the TextBlocks of ``ids``: one ``area``, or a ``seq`` of them."""
    etree = need_lxml()
    places = [where[i] for i in ids if i in where]
    if not places:
        return
    fptr = etree.SubElement(div, _m("fptr"))
    holder = fptr if len(places) == 1 else etree.SubElement(fptr, _m("seq"))
    for file_id, block in places:
        etree.SubElement(holder, _m("area"), FILEID=file_id, BEGIN=block, BETYPE="IDREF")


__all__ = ["edition_mets", "mets_file_name", "to_mets_files"]
